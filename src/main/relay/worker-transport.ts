import { startWorker, workerEntry } from '../core/worker-entry';
import type { ArchiveTransport, FromArchive, ToArchive } from './protocol';

/**
 * The archive process as a worker thread: what the tests and the bench use where Electron's
 * utilityProcess does not exist. Same entry, same messages.
 */
export function spawnArchiveWorker(): ArchiveTransport {
  const worker = startWorker(workerEntry('archiveProcess'));
  let exited = false;
  const exitListeners: ((code: number | null) => void)[] = [];
  worker.on('error', (err) => console.error('[archive] worker error:', err));
  worker.on('exit', (code) => {
    exited = true;
    for (const fn of exitListeners) fn(code);
  });
  return {
    post: (m: ToArchive) => {
      if (!exited) worker.postMessage(m);
    },
    onMessage: (fn: (m: FromArchive) => void) => worker.on('message', fn),
    onExit: (fn) => exitListeners.push(fn),
    kill: () => void worker.terminate(),
  };
}
