import { statSync } from 'node:fs';
import type { FileError, Stats } from '../../../shared/api/types';
import type { Db } from '../db/open';

const count = (db: Db, sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;

/** Counts for `cli stats` and the status bar; dbBytes includes the WAL. */
export function getStats(db: Db, dbPath: string): Stats {
  const byForm: Record<string, number> = {};
  const rows = db
    .prepare<[], { form: string; n: number }>(
      `SELECT coalesce(form_type, '(unknown)') AS form, count(*) AS n FROM filings GROUP BY 1 ORDER BY n DESC, form`,
    )
    .all();
  for (const r of rows) byForm[r.form] = r.n;
  return {
    filings: count(db, 'SELECT count(*) FROM filings'),
    documents: count(db, 'SELECT count(*) FROM documents'),
    companies: count(db, 'SELECT count(DISTINCT coalesce(cik, name)) FROM companies'),
    files: count(db, 'SELECT count(*) FROM files'),
    errors: count(db, 'SELECT count(*) FROM file_errors'),
    byForm,
    dbBytes: fileSize(dbPath) + fileSize(`${dbPath}-wal`),
  };
}

/** Per-file errors, by path. */
export function listErrors(
  db: Db,
  { limit, offset }: { limit: number; offset: number },
): { total: number; errors: FileError[] } {
  const errors = db
    .prepare<[number, number], FileError>(
      `SELECT f.path, e.reason FROM file_errors e JOIN files f ON f.id = e.file_id ORDER BY f.path LIMIT ? OFFSET ?`,
    )
    .all(limit, offset);
  return { total: count(db, 'SELECT count(*) FROM file_errors'), errors };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The current errors of files under the given roots (what `cli index --json` reports). */
export function errorsUnder(db: Db, rootIds: readonly number[]): FileError[] {
  const marks = rootIds.map(() => '?').join(',') || 'NULL';
  return db
    .prepare<number[], FileError>(
      `SELECT f.path, e.reason FROM file_errors e JOIN files f ON f.id = e.file_id WHERE f.root_id IN (${marks}) ORDER BY f.path`,
    )
    .all(...rootIds);
}
