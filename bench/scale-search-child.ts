// The search half of `npm run bench -- scale`, run in a fresh process (so its peak RSS is its own
// and its first query is the first after opening): opens the archive as the archive process
// does (openArchiveApi: database, search warm-up; no watcher), asks the first
// query through the contract's dispatch DELAY_MS after open resolved (0: at once; the app's
// window takes about a second to show before anyone can type), then every query RUNS times
// (RUNS 0: the first query only), then RUNS times as the app asks (the section facet
// deferred to a second request: firstAnswer*, sectionFacet*). Prints one JSON line. firstQueryMs counts from the moment the
// query was due (DELAY_MS after open), so a warm-up that holds the event loop then is counted
// (timerLateMs says how long the ask itself was held).
// With EACH (RUNS 0), it then asks every other query once: firstAsk*.
// Usage: node --import tsx bench/scale-search-child.ts DB_PATH RUNS DELAY_MS [EACH]
import Database from 'better-sqlite3';
import { openArchiveApi } from '../src/main/api/archive-api';
import { memoryBackendStore } from '../src/main/api/backend-settings';
import type { Platform } from '../src/main/api/platform';
import { QUERIES } from './search-latency';
import { quantile, round } from './stats';
import { KEPT_SEARCH_TABLES } from '../src/main/core/search/catalog-store';

const [dbPath, runsArg, delayArg, mode] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 3);
const DELAY_MS = Number(delayArg ?? 0);
const TEXT = QUERIES.slice(0, 12);

const refuse = async () => {
  throw new Error('not in the bench');
};
const platform: Platform = {
  chooseFolder: refuse,
  confirmFolder: refuse,
  chooseSavePath: refuse,
  openPath: refuse,
  revealPath: refuse,
  openExternal: refuse,
  samplesDir: '',
  ...memoryBackendStore(),
};

/**
 * Rows in the tables of kept search work (saved-best, saved-matches, saved-section-hits) and of
 * remembered queries (asked.ts) before open.
 */
function keptRows(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const out: Record<string, number> = {};
    for (const table of [...KEPT_SEARCH_TABLES, 'search_asked']) {
      try {
        out[table] = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      } catch {
        out[table] = 0; // an index from before the table's migration
      }
    }
    return out;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const keptAtStart = keptRows(dbPath!);
  const t0 = performance.now();
  const api = await openArchiveApi({ dbPath: dbPath!, platform, watch: false, catchUp: false });
  const openMs = performance.now() - t0;
  const ask = async (query: string, more: Record<string, unknown> = {}) => {
    const r = await api.dispatch('search:query', { query, limit: 50, facets: true, ...more });
    if (!r.ok) throw new Error(`search "${query}" failed: ${JSON.stringify(r)}`);
    return r.value as { total: number; results: unknown[] };
  };
  // The user asks DELAY_MS after open resolved: if the event loop is busy then (a warm-up
  // step), the timer fires late and that wait is part of the answer's time.
  const asked = performance.now() + DELAY_MS;
  await new Promise((res) => setTimeout(res, DELAY_MS));
  let t = performance.now();
  const timerLateMs = t - asked;
  const cpu0 = process.cpuUsage();
  const first = await ask(QUERIES[0]!);
  const firstQueryMs = performance.now() - asked;
  const used = process.cpuUsage(cpu0);
  const opening = {
    openMs: round(openMs, 1),
    firstQueryMs: round(firstQueryMs, 1),
    // CPU time of the process's threads meanwhile: what the first query cost, whatever else the machine runs.
    firstQueryCpuMs: round((used.user + used.system) / 1000, 1),
    timerLateMs: round(timerLateMs, 1),
  };
  const totals: number[] = [first.total];
  // The warm pass: each query's first ask in this process (it warms the page cache and
  // statements). What earlier processes kept (saved-*.ts) answers it; with none kept (a fresh
  // index) it is what a user waits for the first time a query is asked.
  const firstAsk: number[] = [];
  const askEachOnce = async () => {
    for (const q of QUERIES.slice(1)) {
      t = performance.now();
      totals.push((await ask(q)).total);
      firstAsk.push(performance.now() - t);
    }
  };
  const firstAsks = () => ({
    firstAskP50Ms: round(quantile(firstAsk, 0.5), 2),
    firstAskP95Ms: round(quantile(firstAsk, 0.95), 2),
  });
  if (RUNS === 0) {
    if (mode === 'EACH') await askEachOnce();
    await api.close();
    console.log(JSON.stringify({ ...opening, keptAtStart, ...(mode === 'EACH' ? firstAsks() : {}) }));
    return;
  }
  await askEachOnce();
  const all: number[] = [];
  const text: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let run = 0; run < RUNS; run++) {
    for (const q of QUERIES) {
      t = performance.now();
      await ask(q);
      const ms = performance.now() - t;
      all.push(ms);
      if (TEXT.includes(q)) text.push(ms);
      perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
    }
  }
  // The app's way (useResultPages): the first answer leaves the section facet for a second
  // request with no rows, sent once the first is on screen. Timed in passes of their own, so
  // neither warms the other's query.
  const firstAnswer: number[] = [];
  const sectionFacet: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const q of QUERIES) {
      t = performance.now();
      const first = (await ask(q, { deferSectionFacet: true })) as { pendingFacets?: string[] };
      firstAnswer.push(performance.now() - t);
      if (!first.pendingFacets?.includes('section')) continue;
      t = performance.now();
      await ask(q, { sort: 'date', limit: 0 });
      sectionFacet.push(performance.now() - t);
    }
  }
  const slowest = [...perQuery]
    .map(([q, ts]) => [q, quantile(ts, 0.5)] as const)
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  await api.close();
  console.log(
    JSON.stringify({
      ...opening,
      p50Ms: round(quantile(all, 0.5), 2),
      p95Ms: round(quantile(all, 0.95), 2),
      maxMs: round(Math.max(...all), 2),
      textP50Ms: round(quantile(text, 0.5), 2),
      ...firstAsks(),
      keptAtStart,
      firstAnswerP50Ms: round(quantile(firstAnswer, 0.5), 2),
      firstAnswerP95Ms: round(quantile(firstAnswer, 0.95), 2),
      sectionFacetP50Ms: sectionFacet.length ? round(quantile(sectionFacet, 0.5), 2) : null,
      sectionFacetP95Ms: sectionFacet.length ? round(quantile(sectionFacet, 0.95), 2) : null,
      slowestQuery: `${slowest[0]} (${round(slowest[1], 1)} ms median)`,
      // Each query's median, slowest first: where the tail comes from.
      queryMedianMs: Object.fromEntries(
        [...perQuery].map(([q, ts]) => [q, round(quantile(ts, 0.5), 1)] as const).sort((a, b) => b[1] - a[1]),
      ),
      matches: [Math.min(...totals), Math.max(...totals)],
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
