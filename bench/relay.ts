// `npm run bench -- relay`: the relay's overhead per search alone (relay-overhead.ts), on the
// search bench's generated folder of 10,000 filings (cached under .bench-data/), without the
// search bench's other figures: from a page stand-in, through main and over the window's port
// in the same run, then main -> archive alone. BENCH_RELAY_RUNS sets the passes over the 30
// queries (default 10).
import { relayOverhead } from './relay-overhead';
import { prepare, QUERIES } from './search-latency';

const COUNT = Number(process.env.BENCH_RELAY_COUNT ?? 10_000);
const RUNS = Number(process.env.BENCH_RELAY_RUNS ?? 10);

export async function run(): Promise<Record<string, unknown>> {
  const { dbPath } = await prepare(COUNT);
  const relay = await relayOverhead(dbPath, QUERIES, RUNS);
  const line = (
    name: string,
    f: { p10Ms: number; p50Ms: number; p95Ms: number; hopsP50Ms: number; inArchiveP50Ms: number },
  ) =>
    `${name} p10/p50/p95 ${f.p10Ms}/${f.p50Ms}/${f.p95Ms} ms (p50: hops ${f.hopsP50Ms}, ` +
    `in the archive besides search ${f.inArchiveP50Ms})`;
  const page = (name: string, f: { p10Ms: number; p50Ms: number; p95Ms: number }) =>
    `${name} p10/p50/p95 ${f.p10Ms}/${f.p50Ms}/${f.p95Ms} ms`;
  console.log(
    `relay overhead per search from the page, ${COUNT} filings, ${QUERIES.length} queries x ${RUNS}, ` +
      `both paths in turn (threads): ${page('through main (4 hops)', relay.page.throughMain)}, ` +
      `${page('over the port (2 hops)', relay.page.port)}; goal ≤ 2 ms p50\n` +
      `main -> archive alone: ${line('worker thread', relay.workerThread)}, ${line('child process', relay.childProcess)} ` +
      `(load average ${relay.loadAverage} before, ${relay.loadAverageAfter} after)`,
  );
  return { filings: COUNT, queries: QUERIES.length, runsPerQuery: RUNS, ...relay };
}
