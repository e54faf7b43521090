// Item 10 of issue 12: two indexing runs on one database could both fail with "database is
// locked". The second run is refused at once with a clear error; the first completes; a lock
// left by a killed run does not block the next one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { indexFolders } from '../../src/main/core/indexer/index-folders';
import { IndexRunActiveError, runLockPath } from '../../src/main/core/indexer/run-lock';
import { tempDir } from '../main/core/indexer/fixtures';
import { submission } from './generate';

function folderOf(count: number): string {
  const root = tempDir('edgar-hostile-');
  mkdirSync(join(root, 'f'));
  for (let n = 0; n < count; n++) writeFileSync(join(root, 'f', `${n}.txt`), submission(n));
  return root;
}

it('refuses a second run on the same database while one is active, and lets the first finish', async () => {
  const root = folderOf(300);
  const dbPath = join(tempDir(), 'archive.db');
  const first = indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
  const second = indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
  await expect(second).rejects.toThrow(IndexRunActiveError);
  await expect(second).rejects.toThrow(/^another indexing run is active on this database \(process \d+\)/);
  const summary = await first;
  expect(summary.filings).toBe(300);
  expect(summary.errors).toEqual([]);
  // Released: the next run goes ahead (and finds nothing to do).
  expect((await indexFolders({ dbPath, roots: [root] })).filesSkipped).toBe(300);
});

it('takes over the lock of a run that was killed, and never indexes the lock file', async () => {
  const root = folderOf(2);
  const dbPath = join(root, 'archive.db');
  // A process id that existed and is gone: a child that has exited.
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  writeFileSync(runLockPath(dbPath), `${dead}\n`);
  const summary = await indexFolders({ dbPath, roots: [root] });
  expect(summary.filings).toBe(2);
  expect(summary.filesSeen).toBe(2);
});
