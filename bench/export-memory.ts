// `npm run bench -- export`: a 100,000-row CSV export (every column, snippets included) from a
// generated index, in a fresh process so its memory is its own: rows/s, RSS before, peak RSS,
// RSS and live JS memory along the rows (flat memory) and event-loop stalls. Baseline, measured
// in the same run and also in a fresh process: the same rows built as one joined string and
// written with writeFileSync. The index is built once through the real store (FilingWriter)
// and cached in .bench-data/; parsing 100,000 generated files would take far longer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openDatabase, type Db } from '../src/main/core/db/open';
import { rowCells, type Cell } from '../src/main/core/export/columns';
import { csvText } from '../src/main/core/export/csv-text';
import { exportCsv } from '../src/main/core/export/export-csv';
import { PAGE_SIZE } from '../src/main/core/export/write-results-csv';
import { createExtrasLoader } from '../src/main/core/export/filing-extras';
import { iterateResults } from '../src/main/core/search';
import { EXPORT_COLUMNS, type ExportRequest, type SearchResult } from '../src/shared/api/types';
import { ensureSyntheticIndex } from './synthetic-index';

const ROWS = 100_000;
const ROUNDS = 2;
const DATA_DIR = resolve(import.meta.dirname, '..', '.bench-data');
const DB_PATH = join(DATA_DIR, `export-${ROWS}.db`);
/** Every generated document contains this word, so the query matches every filing. */
const QUERY = 'revenue';
const REQUEST: ExportRequest = { query: QUERY, sort: 'filed', order: 'desc', columns: [...EXPORT_COLUMNS], bom: true };

type Mode = 'stream' | 'baseline';

interface Measure {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** CPU time (user + system) of the run: less swayed than wall time by other work on the machine. */
  cpuSeconds: number;
  fileMB: number;
  rssBeforeMB: number;
  peakRssMB: number;
  growthMB: number;
  /** RSS once the first rows were out (the search match set is built by then) and at 25, 50, 75, 100 %. */
  rssAlongMB: number[];
  /** Live JS memory (heap + buffers, after GC) at the same points. */
  liveAlongMB: number[];
  /** Live memory growth from the first rows to the last: what the export itself holds on to. */
  rowGrowthMB: number;
  /** Longest and 99th-percentile event-loop stall: how long a window would freeze. */
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
}

/**
 * RSS, and live JS memory after a full GC (the child runs with --expose-gc), at the first
 * rows and at each quarter of the rows. RSS lags frees; live memory shows what is retained.
 */
class MemorySampler {
  readonly rss: number[] = [];
  readonly live: number[] = [];
  private readonly marks = [0, 0.25, 0.5, 0.75, 1];

  at(rowsDone: number, rowsTotal: number): void {
    while (rowsDone > 0 && this.marks.length && rowsDone >= this.marks[0] * rowsTotal) {
      this.marks.shift();
      this.rss.push(process.memoryUsage().rss);
      (globalThis as { gc?: () => void }).gc?.();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      this.live.push(heapUsed + arrayBuffers);
    }
  }
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(DATA_DIR, { recursive: true });
  const t0 = performance.now();
  if (ensureSyntheticIndex(DB_PATH, ROWS)) {
    console.log(`built ${DB_PATH} (${ROWS} filings) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const outDir = join(DATA_DIR, 'export-out');
  mkdirSync(outDir, { recursive: true });
  // Interleaved rounds, the faster of each kept: other work on the machine skews single runs.
  const runs: Record<Mode, Measure[]> = { stream: [], baseline: [] };
  for (let round = 0; round < ROUNDS; round++)
    for (const mode of ['stream', 'baseline'] as const)
      runs[mode].push(measureInChild(mode, join(outDir, `${mode}.csv`)));
  const fastest = (ms: Measure[]) => ms.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const stream = fastest(runs.stream);
  const baseline = fastest(runs.baseline);
  rmSync(outDir, { recursive: true, force: true });

  const mb = (n: number) => `${n.toFixed(0)} MB`;
  console.log(`query "${QUERY}", all ${EXPORT_COLUMNS.length} columns, ${ROWS} filings, best of ${ROUNDS} rounds`);
  const line = (name: string, m: Measure) =>
    `${name.padEnd(28)} ${m.rows} rows  ${m.seconds.toFixed(2)} s (CPU ${m.cpuSeconds.toFixed(2)} s)  ` +
    `${Math.round(m.rowsPerSecond)} rows/s  ` +
    `RSS before ${mb(m.rssBeforeMB)}, peak ${mb(m.peakRssMB)} (+${mb(m.growthMB)}) for a ${mb(m.fileMB)} file`;
  for (const [name, m] of [
    ['streaming exportCsv', stream],
    ['baseline: join + writeFile', baseline],
  ] as const) {
    console.log(line(name, m));
    console.log(`${''.padEnd(28)} at first rows, 25/50/75/100 %: RSS ${m.rssAlongMB.map(mb).join(', ')}`);
    console.log(`${''.padEnd(28)} live JS memory after GC ${m.liveAlongMB.map(mb).join(', ')}`);
    console.log(`${''.padEnd(28)} live memory growth while writing rows: ${mb(m.rowGrowthMB)}`);
    console.log(
      `${''.padEnd(28)} event loop stalls: max ${m.eventLoopMaxMs.toFixed(0)} ms, p99 ${m.eventLoopP99Ms.toFixed(0)} ms`,
    );
  }
  const timeRatio = stream.seconds / baseline.seconds;
  const cpuRatio = stream.cpuSeconds / baseline.cpuSeconds;
  const peakGrowthRatio = stream.growthMB / baseline.growthMB;
  const rowGrowthRatio = stream.rowGrowthMB / baseline.rowGrowthMB;
  console.log(
    `streaming / baseline: time x${timeRatio.toFixed(2)} (CPU x${cpuRatio.toFixed(2)}), peak RSS growth x${peakGrowthRatio.toFixed(2)}, ` +
      `growth while writing rows x${rowGrowthRatio.toFixed(3)}`,
  );
  return {
    rows: ROWS,
    query: QUERY,
    columns: EXPORT_COLUMNS.length,
    stream,
    baseline,
    timeRatio,
    cpuRatio,
    peakGrowthRatio,
    rowGrowthRatio,
  };
}

// ---------- the measured runs, each in a fresh process ----------

function measureInChild(mode: Mode, outPath: string): Measure {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', import.meta.filename, '--child', mode, DB_PATH, outPath],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measure;
}

async function child(mode: Mode, dbPath: string, outPath: string): Promise<void> {
  const db = openDatabase(dbPath, { readonly: true });
  const rssBefore = process.memoryUsage().rss;
  const sampler = new MemorySampler();
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const tick = () => new Promise((done) => setTimeout(done, 20));
  // Its timer must have fired once before a stall can be measured against it.
  await tick();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const rows =
    mode === 'stream'
      ? (await exportCsv(db, REQUEST, outPath, { onProgress: (p) => sampler.at(p.rowsDone, p.rowsTotal) })).rows
      : writeJoined(db, outPath, sampler);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // One more tick so a stall still in progress (the whole baseline is one) gets recorded.
  await tick();
  stalls.disable();
  // ru_maxrss (kB on Linux): the true peak, even while the event loop was blocked.
  const peak = process.resourceUsage().maxRSS * 1024;
  const toMB = (n: number) => n / 1e6;
  const measure: Measure = {
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    fileMB: toMB(statSync(outPath).size),
    rssBeforeMB: toMB(rssBefore),
    peakRssMB: toMB(peak),
    growthMB: toMB(peak - rssBefore),
    rssAlongMB: sampler.rss.map(toMB),
    liveAlongMB: sampler.live.map(toMB),
    rowGrowthMB: toMB(Math.max(...sampler.live) - sampler.live[0]),
    eventLoopMaxMs: stalls.max / 1e6,
    eventLoopP99Ms: stalls.percentile(99) / 1e6,
  };
  process.stdout.write(JSON.stringify(measure) + '\n');
  db.close();
}

/** The naive export: every row in memory, one string, one write. Same rows, same cells. */
function writeJoined(db: Db, outPath: string, sampler: MemorySampler): number {
  const loadExtras = createExtrasLoader(db);
  const rows: Cell[][] = [[...REQUEST.columns]];
  let page: SearchResult[] = [];
  const flush = () => {
    const extras = loadExtras(page);
    for (const r of page) rows.push(rowCells(r, extras.get(r.id), REQUEST.columns));
    page = [];
    sampler.at(rows.length - 1, ROWS);
  };
  for (const r of iterateResults(db, { ...REQUEST, snippets: true })) {
    page.push(r);
    if (page.length === PAGE_SIZE) flush();
  }
  flush();
  writeFileSync(outPath, csvText(rows, { bom: REQUEST.bom }));
  return rows.length - 1;
}

if (process.argv[2] === '--child' && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [, , , mode, dbPath, outPath] = process.argv;
  await child(mode as Mode, dbPath, outPath);
}
