// Shared helpers of the indexer tests: temp folders, corpus copies and a canonical dump of a
// database that two equivalent indexes must agree on (ids and timestamps left out).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'edgar-idx-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** Copies `files` (absolute, under `from`) to the same relative paths under `to`. */
export function copyInto(from: string, files: readonly string[], to: string): string[] {
  return files.map((f) => {
    const dest = join(to, relative(from, f));
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(f, dest);
    return dest;
  });
}

export const FTS_PROBES = ['revenue', 'agreement', 'apple', 'servicing', 'cafe', 'dividend'];

/** Everything a user can observe of an index, independent of row ids and run times. */
export function canonicalDump(db: Db, base: string) {
  const rel = (p: string) => relative(base, p);
  const filings = db
    .prepare(
      `SELECT key, accession, format, form_type, filed_date, period, year, company_name, cik, doc_count, meta_json,
        -- the source's bytes, not its path: among identical copies any one may be the source
        (SELECT hash FROM files WHERE id = f.source_file_id AND filing_id = f.id) AS source,
        (SELECT group_concat(role || ':' || coalesce(name, '') || ':' || coalesce(cik, ''), '|') FROM
          (SELECT * FROM companies WHERE filing_id = f.id ORDER BY ord)) AS companies,
        (SELECT group_concat(code, ',') FROM (SELECT code FROM items WHERE filing_id = f.id ORDER BY code)) AS items,
        (SELECT group_concat(coalesce(type, '') || ':' || text_chars, '|') FROM
          (SELECT * FROM documents WHERE filing_id = f.id ORDER BY ord)) AS documents
       FROM filings f ORDER BY key`,
    )
    .all();
  const files = db
    .prepare(
      `SELECT f.path, f.status, f.hash, g.key, e.reason FROM files f LEFT JOIN filings g ON g.id = f.filing_id
       LEFT JOIN file_errors e ON e.file_id = f.id ORDER BY f.path`,
    )
    .all()
    .map((r) => ({ ...(r as Record<string, unknown>), path: rel((r as { path: string }).path) }));
  const fts = Object.fromEntries(
    FTS_PROBES.map((w) => [
      w,
      db
        .prepare(
          `SELECT g.key FROM doc_fts JOIN documents d ON d.id = doc_fts.rowid JOIN filings g ON g.id = d.filing_id
           WHERE doc_fts MATCH ? ORDER BY g.key, d.ord`,
        )
        .pluck()
        .all(w),
    ]),
  );
  // Raw FTS hit counts: a row left behind by a delete would show here but not in the join above.
  const ftsRows = Object.fromEntries(
    FTS_PROBES.map((w) => [w, db.prepare('SELECT count(*) FROM doc_fts WHERE doc_fts MATCH ?').pluck().get(w)]),
  );
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM doc_text) AS texts,
        (SELECT count(*) FROM companies) AS companies, (SELECT count(*) FROM exhibits) AS exhibits`,
    )
    .get();
  return { filings, files, fts, ftsRows, counts };
}
