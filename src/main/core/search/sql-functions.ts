// SQL functions search registers on each database handle it uses. SQLite's lower() folds
// ASCII only, so a non-ASCII file: filter ("file:études") needs our own folding.
// search_collect(rowid, score) hands each ranked FTS5 row straight to JavaScript: returning
// 100,000 bm25 values through JSON text cost more than computing them.
import type { Db } from '../db/open';
import { foldText } from '../../../shared/query/text';

const registered = new WeakSet<Db>();

type Collector = (rowid: number, score: number) => void;
let collector: Collector | null = null;

/** Runs `query` with `collect` receiving every `search_collect(rowid, score)` call it makes. */
export function collecting<T>(collect: Collector, query: () => T): T {
  const outer = collector;
  collector = collect;
  try {
    return query();
  } finally {
    collector = outer;
  }
}

/**
 * Registers `search_fold(text)`: lower case with Latin diacritics removed (null stays null),
 * and `search_collect(rowid, score)` (see collecting).
 */
export function ensureSqlFunctions(db: Db): void {
  if (registered.has(db)) return;
  db.function('search_fold', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? foldText(v) : null));
  db.function('search_collect', { deterministic: false, directOnly: true }, (rowid: unknown, score: unknown) => {
    collector?.(rowid as number, score as number);
    return 1;
  });
  registered.add(db);
}
