import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
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
    // A worker_threads port travels inside the message (archive-process.ts takes it out).
    post: (m: ToArchive, transfer?: unknown[]) => {
      if (exited) return;
      const port = transfer?.[0] as MessagePort | undefined;
      if (port) worker.postMessage({ ...m, port }, [port]);
      else worker.postMessage(m);
    },
    onMessage: (fn: (m: FromArchive) => void) => worker.on('message', fn),
    onExit: (fn) => exitListeners.push(fn),
    kill: () => void worker.terminate(),
  };
}

/**
 * The archive process as a Node child process (structured-clone messages over a pipe): the
 * bench's stand-in for the app's utility process, which is also a hop between processes.
 */
export function spawnArchiveChild(): ArchiveTransport {
  const entry = workerEntry('archiveProcess');
  const child = fork(fileURLToPath(entry.url), [], {
    serialization: 'advanced',
    execArgv: entry.source ? ['--import', 'tsx'] : [],
    stdio: 'inherit',
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  return {
    post: (m: ToArchive) => {
      if (!exited) child.send(m);
    },
    onMessage: (fn: (m: FromArchive) => void) => void child.on('message', (m) => fn(m as FromArchive)),
    onExit: (fn) => void child.on('exit', (code) => fn(code)),
    kill: () => void child.kill(),
  };
}
