// Files that are not filings are skipped, apart from real errors (issue 14, item 7): counted
// apart in stats, listed by kind and grouped by reason.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { getStats, listErrors } from '../../../../src/main/core/store/status';
import { REPO_DIR } from '../../../helpers/shared';
import { tempDir } from '../indexer/fixtures';

const FIXTURES = join(REPO_DIR, 'tests', 'fixtures', 'not-filings');
const SAMPLES = join(REPO_DIR, 'samples', 'filings');

it('skips not-filings apart from errors: stats, the summary, the lists and their groups', async () => {
  const root = tempDir();
  const names = readdirSync(FIXTURES);
  for (const n of names) copyFileSync(join(FIXTURES, n), join(root, n));
  const sample = readdirSync(SAMPLES).find((n) => n.endsWith('.txt'))!;
  copyFileSync(join(SAMPLES, sample), join(root, sample));
  // Real errors: two gzip files that do not inflate.
  writeFileSync(join(root, 'broken-1.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]));
  writeFileSync(join(root, 'broken-2.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 9, 9, 9, 9, 9, 9, 9, 9]));
  const dbPath = join(tempDir(), 'a.db');
  const summary = await indexFolders({ dbPath, roots: [root] });
  expect(summary.filings).toBe(1);
  expect(summary.errors.filter((e) => e.kind === 'not-a-filing')).toHaveLength(names.length);
  expect(summary.errors.filter((e) => e.kind === 'error')).toHaveLength(2);

  const db = openDatabase(dbPath);
  // `errors` keeps its meaning (every file not indexed); `notFilings` is the skipped part.
  expect(getStats(db, dbPath)).toMatchObject({ errors: names.length + 2, notFilings: names.length });
  const errors = listErrors(db, { limit: 100, offset: 0, kind: 'error' });
  expect(errors.total).toBe(2);
  expect(errors.errors.map((e) => e.kind)).toEqual(['error', 'error']);
  expect(errors.groups).toEqual([{ kind: 'error', reason: expect.any(String), count: 2 }]);
  const skipped = listErrors(db, { limit: 100, offset: 0, kind: 'not-a-filing' });
  expect(skipped.total).toBe(names.length);
  expect(skipped.groups.map((g) => g.reason).sort()).toEqual(
    [
      'an EDGAR index file',
      'an EDGAR filing index page',
      'an EDGAR folder listing (JSON)',
      'a sitemap',
      'a README or other Markdown/reStructuredText document',
      'a software licence',
      'delimited data (CSV)',
    ].sort(),
  );
  expect(listErrors(db, { limit: 100, offset: 0 }).total).toBe(names.length + 2);
  db.close();
});
