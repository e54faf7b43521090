// Items 2 and 8 of issue 12, and the loops that already held: the indexer's walk visits each
// real folder once (18 levels of two links to the next level gave 262,145 rows), loops are
// error rows, and the watcher does not follow links at all (two links back up the tree made
// it watch 75,000 folders); the walk decides what a link leads to.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { watchRoots } from '../../src/main/core/indexer/watch';
import { tempDir } from '../main/core/indexer/fixtures';
import { indexAndRead, submission } from './generate';

/** root/L0 … root/L{levels}; each L{i} holds a filing and links `a` and `b` to L{i+1}. */
function fanOut(levels: number): { root: string; files: string[] } {
  const root = tempDir('edgar-hostile-');
  const files: string[] = [];
  for (let i = 0; i <= levels; i++) {
    mkdirSync(join(root, `L${i}`));
    const f = join(root, `L${i}`, 'filing.txt');
    writeFileSync(f, submission(i));
    files.push(f);
    if (i < levels) {
      symlinkSync(`../L${i + 1}`, join(root, `L${i}`, 'a'));
      symlinkSync(`../L${i + 1}`, join(root, `L${i}`, 'b'));
    }
  }
  return { root, files };
}

it(
  'indexes 18 levels of two links to the next level once per real file, not 2^18 times',
  { timeout: 120_000 },
  async () => {
    const { root } = fanOut(18);
    const { summary, errors, indexed } = await indexAndRead(root, join(tempDir(), 'archive.db'));
    expect(errors.size).toBe(0);
    // Each level's filing once, by the first path that reaches its folder (L0/a/a/…/filing.txt).
    expect(indexed).toHaveLength(19);
    expect(summary.filesSeen).toBe(19);
    expect(summary.filings).toBe(19);
    expect(indexed).toContain(join(root, 'L0', ...Array(18).fill('a'), 'filing.txt'));
  },
);

it('makes loops error rows and indexes the rest: self -> ., sub/up -> .., a -> b -> a', async () => {
  const root = tempDir('edgar-hostile-');
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'sub', 'filing.txt'), submission(1));
  symlinkSync('.', join(root, 'self'));
  symlinkSync('..', join(root, 'sub', 'up'));
  symlinkSync('b', join(root, 'a'));
  symlinkSync('a', join(root, 'b'));
  const { errors, indexed } = await indexAndRead(root, join(tempDir(), 'archive.db'));
  expect(indexed).toEqual([join(root, 'sub', 'filing.txt')]);
  expect(Object.fromEntries(errors)).toEqual({
    [join(root, 'a')]: 'symlink loop',
    [join(root, 'b')]: 'symlink loop',
    [join(root, 'self')]: expect.stringMatching(/^symlink loop \(links back to /),
    [join(root, 'sub', 'up')]: expect.stringMatching(/^symlink loop \(links back to /),
  });
});

it('watches a folder of fanning and looping links as the handful of real folders it is', async () => {
  const { root } = fanOut(18);
  symlinkSync('.', join(root, 'self'));
  const watcher = watchRoots([root], () => undefined, { debounceMs: 200 });
  try {
    await Promise.race([watcher.ready, new Promise((r) => setTimeout(r, 5000))]);
    // The root, its 19 real folders, and chokidar's entry for the root's parent.
    expect(watcher.watchedFolders()).toBeLessThanOrEqual(21);
  } finally {
    await watcher.close();
  }
});
