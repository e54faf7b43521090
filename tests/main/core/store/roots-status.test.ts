import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { addRoot, listRoots, removeRoot } from '../../../../src/main/core/store/roots';
import { getStats, listErrors } from '../../../../src/main/core/store/status';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { copyInto, tempDir } from '../indexer/fixtures';

describeWithShared('roots and status', () => {
  it('adds roots idempotently, counts their files, and removing one drops only its filings', async () => {
    const a = tempDir();
    const b = tempDir();
    copyInto(
      CORPUS_FILES,
      [join(CORPUS_FILES, 'cjavdev__sec_edgar/filing1.txt'), join(CORPUS_FILES, 'cjavdev__sec_edgar/test.idx')],
      a,
    );
    // The same filing under both roots, plus one only in b.
    copyInto(
      CORPUS_FILES,
      [join(CORPUS_FILES, 'cjavdev__sec_edgar/filing1.txt'), join(CORPUS_FILES, 'cjavdev__sec_edgar/filing2.txt')],
      b,
    );
    const dbPath = join(tempDir(), 'a.db');
    await indexFolders({ dbPath, roots: [a, b] });

    const db = openDatabase(dbPath);
    expect(addRoot(db, a).id).toBe(addRoot(db, `${a}/`).id);
    const roots = listRoots(db);
    expect(roots.map((r) => [r.path, r.files])).toEqual(
      [
        [a, 2],
        [b, 2],
      ].sort(),
    );
    expect(roots.every((r) => r.lastIndexedAt !== null)).toBe(true);

    const stats = getStats(db, dbPath);
    expect(stats).toMatchObject({ filings: 2, files: 4, errors: 1, notFilings: 1 });
    expect(stats.dbBytes).toBeGreaterThan(0);
    expect(listErrors(db, { limit: 10, offset: 0 })).toEqual({
      total: 1,
      errors: [
        {
          path: join(a, 'cjavdev__sec_edgar/test.idx'),
          reason: expect.stringMatching(/^not an EDGAR filing/),
          kind: 'not-a-filing',
        },
      ],
      groups: [{ kind: 'not-a-filing', reason: 'an EDGAR index file', count: 1 }],
    });

    removeRoot(db, roots.find((r) => r.path === b)!.id);
    // filing1 is still held by root a; filing2 had only root b.
    expect(getStats(db, dbPath)).toMatchObject({ filings: 1, files: 2 });
    expect(db.prepare('SELECT count(*) FROM doc_fts').pluck().get()).toBe(
      db.prepare('SELECT count(*) FROM documents').pluck().get(),
    );
    db.close();
  });
});
