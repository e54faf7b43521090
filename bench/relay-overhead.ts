// The relay's cost per search (src/main/relay): a search sent through the archive process
// minus the time search() itself reported inside it (tookMs). What remains is validation,
// numbering, structured clone both ways and the hop; the archive process's own time per
// request (the reply's `ms`) splits it into the hops and the archive's part besides search. Measured over a worker thread and over a
// child process (the app's utilityProcess is a process hop too; it cannot run here). On a
// loaded machine the distribution is bimodal (a hop that gets preempted waits a time slice):
// p10 shows the hop itself, p50 what this machine's load adds; loadAverage says which it is.
import { loadavg } from 'node:os';
import { createEventHub } from '../src/main/api/events';
import { createLoopbackPlatform } from '../src/main/loopback/platform';
import { ArchiveClient } from '../src/main/relay/client';
import type { ArchiveTransport } from '../src/main/relay/protocol';
import { spawnArchiveChild, spawnArchiveWorker } from '../src/main/relay/worker-transport';
import type { SearchResponse } from '../src/shared/api/types';
import { quantile, round } from './stats';

async function overhead(dbPath: string, queries: readonly string[], runs: number, spawn: () => ArchiveTransport) {
  let last: { totalMs: number; archiveMs?: number } | null = null;
  const client = new ArchiveClient({
    onTiming: (timing) => (last = timing),
    spawn,
    init: { dbPath, samplesDir: '/nonexistent', watch: false, catchUp: false },
    platform: createLoopbackPlatform({ samplesDir: '/nonexistent' }),
    events: createEventHub(),
    log: { warn: () => {}, error: console.error },
  });
  const opened = await client.start();
  if (!opened.ok) throw new Error(`the archive process did not open ${dbPath}: ${opened.failure.message}`);
  try {
    const ask = (query: string) => client.dispatch('search:query', { query, limit: 50, facets: true }, 1);
    for (const q of queries) await ask(q); // warm: catalog, statements, page cache
    const extra: number[] = [];
    const hops: number[] = [];
    const inArchive: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const q of queries) {
        last = null;
        const t0 = performance.now();
        const r = (await ask(q)) as { ok: true; value: SearchResponse };
        const total = performance.now() - t0;
        if (!r.ok || r.value.tookMs === undefined) throw new Error(`search failed through the relay: ${q}`);
        extra.push(total - r.value.tookMs);
        const timing = last as { totalMs: number; archiveMs?: number } | null;
        if (timing?.archiveMs !== undefined) {
          hops.push(timing.totalMs - timing.archiveMs);
          inArchive.push(timing.archiveMs - r.value.tookMs);
        }
      }
    }
    return {
      p10Ms: round(quantile(extra, 0.1), 2),
      p50Ms: round(quantile(extra, 0.5), 2),
      p95Ms: round(quantile(extra, 0.95), 2),
      /** p50 of the two hops (request there, reply back with its serialisation): round trip minus the archive's time. */
      hopsP50Ms: round(quantile(hops, 0.5), 2),
      /** p50 of the archive process's own part besides search (queue turn, validation, handler). */
      inArchiveP50Ms: round(quantile(inArchive, 0.5), 2),
    };
  } finally {
    await client.close();
  }
}

export async function relayOverhead(dbPath: string, queries: readonly string[], runs: number) {
  return {
    loadAverage: round(loadavg()[0]!, 1),
    workerThread: await overhead(dbPath, queries, runs, spawnArchiveWorker),
    childProcess: await overhead(dbPath, queries, runs, spawnArchiveChild),
  };
}
