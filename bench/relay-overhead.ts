// The relay's cost per search (src/main/relay): a search sent through the archive process
// minus the time search() itself reported inside it (tookMs). What remains is validation,
// numbering, structured clone both ways and the hop; the archive process's own time per
// request (the reply's `ms`) splits it into the hops and the archive's part besides search. Measured over a worker thread and over a
// child process (the app's utilityProcess is a process hop too; it cannot run here). On a
// loaded machine the distribution is bimodal (a hop that gets preempted waits a time slice):
// p10 shows the hop itself, p50 what this machine's load adds; loadAverage says which it is.
import { loadavg } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { startWorker } from '../src/main/core/worker-entry';
import { createEventHub } from '../src/main/api/events';
import { createLoopbackPlatform } from '../src/main/loopback/platform';
import { ArchiveClient } from '../src/main/relay/client';
import type { ArchiveTransport } from '../src/main/relay/protocol';
import { spawnArchiveChild, spawnArchiveWorker } from '../src/main/relay/worker-transport';
import type { SearchResponse } from '../src/shared/api/types';
import { quantile, round } from './stats';

/** Starts an archive process on the bench's database and waits for it to open. */
async function openClient(
  dbPath: string,
  spawn: () => ArchiveTransport,
  onTiming?: (timing: { totalMs: number; archiveMs?: number }) => void,
): Promise<ArchiveClient> {
  const client = new ArchiveClient({
    onTiming,
    spawn,
    init: { dbPath, samplesDir: '/nonexistent', watch: false, catchUp: false },
    platform: createLoopbackPlatform({ samplesDir: '/nonexistent' }),
    events: createEventHub(),
    log: { warn: () => {}, error: console.error },
  });
  const opened = await client.start();
  if (!opened.ok) throw new Error(`the archive process did not open ${dbPath}: ${opened.failure.message}`);
  return client;
}

async function overhead(dbPath: string, queries: readonly string[], runs: number, spawn: () => ArchiveTransport) {
  let last: { totalMs: number; archiveMs?: number } | null = null;
  const client = await openClient(dbPath, spawn, (timing) => (last = timing));
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

const figures = (xs: number[]) => ({
  p10Ms: round(quantile(xs, 0.1), 2),
  p50Ms: round(quantile(xs, 0.5), 2),
  p95Ms: round(quantile(xs, 0.95), 2),
});

/**
 * The page's two paths in the same run: a page stand-in (relay-page.ts, a worker thread using
 * the preload's transport) asks each query through the main process (page -> main -> archive
 * and back: four hops, as ipcRenderer.invoke did) and over its own port (page -> archive and
 * back: two), in turn. Main is this thread, the archive process a worker thread: threads, not
 * processes (Node cannot pass a MessagePort to another process), so each hop here is cheaper
 * than one between Electron's processes.
 */
async function pagePaths(dbPath: string, queries: readonly string[], runs: number) {
  const WINDOW = 1;
  const client = await openClient(dbPath, spawnArchiveWorker);
  const page = startWorker({ url: new URL('./relay-page.ts', import.meta.url), source: true });
  try {
    const done = new Promise<{ viaMain: number[]; viaPort: number[] }>((resolve, reject) => {
      page.on('error', reject);
      page.on('message', (m: { type: string; id: number; channel: string; request: unknown }) => {
        if (m.type === 'invoke') {
          // What main's IPC handler does (ipc.ts): the relay's dispatch, validated and numbered.
          void client
            .dispatch(m.channel, m.request, WINDOW)
            .then((result) => page.postMessage({ type: 'reply', id: m.id, result }));
        } else if (m.type === 'done') {
          resolve(m as unknown as { viaMain: number[]; viaPort: number[] });
        }
      });
    });
    const { port1, port2 } = new MessageChannel();
    client.attachWindow(WINDOW, port1);
    page.postMessage({ type: 'port', port: port2 }, [port2]);
    page.postMessage({ type: 'run', queries, runs });
    const { viaMain, viaPort } = await done;
    return { throughMain: figures(viaMain), port: figures(viaPort) };
  } finally {
    await page.terminate();
    await client.close();
  }
}

export async function relayOverhead(dbPath: string, queries: readonly string[], runs: number) {
  const loadBefore = loadavg()[0]!;
  const page = await pagePaths(dbPath, queries, runs);
  const workerThread = await overhead(dbPath, queries, runs, spawnArchiveWorker);
  const childProcess = await overhead(dbPath, queries, runs, spawnArchiveChild);
  return {
    loadAverage: round(loadBefore, 1),
    loadAverageAfter: round(loadavg()[0]!, 1),
    /** From the page: through main (four hops) and over the window's port (two), same run. */
    page,
    /** From main to the archive process alone (two hops), as measured before the port. */
    workerThread,
    childProcess,
  };
}
