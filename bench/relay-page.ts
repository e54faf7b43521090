// The page's stand-in for `npm run bench -- relay` (a worker thread playing the renderer): the
// preload's own transport (src/preload/archive-port.ts), once without a port, so each search
// goes through the main process's relay (the bench's main thread) as ipcRenderer.invoke did,
// and once with the port the main thread handed over, straight to the archive process.
// Both paths are asked in turn, query by query, so they see the same load.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { createArchiveTransport, type PagePort } from '../src/preload/archive-port';
import type { SearchResponse } from '../src/shared/api/types';
import { EVENT_NAMES, PORT_CHANNELS } from '../src/shared/ipc/names';

const main = parentPort!;
let nextId = 1;
const waiting = new Map<number, (result: unknown) => void>();
const invokeMain = (channel: string, request: unknown) =>
  new Promise<unknown>((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    main.postMessage({ type: 'invoke', id, channel, request });
  });
const options = { invokeMain, portChannels: PORT_CHANNELS, eventNames: EVENT_NAMES };
const throughMain = createArchiveTransport(options);
const direct = createArchiveTransport(options);

async function overhead(transport: typeof direct, query: string): Promise<number> {
  const t0 = performance.now();
  const r = (await transport.invoke('search:query', { query, limit: 50, facets: true })) as {
    ok: boolean;
    value?: SearchResponse;
  };
  const total = performance.now() - t0;
  if (!r.ok || r.value?.tookMs === undefined) throw new Error(`search failed: ${query}`);
  return total - r.value.tookMs;
}

async function measure(queries: string[], runs: number) {
  for (const q of queries) await overhead(throughMain, q); // warm: catalog, statements, page cache
  const viaMain: number[] = [];
  const viaPort: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [i, q] of queries.entries()) {
      // Alternate which path goes first, so neither always finds the caches of the other.
      if ((run + i) % 2) {
        viaMain.push(await overhead(throughMain, q));
        viaPort.push(await overhead(direct, q));
      } else {
        viaPort.push(await overhead(direct, q));
        viaMain.push(await overhead(throughMain, q));
      }
    }
  }
  return { viaMain, viaPort };
}

main.on(
  'message',
  (
    m:
      | { type: 'reply'; id: number; result: unknown }
      | { type: 'port'; port: MessagePort }
      | { type: 'run'; queries: string[]; runs: number },
  ) => {
    if (m.type === 'reply') {
      waiting.get(m.id)?.(m.result);
      waiting.delete(m.id);
    } else if (m.type === 'port') {
      direct.usePort(m.port as unknown as PagePort);
    } else {
      void measure(m.queries, m.runs).then((out) => main.postMessage({ type: 'done', ...out }));
    }
  },
);
