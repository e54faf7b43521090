// The catalog's parts kept in the database (search_catalog, migration 010): a part built once
// is saved, and every later open loads it (a copy of a blob) instead of building it (SQL scans
// of 100,000s of rows and per-row work: ~650 ms of CPU at 100,000 filings). Exact: triggers
// empty the table whenever a table the catalog reads changes, and a part is saved only while
// the database is still in the state it was built from (checked under the write lock).
import type { Db } from '../db/open';
import { packPart, unpackPart, type PackedPart } from './catalog-codec';
import { stmt } from './statements';

/** Tables of saved derived data, emptied by triggers when what they derive from changes. */
export type SavedTable = 'search_catalog' | 'search_ranked' | 'search_matched' | 'search_section_hits';

/** The tables of kept search work (saved-best, saved-matches, saved-section-hits), beside the catalog. */
export const KEPT_SEARCH_TABLES: readonly SavedTable[] = ['search_ranked', 'search_matched', 'search_section_hits'];

/** Rows this connection itself changed in saved tables: not a change of what the catalog reads. */
const ownChanges = new WeakMap<Db, number>();

/**
 * The database's state as this connection sees it: changes committed by other connections
 * (data_version) and by this one (total_changes, less its own saves of the catalog).
 */
export function generationOf(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = stmt<[], number>(db, 'SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes - (ownChanges.get(db) ?? 0)}`;
}

/** Per connection, the saved tables its database lacks (opened read-only before their migration). */
const without = new WeakMap<Db, Set<SavedTable>>();
const lacks = (db: Db, table: SavedTable) => without.get(db)?.has(table) ?? false;

/** A saved part, or null when there is none (or not one this version can read). */
export function loadPart(db: Db, part: string, table: SavedTable = 'search_catalog'): PackedPart | null {
  if (lacks(db, table)) return null;
  let blob: Buffer | undefined;
  try {
    blob = stmt<[string], Buffer>(db, `SELECT data FROM ${table} WHERE part = ?`).pluck().get(part);
  } catch {
    // no such table: read-only on an older schema
    without.set(db, new Set([...(without.get(db) ?? []), table]));
    return null;
  }
  return blob ? unpackPart(blob) : null;
}

/** Rows this connection wrote in the kept search tables (KEPT_SEARCH_TABLES), ever. */
const keptWrites = new WeakMap<Db, number>();

/** How many rows this connection has written in the kept search tables: it grows when a search kept work. */
export function keptSaves(db: Db): number {
  return keptWrites.get(db) ?? 0;
}

/**
 * Runs `write` in a transaction if the write lock is free now (never waits for a writer, never
 * fails the caller); `write` returns false to roll back. The rows it changes are this
 * connection's own (generationOf does not move). True when committed; `changed` gets the count.
 */
export function writeIfFree(db: Db, write: () => boolean, changed?: (rows: number) => void): boolean {
  if (db.readonly || db.inTransaction) return false;
  const busy = db.pragma('busy_timeout', { simple: true }) as number;
  try {
    db.pragma('busy_timeout = 0');
    db.exec('BEGIN IMMEDIATE');
  } catch {
    db.pragma(`busy_timeout = ${Math.trunc(busy)}`);
    return false; // a writer holds the lock: next time
  }
  try {
    const count = () => stmt<[], number>(db, 'SELECT total_changes()').pluck().get() as number;
    const before = count();
    if (!write()) {
      db.exec('ROLLBACK');
      return false;
    }
    const rows = count() - before;
    ownChanges.set(db, (ownChanges.get(db) ?? 0) + rows);
    db.exec('COMMIT');
    changed?.(rows);
    return true;
  } catch {
    if (db.inTransaction) db.exec('ROLLBACK');
    return false;
  } finally {
    db.pragma(`busy_timeout = ${Math.trunc(busy)}`);
  }
}

/**
 * Saves `parts` if the database is still in state `generation` (the one they were built from)
 * and the write lock is free now: never waits for a writer, never fails the caller. True when
 * saved.
 */
export function saveParts(
  db: Db,
  generation: string,
  parts: [name: string, part: PackedPart][],
  table: SavedTable = 'search_catalog',
  /** At most this many rows in the table: when full, it is emptied first. */
  maxRows = Infinity,
): boolean {
  if (!parts.length || lacks(db, table)) return false;
  const blobs = parts.map(([name, p]) => [name, packPart(p)] as const);
  const kept = KEPT_SEARCH_TABLES.includes(table);
  return writeIfFree(
    db,
    () => {
      if (generationOf(db) !== generation) return false;
      if (Number.isFinite(maxRows)) {
        const rows = stmt<[], number>(db, `SELECT count(*) FROM ${table}`).pluck().get() as number;
        if (rows + blobs.length > maxRows) stmt(db, `DELETE FROM ${table}`).run();
      }
      const put = stmt<[string, Buffer]>(db, `INSERT OR REPLACE INTO ${table} (part, data) VALUES (?, ?)`);
      for (const [name, blob] of blobs) put.run(name, blob);
      return true;
    },
    (rows) => kept && keptWrites.set(db, keptSaves(db) + rows),
  );
}
