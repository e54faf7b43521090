// Applies parse outcomes to the database in batched transactions. A file's row is always
// written in the same transaction as its filing, and the repairs a batch makes necessary
// (orphaned filings deleted) happen in that transaction too; so a kill between two batches
// leaves the database consistent, and the next run's scan sees exactly what is missing.
import { pathIdentity } from '../../../shared/edgar/accession-path';
import type { Db } from '../db/open';
import { FileRecords, HELD, type FileRecord, type FileStat } from '../store/file-records';
import { FilingWriter } from '../store/filing-writer';
import { filingsToRebuild, handOverSource, purgeOrphanFilings } from '../store/orphans';
import { formatRank, type PreparedFiling } from '../store/prepared-filing';
import { PrimaryDocuments } from '../store/primary-documents';
import type { ParseOutcome } from './parse-protocol';

export interface Task {
  file: FileStat;
  /** The row the previous run left for this path, if any. */
  prev: FileRecord | undefined;
  /** Parse even when the hash is known (rebuilding a filing from this file). */
  force?: boolean;
}

export interface BatchResult {
  /** Paths whose filings lost their source file: re-parse them to rebuild those filings. */
  rebuild: string[];
  /** Tasks whose 'known' hash matched nothing any more: parse them for real. */
  reparse: Task[];
  indexed: number;
  errors: number;
}

export interface IndexTotals {
  filings: number;
  documents: number;
}

/** Filings and documents in the index: two counts over indexed tables, run once per commit. */
export function indexTotals(db: Db): IndexTotals {
  return (
    db
      .prepare<[], IndexTotals>(
        'SELECT (SELECT count(*) FROM filings) AS filings, (SELECT count(*) FROM documents) AS documents',
      )
      .get() ?? { filings: 0, documents: 0 }
  );
}

/**
 * Whether a file of `format` and `hash` should build a filing rather than its current source:
 * full submission > nc > a lone document, and among equals the smaller hash, so the choice
 * depends on the files' bytes alone (not on paths, moves, or which worker finished first).
 */
function outranks(format: string, hash: string, sourceFormat: string, sourceHash: string): boolean {
  const rank = formatRank(format) - formatRank(sourceFormat);
  return rank > 0 || (rank === 0 && hash < sourceHash);
}

export class IndexWriter {
  private readonly files: FileRecords;
  private readonly filings: FilingWriter;
  private readonly primary: PrimaryDocuments;
  private readonly sourceHash;
  private readonly batch: { task: Task; outcome: ParseOutcome }[] = [];
  private batchBytes = 0;

  /** @param missing rows of files not found by this run's scan, by hash: a new file with one of these hashes is a move. */
  constructor(
    private readonly db: Db,
    private readonly missing: Map<string, FileRecord[]>,
  ) {
    this.files = new FileRecords(db);
    this.filings = new FilingWriter(db);
    this.primary = new PrimaryDocuments(db);
    this.sourceHash = db
      .prepare<[number, number], string>('SELECT hash FROM files WHERE id = ? AND filing_id = ?')
      .pluck();
  }

  /** Filings and documents in the index now (what a reader sees after the last commit). */
  totals(): IndexTotals {
    return indexTotals(this.db);
  }

  get pendingFiles(): number {
    return this.batch.length;
  }

  get pendingBytes(): number {
    return this.batchBytes;
  }

  add(task: Task, outcome: ParseOutcome): void {
    this.batch.push({ task, outcome });
    this.batchBytes += task.file.size;
  }

  /** Writes the pending outcomes in one transaction. */
  flush(): BatchResult {
    const items = this.batch.splice(0);
    this.batchBytes = 0;
    const result: BatchResult = { rebuild: [], reparse: [], indexed: 0, errors: 0 };
    if (!items.length) return result;
    this.filings.transaction(() => {
      const touched = new Set<number>();
      for (const { task, outcome } of items) {
        if (task.prev?.filingId) touched.add(task.prev.filingId);
        if (outcome.kind === 'error') {
          this.files.putError(task.file, outcome.hash, outcome.reason);
          result.errors++;
        } else if (outcome.kind === 'filing') {
          touched.add(this.writeFiling(task.file, outcome.hash, outcome.filing));
          result.indexed++;
        } else if (!this.applyKnown(task, outcome.hash, touched)) {
          result.reparse.push(task);
        }
      }
      this.repair([...touched], result);
    });
    return result;
  }

  /** Deletes the rows of files that are gone (and not claimed by a move), in one transaction. */
  removeMissing(): { removed: number; rebuild: string[] } {
    const gone = [...this.missing.values()].flat();
    const result: BatchResult = { rebuild: [], reparse: [], indexed: 0, errors: 0 };
    this.filings.transaction(() => {
      const touched = new Set<number>();
      for (const row of gone) {
        handOverSource(this.db, row.id);
        this.files.delete(row.id);
        if (row.filingId) touched.add(row.filingId);
      }
      this.repair([...touched], result);
    });
    this.missing.clear();
    return { removed: gone.length, rebuild: result.rebuild };
  }

  private repair(touched: number[], result: BatchResult): void {
    purgeOrphanFilings(this.db, touched, this.filings);
    result.rebuild.push(...filingsToRebuild(this.db, touched));
  }

  /** Writes `file`'s filing (or links the file to the filing holding it); returns the filing's id. */
  private writeFiling(file: FileStat, hash: string, f: PreparedFiling): number {
    const owner = this.primary.ownerOf(f);
    if (owner !== null) {
      this.files.putIndexed(file, hash, owner, HELD);
      return owner;
    }
    const fileId = this.files.putIndexed(file, hash, null, formatRank(f.format));
    const existing = this.filings.find(f.key);
    let filingId: number;
    if (!existing) {
      filingId = this.filings.insert(f, fileId);
    } else {
      filingId = existing.id;
      const sourceHash =
        existing.sourceFileId === null ? undefined : this.sourceHash.get(existing.sourceFileId, existing.id);
      // The source's own bytes changed: another file of the filing may now be the better one;
      // repair() finds it from the ranks the files table keeps (filingsToRebuild).
      if (existing.sourceFileId === fileId) {
        this.filings.replace(existing.id, f, fileId);
      } else if (sourceHash === undefined || outranks(f.format, hash, existing.format, sourceHash)) {
        this.filings.replace(existing.id, f, fileId);
      }
    }
    this.files.link(fileId, filingId);
    for (const copy of this.primary.copiesIn(f)) {
      if (copy === filingId) continue;
      this.files.reassign(copy, filingId);
      this.filings.delete(copy);
    }
    return filingId;
  }

  /**
   * Same bytes as a file the database knows: a touch, a move or a copy. False when nothing
   * matches any more. A path may name the filing's accession (shared/parser/identity.ts), so
   * bytes moved or copied to a path that would give them another identity are parsed again.
   * Adds the filing the bytes joined to `touched`: a moved file may be the better copy that a
   * change elsewhere in its filing asked to re-parse under its old path.
   */
  private applyKnown(task: Task, hash: string, touched: Set<number>): boolean {
    const { file, prev } = task;
    if (prev && prev.hash === hash) {
      this.files.retouch(prev.id, file.size, file.mtimeMs);
      return true;
    }
    const identity = pathIdentity(file.path);
    const moved = this.takeMissing(hash, identity);
    if (moved) {
      if (prev) this.files.delete(prev.id);
      this.files.moveTo(moved.id, file);
      if (moved.filingId) touched.add(moved.filingId);
      return true;
    }
    const twin = this.files.withHash(hash).find((r) => r.path !== file.path && pathIdentity(r.path) === identity);
    if (!twin) return false;
    if (twin.status === 'indexed' && twin.filingId) {
      this.files.putIndexed(file, hash, twin.filingId, twin.sourceRank);
      touched.add(twin.filingId);
    } else {
      this.files.putError(file, hash, this.files.errorReason(twin.id) ?? 'not an EDGAR filing');
    }
    return true;
  }

  /** A missing row with these bytes whose path gave them the same identity, taken from the missing set. */
  private takeMissing(hash: string, identity: string): FileRecord | undefined {
    const rows = this.missing.get(hash);
    const at = rows ? rows.findIndex((r) => pathIdentity(r.path) === identity) : -1;
    if (!rows || at < 0) return undefined;
    const [row] = rows.splice(at, 1);
    if (!rows.length) this.missing.delete(hash);
    return row;
  }
}
