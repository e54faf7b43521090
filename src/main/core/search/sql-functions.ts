// SQL functions search registers on each database handle it uses. SQLite's lower() folds
// ASCII only, so a non-ASCII file: filter ("file:études") needs our own folding.
import type { Db } from '../db/open';
import { foldText } from '../../../shared/query/text';

const registered = new WeakSet<Db>();

/** Registers `search_fold(text)`: lower case with Latin diacritics removed (null stays null). */
export function ensureSqlFunctions(db: Db): void {
  if (registered.has(db)) return;
  db.function('search_fold', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? foldText(v) : null));
  registered.add(db);
}
