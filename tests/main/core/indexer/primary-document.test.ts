import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { expectSameAsCleanIndex, tempDir } from './fixtures';

// sec-edgar-downloader writes full-submission.txt and, beside it, primary-document.html: the
// first document of the submission, header-less. The rule: it joins the submission's filing
// when the submission holds a document with the same text; alone, it is a filing of its own.
const ACCESSION = '0001104659-25-002604';

function layout(root: string) {
  const dir = join(root, 'sec-edgar-filings', 'CVR', 'SC TO-T-A', ACCESSION);
  mkdirSync(dir, { recursive: true });
  const full = readFileSync(join(CORPUS_FILES, 'dgunning__edgartools', `${ACCESSION}.txt`));
  const html = /<TEXT>\r?\n([\s\S]*?)<\/TEXT>/.exec(full.toString('latin1'))![1]!;
  return {
    full: { path: join(dir, 'full-submission.txt'), bytes: full },
    primary: { path: join(dir, 'primary-document.html'), bytes: Buffer.from(html, 'latin1') },
  };
}

describeWithShared('primary-document.html beside full-submission.txt', () => {
  it('joins the submission filing, in either order, and stands alone when the submission goes', async () => {
    const root = tempDir();
    const dbPath = join(tempDir(), 'a.db');
    const { full, primary } = layout(root);
    const run = () => indexFolders({ dbPath, roots: [root] });
    const filings = () => {
      const db = openDatabase(dbPath, { readonly: true });
      const rows = db
        .prepare(
          `SELECT g.key, g.format, (SELECT count(*) FROM files f WHERE f.filing_id = g.id) AS files FROM filings g ORDER BY g.key`,
        )
        .all();
      db.close();
      return rows;
    };
    const sameAsClean = () => expectSameAsCleanIndex(dbPath, root);

    // The primary document alone: its own header-less filing.
    writeFileSync(primary.path, primary.bytes);
    await run();
    expect(filings()).toEqual([{ key: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), format: 'html', files: 1 }]);

    // The full submission arrives: one filing, two files, built from the submission.
    writeFileSync(full.path, full.bytes);
    await run();
    expect(filings()).toEqual([{ key: ACCESSION, format: 'sgml', files: 2 }]);
    await sameAsClean();

    // The submission goes: the primary document is a filing of its own again.
    rmSync(full.path);
    await run();
    expect(filings()).toEqual([{ key: expect.stringMatching(/^sha256:/), format: 'html', files: 1 }]);
    await sameAsClean();
  });
});
