import { statSync } from 'node:fs';
import type { FileError, FileErrorGroup, FileErrorKind, Stats } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { errorKind, NOT_A_FILING, reasonGroup } from '../../../shared/api/file-errors';

/** Files skipped as not a filing (shared/api/file-errors.ts), in SQL. */
const IS_NOT_FILING = `(e.reason LIKE '${NOT_A_FILING}%')`;
const KIND = `CASE WHEN ${IS_NOT_FILING} THEN 'not-a-filing' ELSE 'error' END`;
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
    notFilings: count(db, `SELECT count(*) FROM file_errors e WHERE ${IS_NOT_FILING}`),
    byForm,
    dbBytes: fileSize(dbPath) + fileSize(`${dbPath}-wal`),
  };
}

/**
 * Per-file errors of one kind (all when none is given), by reason then path, with the count
 * of each reason group (`reasonGroup`) of that kind.
 */
export function listErrors(
  db: Db,
  { limit, offset, kind }: { limit: number; offset: number; kind?: FileErrorKind },
): { total: number; errors: FileError[]; groups: FileErrorGroup[] } {
  const where = kind ? `WHERE ${KIND} = '${kind === 'error' ? 'error' : 'not-a-filing'}'` : '';
  const errors = db
    .prepare<[number, number], FileError>(
      `SELECT f.path, e.reason, ${KIND} AS kind FROM file_errors e JOIN files f ON f.id = e.file_id ${where}
       ORDER BY kind, e.reason, f.path LIMIT ? OFFSET ?`,
    )
    .all(limit, offset);
  const groups = new Map<string, FileErrorGroup>();
  const rows = db
    .prepare<[], { reason: string; n: number }>(`SELECT e.reason, count(*) AS n FROM file_errors e ${where} GROUP BY 1`)
    .all();
  for (const { reason, n } of rows) {
    const g = { kind: errorKind(reason), reason: reasonGroup(reason) };
    const key = `${g.kind}\0${g.reason}`;
    const known = groups.get(key);
    if (known) known.count += n;
    else groups.set(key, { ...g, count: n });
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
  return { total: count(db, `SELECT count(*) FROM file_errors e ${where}`), errors, groups: sorted };
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
      `SELECT f.path, e.reason, ${KIND} AS kind FROM file_errors e JOIN files f ON f.id = e.file_id
       WHERE f.root_id IN (${marks}) ORDER BY f.path`,
    )
    .all(...rootIds);
}
