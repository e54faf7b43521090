// A header-less document whose path names its accession number is that filing: a full
// submission of the same filing indexed later (or earlier) merges with it, even when the two
// texts differ. Its date is its date of report until the submission brings the filed date.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { unusable } from '../../../../src/main/core/indexer/parse-file';
import { parseFiling } from '../../../../src/shared/parser';
import { ACCESSION, COVER_8K, SUBMISSION } from '../../../helpers/header-less-8k';
import { expectSameAsCleanIndex, tempDir } from './fixtures';

interface Row {
  key: string;
  format: string;
  date: string | null;
  kind: string | null;
  source: string | undefined;
  files: number;
}

function filings(dbPath: string): Row[] {
  const db = openDatabase(dbPath, { readonly: true });
  const rows = db
    .prepare(
      `SELECT key, format, date, date_kind AS kind, json_extract(meta_json, '$.sources.accessionNumber') AS source,
        (SELECT count(*) FROM files f WHERE f.filing_id = g.id) AS files FROM filings g ORDER BY key`,
    )
    .all() as Row[];
  db.close();
  return rows;
}

const LAYOUTS: [string, string, string][] = [
  // sec-edgar-downloader: both files in the folder named for the accession
  [
    'sec-edgar-downloader',
    `sec-edgar-filings/ACME/8-K/${ACCESSION}/primary-document.html`,
    `sec-edgar-filings/ACME/8-K/${ACCESSION}/full-submission.txt`,
  ],
  // edgar-crawler's document, and the submission saved elsewhere under its accession
  ['edgar-crawler', `RAW_FILINGS/12345_8K_2004_${ACCESSION}.htm`, `submissions/${ACCESSION}.txt`],
];

describe('a header-less document at a path naming its accession', () => {
  it.each(LAYOUTS)(
    '%s: one filing before and after its full submission arrives, and after it goes',
    async (_, doc, full) => {
      const root = tempDir();
      const dbPath = join(tempDir(), 'a.db');
      const write = (rel: string, text: string) => {
        mkdirSync(join(root, rel, '..'), { recursive: true });
        writeFileSync(join(root, rel), text);
      };
      const run = () => indexFolders({ dbPath, roots: [root], parseWorkers: 1 });

      write(doc, COVER_8K);
      await run();
      expect(filings(dbPath)).toEqual([
        { key: ACCESSION, format: 'text', date: '2004-03-22', kind: 'report', source: 'path', files: 1 },
      ]);

      write(full, SUBMISSION);
      await run();
      expect(filings(dbPath)).toEqual([
        { key: ACCESSION, format: 'sgml', date: '2004-03-24', kind: 'filed', source: 'header', files: 2 },
      ]);
      await expectSameAsCleanIndex(dbPath, root);

      rmSync(join(root, full));
      await run();
      expect(filings(dbPath)).toEqual([
        { key: ACCESSION, format: 'text', date: '2004-03-22', kind: 'report', source: 'path', files: 1 },
      ]);
      await expectSameAsCleanIndex(dbPath, root);
    },
  );

  it('the submission first, then the document: still one filing, built from the submission', async () => {
    const root = tempDir();
    const dbPath = join(tempDir(), 'a.db');
    const [, doc, full] = LAYOUTS[0]!;
    mkdirSync(join(root, full, '..'), { recursive: true });
    writeFileSync(join(root, full), SUBMISSION);
    await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
    writeFileSync(join(root, doc), COVER_8K);
    await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
    expect(filings(dbPath)).toEqual([
      { key: ACCESSION, format: 'sgml', date: '2004-03-24', kind: 'filed', source: 'header', files: 2 },
    ]);
  });

  it.each([
    ['moved to a path naming no accession', true],
    ['copied to a path naming no accession', false],
  ])('%s: re-read, and the index ends as a clean index of the folder would', async (_, move) => {
    const root = tempDir();
    const dbPath = join(tempDir(), 'a.db');
    const named = join(root, `${ACCESSION}.htm`);
    const plain = join(root, 'other', 'acme-8k.htm');
    writeFileSync(named, COVER_8K);
    await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
    mkdirSync(join(root, 'other'));
    writeFileSync(plain, COVER_8K);
    if (move) rmSync(named);
    await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
    const keys = filings(dbPath).map((r) => r.key);
    // Moved, its path names no accession: a header-less filing keyed by content. Copied, the
    // two paths give the same bytes two identities: two filings (the path-keyed one does not
    // absorb the other by its text, so no order of writes can change the outcome).
    expect(keys).toEqual(move ? [expect.stringMatching(/^sha256:/)] : [ACCESSION, expect.stringMatching(/^sha256:/)]);
    await expectSameAsCleanIndex(dbPath, root);
  });

  it('a copy named for the accession, arriving after the plain one, is its own filing too', async () => {
    const root = tempDir();
    const dbPath = join(tempDir(), 'a.db');
    writeFileSync(join(root, 'acme-8k.htm'), COVER_8K);
    await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
    writeFileSync(join(root, `${ACCESSION}.htm`), COVER_8K);
    await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
    expect(filings(dbPath).map((r) => r.key)).toEqual([ACCESSION, expect.stringMatching(/^sha256:/)]);
    await expectSameAsCleanIndex(dbPath, root);
  });

  it('a file of unreadable bytes named for an accession is still an error: the path says nothing of its bytes', () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => 0xa0 + ((i * 7) % 90));
    const f = parseFiling(bytes, { path: `/x/${ACCESSION}.htm` });
    expect(f.sources.accessionNumber).toBe('path');
    expect(unusable(f)).toMatch(/^no readable text/);
  });
});
