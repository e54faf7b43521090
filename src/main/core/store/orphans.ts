// Filings that lost files: those with none left are deleted; those whose source file went
// elsewhere, or whose source another of their files outranks, are rebuilt from their best file. Both are read from the database alone, so a
// run killed half-way is repaired by the next one.
import type { Db } from '../db/open';
import { FilingWriter } from './filing-writer';

const ORPHANS = `SELECT id FROM filings f WHERE NOT EXISTS (SELECT 1 FROM files WHERE filing_id = f.id)`;
const SOURCELESS = `SELECT f.id FROM filings f WHERE NOT EXISTS
  (SELECT 1 FROM files s WHERE s.id = f.source_file_id AND s.filing_id = f.id)`;

const inList = (ids: readonly number[]) => `AND f.id IN (${ids.map(() => '?').join(',')})`;

/** Deletes filings no file points at (all of them, or among `ids`); returns how many. Run inside a transaction. */
export function purgeOrphanFilings(db: Db, ids?: readonly number[], writer = new FilingWriter(db)): number {
  if (ids && ids.length === 0) return 0;
  const sql = ids ? `${ORPHANS} ${inList(ids)}` : ORPHANS;
  const orphans = db
    .prepare<number[], number>(sql)
    .pluck()
    .all(...(ids ?? []));
  for (const id of orphans) writer.delete(id);
  return orphans.length;
}

/**
 * A file linked to its filing that should build it instead of its source: one that outranks
 * the source (format rank, then the smaller hash, as IndexWriter decides), or one whose rank is
 * not known yet (a row from before migration 7) and whose bytes differ from the source's.
 */
const OUTRANKING = `SELECT o.path FROM files o JOIN filings f ON f.id = o.filing_id
  JOIN files s ON s.id = f.source_file_id AND s.filing_id = f.id
  WHERE o.id <> s.id AND o.status = 'indexed' AND o.hash IS NOT s.hash
    AND (o.source_rank IS NULL OR o.source_rank > s.source_rank
      OR (o.source_rank = s.source_rank AND o.hash < s.hash))`;

/**
 * The paths to re-parse so that the best file builds each filing (all of them, or among
 * `ids`): every file of a filing that lost its source, and every file that outranks its
 * filing's source. Both are read from the database alone, so a run killed between a change
 * and the re-parse it calls for leaves the same list to the next run.
 */
export function filingsToRebuild(db: Db, ids?: readonly number[]): string[] {
  if (ids && ids.length === 0) return [];
  const only = ids ? inList(ids) : '';
  const sql = `SELECT path FROM files WHERE filing_id IN (${SOURCELESS} ${only}) UNION ${OUTRANKING} ${only} ORDER BY path`;
  return db
    .prepare<number[], string>(sql)
    .pluck()
    .all(...(ids ?? []), ...(ids ?? []));
}

/**
 * Before deleting file `fileId`: when it is its filing's source and another file of the
 * filing has the same bytes, that one becomes the source (a copy kept, no rebuild needed).
 */
export function handOverSource(db: Db, fileId: number): void {
  db.prepare(
    `UPDATE filings SET source_file_id = (
       SELECT o.id FROM files o JOIN files d ON d.id = @id
       WHERE o.filing_id = d.filing_id AND o.hash = d.hash AND o.id <> d.id LIMIT 1)
     WHERE source_file_id = @id AND EXISTS (
       SELECT 1 FROM files o JOIN files d ON d.id = @id
       WHERE o.filing_id = d.filing_id AND o.hash = d.hash AND o.id <> d.id)`,
  ).run({ id: fileId });
}
