// Prepared statements cached per database handle: search runs the same few statements on
// every keystroke, and preparing them again each time would cost more than running them.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';

const cache = new WeakMap<Db, Map<string, Statement>>();

export function stmt<P extends unknown[] = unknown[], R = unknown>(db: Db, sql: string): Statement<P, R> {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let s = byDb.get(sql);
  if (!s) byDb.set(sql, (s = db.prepare(sql)));
  return s as Statement<P, R>;
}

/** Binds a list of ids as one JSON parameter: `id IN (SELECT value FROM json_each(?))`. */
export const idList = (ids: ArrayLike<number>): string => JSON.stringify(Array.from(ids));
