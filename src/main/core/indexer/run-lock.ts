// One indexing run per database at a time, across processes (the app, the CLI, a second app):
// a lock file `<db>-indexing` holding the owner's process id, created exclusively. A second
// run is refused at once with a clear error instead of both failing on "database is locked".
// A lock whose process is gone (kill -9, a crash) is stale and taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { isProcessAlive } from '../process-alive';

/** Another run holds the database: the message is meant for the person who started this one. */
export class IndexRunActiveError extends Error {
  constructor(readonly pid: number) {
    super(`another indexing run is active on this database (process ${pid}); try again when it has finished`);
    this.name = 'IndexRunActiveError';
  }
}

/** The lock file of the database at `dbPath` (beside it; never indexed, never watched). */
export const runLockPath = (dbPath: string) => `${resolve(dbPath)}-indexing`;

/** Takes the run lock of `dbPath` or throws IndexRunActiveError; returns its release. */
export function acquireRunLock(dbPath: string): () => void {
  const path = runLockPath(dbPath);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
    }
    const owner = ownerOf(path);
    if (owner !== null && isProcessAlive(owner)) throw new IndexRunActiveError(owner);
    // Stale (or half-written by a process that died at once): remove and try once more.
    rmSync(path, { force: true });
  }
}

function ownerOf(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
