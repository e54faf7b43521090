import { cpSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { CATALOG_PARTS, currentCatalog } from '../../../../src/main/core/search/catalog';
import { REPO_SAMPLES } from '../../../../src/main/loopback/server';

// An indexing run ends by saving the search catalog of the state it leaves (catalog-store.ts):
// the next open loads it instead of building it, equal to what the tables hold.
const work = mkdtempSync(join(tmpdir(), 'saved-catalog-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dbPath = join(work, 'archive.db');
const folder = join(work, 'filings');

/** The catalog a later open gets: every part loaded (none built), and its filings. */
function reopened() {
  const db = openDatabase(dbPath);
  try {
    const c = currentCatalog(db);
    for (const part of CATALOG_PARTS) c.ensure(part);
    const filings = db.prepare('SELECT id FROM filings ORDER BY id').pluck().all();
    const docs = db.prepare('SELECT id, filing_id FROM documents ORDER BY id').raw().all() as [number, number][];
    return {
      built: c.built(),
      ids: Array.from(c.ids),
      filings,
      docFiling: docs.map(([id]) => [id, c.docFiling[id]]),
      docs,
    };
  } finally {
    db.close();
  }
}

describe('an indexing run saves the search catalog', () => {
  it('after the first run and after a run that deleted a file', async () => {
    cpSync(REPO_SAMPLES, folder, { recursive: true });
    await indexFolders({ dbPath, roots: [folder], parseWorkers: 1 });
    let c = reopened();
    expect(c.built).toEqual([]);
    expect(c.ids).toEqual(c.filings);
    expect(c.ids.length).toBeGreaterThan(1);
    expect(c.docFiling).toEqual(c.docs);

    unlinkSync(join(folder, 'whitcomb-form4-2024-02-20.txt'));
    await indexFolders({ dbPath, roots: [folder], parseWorkers: 1 });
    c = reopened();
    expect(c.built).toEqual([]);
    expect(c.ids).toEqual(c.filings);
    expect(c.docFiling).toEqual(c.docs);
  });
});
