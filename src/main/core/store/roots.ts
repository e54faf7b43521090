import { resolve } from 'node:path';
import type { ArchiveRoot } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { purgeOrphanFilings } from './orphans';

const SELECT = `SELECT r.id, r.path, r.added_at AS addedAt, r.last_indexed_at AS lastIndexedAt,
  (SELECT count(*) FROM files f WHERE f.root_id = r.id) AS files FROM roots r`;

/** Adds `path` (made absolute) as an archive root; returns the existing root when it is one already. */
export function addRoot(db: Db, path: string): ArchiveRoot {
  const abs = resolve(path);
  db.prepare('INSERT INTO roots (path, added_at) VALUES (?, ?) ON CONFLICT(path) DO NOTHING').run(abs, Date.now());
  return db.prepare<[string], ArchiveRoot>(`${SELECT} WHERE r.path = ?`).get(abs)!;
}

/** Removes a root with its files, and the filings no other root still holds, in one transaction. */
export function removeRoot(db: Db, id: number): void {
  db.transaction(() => {
    db.prepare('DELETE FROM files WHERE root_id = ?').run(id);
    db.prepare('DELETE FROM roots WHERE id = ?').run(id);
    purgeOrphanFilings(db);
  })();
}

export function listRoots(db: Db): ArchiveRoot[] {
  return db.prepare<[], ArchiveRoot>(`${SELECT} ORDER BY r.path`).all();
}

export function markRootsIndexed(db: Db, ids: readonly number[], at = Date.now()): void {
  const stmt = db.prepare('UPDATE roots SET last_indexed_at = ? WHERE id = ?');
  db.transaction(() => ids.forEach((id) => stmt.run(at, id)))();
}
