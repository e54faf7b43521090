import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { expectSameAsCleanIndex, tempDir } from './fixtures';

// sec-edgar-downloader writes full-submission.txt and, beside it, primary-document.html: the
// first document of the submission, header-less. In its folder the path names the accession,
// so the two are one filing by key; a copy at a path that names none joins the submission's
// filing when the submission holds a document with the same text. Alone, the document in its
// folder is that accession's filing, the renamed copy a filing of its own (keyed by content).
const ACCESSION = '0001104659-25-002604';

function layout(root: string, renamed: boolean) {
  const dir = join(root, 'sec-edgar-filings', 'CVR', 'SC TO-T-A', ACCESSION);
  mkdirSync(dir, { recursive: true });
  const full = readFileSync(join(CORPUS_FILES, 'dgunning__edgartools', `${ACCESSION}.txt`));
  const html = /<TEXT>\r?\n([\s\S]*?)<\/TEXT>/.exec(full.toString('latin1'))![1]!;
  const primary = renamed ? join(root, 'copies', 'cvr-tender-offer.html') : join(dir, 'primary-document.html');
  mkdirSync(join(primary, '..'), { recursive: true });
  return {
    full: { path: join(dir, 'full-submission.txt'), bytes: full },
    primary: { path: primary, bytes: Buffer.from(html, 'latin1') },
  };
}

describeWithShared('primary-document.html beside full-submission.txt', () => {
  it.each([
    ['in its accession folder', false, ACCESSION],
    ['renamed, at a path naming no accession', true, expect.stringMatching(/^sha256:[0-9a-f]{64}$/)],
  ])('%s: joins the submission filing, and stands alone when the submission goes', async (_, renamed, aloneKey) => {
    const root = tempDir();
    const dbPath = join(tempDir(), 'a.db');
    const { full, primary } = layout(root, renamed);
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
    expect(filings()).toEqual([{ key: aloneKey, format: 'html', files: 1 }]);

    // The full submission arrives: one filing, two files, built from the submission.
    writeFileSync(full.path, full.bytes);
    await run();
    expect(filings()).toEqual([{ key: ACCESSION, format: 'sgml', files: 2 }]);
    await sameAsClean();

    // The submission goes: the primary document is a filing of its own again.
    rmSync(full.path);
    await run();
    expect(filings()).toEqual([{ key: aloneKey, format: 'html', files: 1 }]);
    await sameAsClean();
  });
});
