import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { CORPUS_FILES, describeWithShared, SHARED_DIR } from '../../../helpers/shared';
import { tempDir } from './fixtures';

interface Provenance {
  path: string;
  kind: string;
  accession: string;
}

function provenance(): Provenance[] {
  const [head, ...rows] = readFileSync(join(SHARED_DIR, 'corpus', 'PROVENANCE.tsv'), 'utf8')
    .trim()
    .split('\n');
  const cols = head!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  return rows.map((line) => {
    const c = line.split('\t');
    return {
      path: join(SHARED_DIR, 'corpus', c[at('local_path')]!),
      kind: c[at('kind')]!,
      accession: c[at('accession_guess')]!,
    };
  });
}

describeWithShared('indexing the real corpus', () => {
  it('gives one filing per accession, every full submission, errors only for non-filings; a second run parses nothing', async () => {
    const dbPath = join(tempDir(), 'archive.db');
    const first = await indexFolders({ dbPath, roots: [CORPUS_FILES] });
    const prov = provenance();
    expect(first.filesSeen).toBe(prov.length);
    expect(first.filesRemoved).toBe(0);

    // Errors: exactly the EDGAR index listings, each with the reason the spec names.
    const indexFiles = prov
      .filter((p) => p.kind === 'index')
      .map((p) => p.path)
      .sort();
    expect(first.errors.map((e) => e.path).sort()).toEqual(indexFiles);
    for (const e of first.errors) expect(e.reason).toMatch(/^not an EDGAR filing/);

    const db = openDatabase(dbPath, { readonly: true });
    const keys = new Set(db.prepare('SELECT key FROM filings').pluck().all() as string[]);
    // Every full submission's accession is a filing; each accession is one row (key is UNIQUE).
    const full = prov.filter((p) => p.kind === 'full-submission');
    for (const p of full) expect(keys, p.path).toContain(p.accession);
    const accessions = db.prepare('SELECT accession FROM filings WHERE accession IS NOT NULL').pluck().all();
    expect(new Set(accessions).size).toBe(accessions.length);
    // The .txt and .nc of 0001104659-25-002604 are one filing with two files, built from the full submission.
    const shared = db
      .prepare(
        `SELECT f.format, (SELECT count(*) FROM files WHERE filing_id = f.id) AS files,
          (SELECT path FROM files WHERE id = f.source_file_id) AS source FROM filings f WHERE key = ?`,
      )
      .get('0001104659-25-002604') as { format: string; files: number; source: string };
    expect(shared).toMatchObject({ format: 'sgml', files: 2 });
    expect(shared.source).toMatch(/0001104659-25-002604\.txt$/);
    // Every indexed (non-error) file points at a filing; every filing has its text and FTS rows.
    expect(db.prepare(`SELECT count(*) FROM files WHERE status = 'indexed' AND filing_id IS NULL`).pluck().get()).toBe(
      0,
    );
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(
      db.prepare('SELECT count(*) FROM doc_text').pluck().get(),
    );
    expect(db.prepare(`SELECT count(*) FROM doc_fts WHERE doc_fts MATCH 'apple'`).pluck().get()).toBeGreaterThan(0);
    db.close();

    const second = await indexFolders({ dbPath, roots: [CORPUS_FILES] });
    expect(second.filesSkipped).toBe(second.filesSeen);
    expect(second.filesIndexed).toBe(0);
    expect(second.filings).toBe(first.filings);
    const ratio = second.seconds / first.seconds;
    console.log(
      `corpus: first run ${first.seconds} s, unchanged re-run ${second.seconds} s (${(ratio * 100).toFixed(1)}%)`,
    );
    expect(ratio).toBeLessThanOrEqual(0.05);
  });
});
