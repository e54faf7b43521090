// Shared helpers of the indexer tests: temp folders, corpus copies and a canonical dump of a
// database that two equivalent indexes must agree on (ids and timestamps left out).
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterEach, expect } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';

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
      `SELECT key, accession, format, form_type, filed_date, period, date, date_kind, year, company_name, cik, doc_count, meta_json,
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

/** Every regular file under `dir`. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Deletes every 7th file, appends `word` to every 11th, moves every 13th into root/moved. */
export function scrambleFolder(root: string, word: string): void {
  const now = listFiles(root).sort();
  now.filter((_, i) => i % 7 === 0).forEach((f) => rmSync(f));
  now.filter((_, i) => i % 11 === 1).forEach((f) => appendFileSync(f, `\n${word}\n`));
  mkdirSync(join(root, 'moved'), { recursive: true });
  now
    .filter((_, i) => i % 13 === 2 && i % 7 !== 0)
    .forEach((f, i) => renameSync(f, join(root, 'moved', `${i}-${basename(f)}`)));
}

/** The incremental database at `dbPath` must equal a clean index of `root` as it is now. */
export async function expectSameAsCleanIndex(dbPath: string, root: string): Promise<void> {
  const cleanDb = join(tempDir(), 'clean.db');
  await indexFolders({ dbPath: cleanDb, roots: [root] });
  const a = openDatabase(dbPath, { readonly: true });
  const b = openDatabase(cleanDb, { readonly: true });
  try {
    expect(canonicalDump(a, root)).toEqual(canonicalDump(b, root));
  } finally {
    a.close();
    b.close();
  }
}
