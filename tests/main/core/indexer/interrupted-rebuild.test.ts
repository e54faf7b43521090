import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { expectSameAsCleanIndex, tempDir } from './fixtures';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The hash of the file a filing was built from. */
function sourceHash(dbPath: string, key: string): string | undefined {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return db
      .prepare<[string], string>(
        'SELECT s.hash FROM filings f JOIN files s ON s.id = f.source_file_id AND s.filing_id = f.id WHERE f.key = ?',
      )
      .pluck()
      .get(key);
  } finally {
    db.close();
  }
}

/** Indexes two copies of one submission, a/ (the filing's source) and b/ (a twin); returns their paths and the original hash. */
async function twoCopies(root: string, dbPath: string) {
  const original = join(CORPUS_FILES, 'cjavdev__sec_edgar/filing1.txt');
  const [a, b] = [join(root, 'a/filing1.txt'), join(root, 'b/filing1.txt')];
  mkdirSync(join(root, 'a'));
  copyFileSync(original, a);
  await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
  // The copy joins as a twin (same bytes, no parse): `a` stays the source.
  mkdirSync(join(root, 'b'));
  copyFileSync(original, b);
  await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
  const before = sha256(readFileSync(original));
  expect(sourceHash(dbPath, KEY)).toBe(before);
  return { a, b, before };
}

/** Appends a line to `path` (the first whose new hash sorts above `than`: deterministic). */
function editAbove(path: string, than: string): void {
  for (let i = 0; ; i++) {
    const text = `\ninterruptedrebuild${i}\n`;
    if (sha256(Buffer.concat([readFileSync(path), Buffer.from(text)])) > than) return appendFileSync(path, text);
  }
}

const KEY = '0000704051-14-000037';

describeWithShared('a run stopped between a filing change and the re-parse it calls for', () => {
  // Two copies of one submission; the copy that builds the filing is edited so that its new
  // bytes hash above the untouched copy's: a clean index takes the untouched copy (the smaller
  // hash). A run that commits the edit and is then stopped (cancel, kill -9) before it re-parses
  // the untouched copy must leave the next run enough to make that choice, although neither
  // file changes again.
  it('ends, on the next run, with the source a clean index chooses', { timeout: 60_000 }, async () => {
    const root = tempDir();
    const dbPath = join(tempDir(), 'archive.db');
    const { a, before } = await twoCopies(root, dbPath);
    editAbove(a, before);
    const abort = new AbortController();
    const stopped = await indexFolders({
      dbPath,
      roots: [root],
      parseWorkers: 1,
      signal: abort.signal,
      // After the edit is committed, before any re-parse: where a kill -9 can land too.
      onProgress: (p) => p.phase === 'finishing' && abort.abort(),
    });
    expect(stopped.cancelled).toBe(true);
    expect(sourceHash(dbPath, KEY)).toBe(sha256(readFileSync(a)));

    const next = await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
    expect(next.filesIndexed).toBe(1);
    expect(sourceHash(dbPath, KEY)).toBe(before);
    await expectSameAsCleanIndex(dbPath, root);
  });

  it(
    'a move of the better copy in the run that edits the source is followed to its new path',
    { timeout: 60_000 },
    async () => {
      const root = tempDir();
      const dbPath = join(tempDir(), 'archive.db');
      const { a, b, before } = await twoCopies(root, dbPath);
      editAbove(a, before);
      mkdirSync(join(root, 'c'));
      renameSync(b, join(root, 'c/filing1.txt'));
      // One file per batch: the edit commits (asking for b's old path) before the move is seen.
      const s = await indexFolders({ dbPath, roots: [root], parseWorkers: 1, batch: { files: 1 } });
      expect(s.filesRemoved).toBe(0);
      expect(sourceHash(dbPath, KEY)).toBe(before);
      await expectSameAsCleanIndex(dbPath, root);
    },
  );
});
