// Worker-thread entry (built to out/main/indexWorker.js): one indexing run off the app's main
// thread. Progress and the summary go back as messages; a 'cancel' message aborts the run.
import { parentPort, workerData } from 'node:worker_threads';
import { indexFolders } from './index-folders';
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from './worker-messages';

const port = parentPort;
if (!port) throw new Error('the index worker must run in a worker thread');
const data = workerData as IndexWorkerData;
const controller = new AbortController();
const send = (m: FromIndexWorker) => port.postMessage(m);

port.on('message', (m: ToIndexWorker) => {
  if (m.type === 'cancel') controller.abort();
});

indexFolders({ ...data, signal: controller.signal, onProgress: (progress) => send({ type: 'progress', progress }) })
  .then((summary) => send({ type: 'done', summary }))
  .catch((err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ type: 'failed', message: e.message, name: e.name });
  })
  .finally(() => port.close());
