// The `files` and `file_errors` rows: one per path seen under a root. Like FilingWriter,
// every method runs inside the caller's transaction.
import type { Db } from '../db/open';

export interface FileRecord {
  id: number;
  rootId: number | null;
  path: string;
  size: number;
  mtimeMs: number;
  hash: string | null;
  status: 'indexed' | 'error';
  filingId: number | null;
  /** The rank with which the file competes to build its filing (formatRank, or HELD); null when not known. */
  sourceRank: number | null;
}

export interface FileStat {
  rootId: number;
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * What a file's bytes are to the filing it is linked to: a candidate source of `formatRank`
 * (a full submission, an .nc, a lone document), or HELD, a document inside another file's
 * submission, which never builds that filing.
 */
export const HELD = 0;

const SELECT = `SELECT id, root_id AS rootId, path, size, mtime_ms AS mtimeMs, hash, status, filing_id AS filingId,
  source_rank AS sourceRank FROM files`;

export class FileRecords {
  private readonly upsert;
  private readonly upsertError;
  private readonly clearError;
  private readonly move;
  private readonly touch;
  private readonly byHash;
  private readonly remove;
  private readonly errorOf;
  private readonly setFiling;
  private readonly atPath;
  private readonly moveAll;

  constructor(db: Db) {
    this.upsert = db
      .prepare(
        `INSERT INTO files (root_id, path, size, mtime_ms, hash, status, filing_id, source_rank, indexed_at)
         VALUES (@rootId, @path, @size, @mtimeMs, @hash, @status, @filingId, @sourceRank, @now)
         ON CONFLICT(path) DO UPDATE SET root_id = excluded.root_id, size = excluded.size,
           mtime_ms = excluded.mtime_ms, hash = excluded.hash, status = excluded.status,
           filing_id = excluded.filing_id, source_rank = excluded.source_rank, indexed_at = excluded.indexed_at
         RETURNING id`,
      )
      .pluck();
    this.upsertError = db.prepare(
      `INSERT INTO file_errors (file_id, reason, at) VALUES (?, ?, ?)
       ON CONFLICT(file_id) DO UPDATE SET reason = excluded.reason, at = excluded.at`,
    );
    this.clearError = db.prepare('DELETE FROM file_errors WHERE file_id = ?');
    this.move = db.prepare('UPDATE files SET path = ?, root_id = ?, size = ?, mtime_ms = ? WHERE id = ?');
    this.touch = db.prepare('UPDATE files SET size = ?, mtime_ms = ? WHERE id = ?');
    this.byHash = db.prepare<[string], FileRecord>(`${SELECT} WHERE hash = ? ORDER BY status = 'indexed' DESC, id`);
    this.remove = db.prepare('DELETE FROM files WHERE id = ?');
    this.moveAll = db.prepare(`UPDATE files SET filing_id = ?, source_rank = ${HELD} WHERE filing_id = ?`);
    this.atPath = db.prepare<[string], FileRecord>(`${SELECT} WHERE path = ?`);
    this.setFiling = db.prepare('UPDATE files SET filing_id = ? WHERE id = ?');
    this.errorOf = db.prepare<[number], string>('SELECT reason FROM file_errors WHERE file_id = ?').pluck();
  }

  /**
   * Records `file` as indexed into `filingId` (null while its filing is being written), where it
   * competes with `sourceRank` (formatRank of its bytes' format, or HELD).
   */
  putIndexed(file: FileStat, hash: string, filingId: number | null, sourceRank: number | null): number {
    const id = this.upsert.get({ ...file, hash, status: 'indexed', filingId, sourceRank, now: Date.now() }) as number;
    this.clearError.run(id);
    return id;
  }

  putError(file: FileStat, hash: string | null, reason: string): number {
    const id = this.upsert.get({
      ...file,
      hash,
      status: 'error',
      filingId: null,
      sourceRank: null,
      now: Date.now(),
    }) as number;
    this.upsertError.run(id, reason, Date.now());
    return id;
  }

  link(id: number, filingId: number): void {
    this.setFiling.run(filingId, id);
  }

  /** Points every file of filing `from` at filing `to`, where they are documents it holds (HELD). */
  reassign(from: number, to: number): void {
    this.moveAll.run(to, from);
  }

  /** A moved file keeps its row (and so stays its filing's source): only the path changes. */
  moveTo(id: number, file: FileStat): void {
    this.move.run(file.path, file.rootId, file.size, file.mtimeMs, id);
  }

  /** Same bytes, new size/mtime bookkeeping (a touch): nothing to re-parse. */
  retouch(id: number, size: number, mtimeMs: number): void {
    this.touch.run(size, mtimeMs, id);
  }

  byPath(path: string): FileRecord | undefined {
    return this.atPath.get(path);
  }

  withHash(hash: string): FileRecord[] {
    return this.byHash.all(hash);
  }

  errorReason(id: number): string | undefined {
    return this.errorOf.get(id);
  }

  delete(id: number): void {
    this.remove.run(id);
  }
}

/** Every file row under the given roots, keyed by path: what the previous runs recorded. */
export function loadFileRecords(db: Db, rootIds: readonly number[]): Map<string, FileRecord> {
  const rows = db
    .prepare<number[], FileRecord>(`${SELECT} WHERE root_id IN (${rootIds.map(() => '?').join(',') || 'NULL'})`)
    .all(...rootIds);
  return new Map(rows.map((r) => [r.path, r]));
}

/** Hashes of every recorded file, by size: a new or changed file whose hash is here needs no parse. */
export function loadHashesBySize(db: Db): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const rows = db
    .prepare<[], { size: number; hash: string }>('SELECT size, hash FROM files WHERE hash IS NOT NULL')
    .all();
  for (const { size, hash } of rows) {
    const list = out.get(size);
    if (!list) out.set(size, [hash]);
    else if (!list.includes(hash)) list.push(hash);
  }
  return out;
}
