import type { IndexProgress, IndexSummary } from '../../../shared/api/types';
import { startWorker, workerEntry } from '../worker-entry';
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from './worker-messages';

export interface IndexWorkerOptions extends IndexWorkerData {
  onProgress?: (p: IndexProgress) => void;
}

export interface IndexWorkerHandle {
  done: Promise<IndexSummary>;
  /** Asks the run to stop; `done` then resolves with `cancelled: true` and what was committed stays. */
  cancel(): void;
}

/** Runs indexFolders in a worker thread, so the caller's thread never parses or writes. */
export function startIndexWorker({ onProgress, ...data }: IndexWorkerOptions): IndexWorkerHandle {
  const worker = startWorker(workerEntry('indexWorker'), { workerData: data });
  const done = new Promise<IndexSummary>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: FromIndexWorker) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'done') {
        settled = true;
        resolve(m.summary);
      } else {
        settled = true;
        reject(Object.assign(new Error(m.message), { name: m.name }));
      }
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the index worker exited (code ${code}) before finishing`));
    });
  });
  return {
    done,
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies ToIndexWorker),
  };
}
