import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { watchRoots } from '../../../../src/main/core/indexer/watch';
import { tempDir } from './fixtures';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Collects batches until `until` holds or the time runs out. */
async function collect(batches: string[][], until: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!until() && Date.now() < end) await sleep(50);
}

it('reports added, changed, moved and deleted files in debounced batches', async () => {
  const root = tempDir();
  writeFileSync(join(root, 'old.txt'), 'old');
  writeFileSync(join(root, 'gone.txt'), 'bye');
  const batches: string[][] = [];
  const watcher = watchRoots([root], (paths) => batches.push(paths), { debounceMs: 500 });
  try {
    await sleep(500); // chokidar's initial scan
    // A burst of changes: one batch.
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'a.txt'), 'a');
    writeFileSync(join(root, 'sub', 'b.txt'), 'b');
    writeFileSync(join(root, 'old.txt'), 'changed');
    await collect(
      batches,
      () => batches.flat().includes(join(root, 'old.txt')) && batches.flat().includes(join(root, 'sub', 'b.txt')),
    );
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual(
      expect.arrayContaining([join(root, 'sub', 'a.txt'), join(root, 'sub', 'b.txt'), join(root, 'old.txt')]),
    );

    renameSync(join(root, 'sub', 'a.txt'), join(root, 'moved.txt'));
    rmSync(join(root, 'gone.txt'));
    await collect(batches, () => batches.length >= 2 && batches.flat().includes(join(root, 'gone.txt')));
    const second = batches.slice(1).flat();
    expect(second).toEqual(
      expect.arrayContaining([join(root, 'sub', 'a.txt'), join(root, 'moved.txt'), join(root, 'gone.txt')]),
    );
  } finally {
    await watcher.close();
  }
  // Nothing after close.
  const count = batches.length;
  writeFileSync(join(root, 'late.txt'), 'late');
  await sleep(700);
  expect(batches.length).toBe(count);
});

it("ignores the database's own files inside a root", async () => {
  const root = tempDir();
  const batches: string[][] = [];
  const watcher = watchRoots([root], (paths) => batches.push(paths), { debounceMs: 200 });
  try {
    await sleep(400);
    writeFileSync(join(root, 'archive.db'), 'x');
    writeFileSync(join(root, 'archive.db-wal'), 'x');
    writeFileSync(join(root, 'filing.txt'), 'y');
    await collect(batches, () => batches.length > 0);
    expect(batches.flat()).toEqual([join(root, 'filing.txt')]);
  } finally {
    await watcher.close();
  }
});

it('watches each real folder once: two symlinks back up the tree do not make it descend forever', async () => {
  const root = tempDir();
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'sub', 'filing.txt'), 'x');
  symlinkSync('.', join(root, 'self'));
  symlinkSync('..', join(root, 'sub', 'up'));
  const batches: string[][] = [];
  const watcher = watchRoots([root], (paths) => batches.push(paths), { debounceMs: 200 });
  try {
    // Followed links never finish the initial scan: give it 3 s, then count.
    await Promise.race([watcher.ready, sleep(3000)]);
    // The root, sub, and chokidar's entries for their parents: a handful, not thousands.
    expect(watcher.watchedFolders()).toBeLessThanOrEqual(4);
    // Changes are still reported, a new link as itself (the indexer's walk decides what it leads to).
    writeFileSync(join(root, 'sub', 'new.txt'), 'y');
    symlinkSync('sub', join(root, 'link'));
    await collect(batches, () => batches.flat().includes(join(root, 'link')));
    expect(batches.flat()).toEqual(expect.arrayContaining([join(root, 'sub', 'new.txt'), join(root, 'link')]));
  } finally {
    await watcher.close();
  }
});
