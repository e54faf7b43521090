import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { IndexProgress, IndexSummary } from '../../../shared/api/types';
import { openDatabase, type Db } from '../db/open';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../scan/read-file';
import { FileRecords, loadHashesBySize } from '../store/file-records';
import { filingsToRebuild, purgeOrphanFilings } from '../store/orphans';
import { addRoot, markRootsIndexed } from '../store/roots';
import { errorsUnder } from '../store/status';
import { IndexWriter, indexTotals, type Task } from './index-writer';
import { DEFAULT_BATCH, ParsePhase, type BatchLimits } from './parse-phase';
import { ParsePool } from './parse-pool';
import { ProgressMeter } from './progress';
import { acquireRunLock, runLockPath } from './run-lock';
import { planScan, type ScanPlan } from './scan-plan';
import { askAgainAfterWrite, askAgainBudgetMs } from '../search/asked';
import { saveCatalog } from '../search/catalog';

export interface IndexFoldersOptions {
  dbPath: string;
  /** Folders to index; each is added as an archive root if it is not one yet. */
  roots: readonly string[];
  signal?: AbortSignal;
  onProgress?: (p: IndexProgress) => void;
  /** Parse worker threads (default: one per core). */
  parseWorkers?: number;
  limits?: Partial<ReadLimits>;
  /** Bytes the parse workers may hold together (default DEFAULT_MEMORY_BUDGET, 1 GiB). */
  memoryBudget?: number;
  batch?: Partial<BatchLimits>;
  /** Least time between two progress reports (default 100 ms; phase changes always report). */
  progressIntervalMs?: number;
  /** Folder holding native/ (Electron's better-sqlite3 build); see openDatabase. */
  appRoot?: string;
}

/** A root that is not a readable folder: the run cannot start. */
export class FolderNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`folder not found: ${path}`);
    this.name = 'FolderNotFoundError';
  }
}

/** Rebuild passes after removals: each can free a filing whose next-best file needs a parse. */
const MAX_REBUILD_PASSES = 3;

/**
 * Indexes `roots` into the database at `dbPath`, incrementally: unchanged files are skipped,
 * changed ones re-parsed, vanished ones removed, moved ones recognised by hash. Safe to kill
 * at any moment (see IndexWriter); cancelling via `signal` keeps what was committed.
 */
export async function indexFolders(opts: IndexFoldersOptions): Promise<IndexSummary> {
  const started = performance.now();
  const rootPaths = [...new Set(opts.roots.map((p) => resolve(p)))];
  for (const p of rootPaths) if (!isFolder(p)) throw new FolderNotFoundError(p);
  const { signal } = opts;
  // Throws IndexRunActiveError when another run (in any process) indexes this database.
  const unlock = acquireRunLock(opts.dbPath);
  let db: Db;
  try {
    db = openDatabase(opts.dbPath, { appRoot: opts.appRoot });
  } catch (err) {
    unlock();
    throw err;
  }
  // FTS5 segment merges of a bulk insert touch many pages: a 32 MB cache (default 2 MB)
  // saves re-reads while keeping the run's peak memory in budget.
  db.pragma('cache_size = -32768');
  let completed = false;
  const pool = new ParsePool({
    size: opts.parseWorkers ?? availableParallelism(),
    memoryBudget: opts.memoryBudget,
    holdResults: true,
  });
  try {
    const roots = rootPaths.map((p) => addRoot(db, p));
    const meter = new ProgressMeter(opts.onProgress, opts.progressIntervalMs);
    meter.phase('scanning', indexTotals(db));
    const plan = await planScan(db, roots, {
      exclude: databaseFiles(opts.dbPath),
      signal,
      onFile: (path, found) => meter.update({ currentFile: path, filesTotal: found }),
    });
    const writer = new IndexWriter(db, plan.missing);
    for (const { task, reason } of plan.walkErrors) writer.add(task, { id: -1, kind: 'error', hash: null, reason });
    const phase = new ParsePhase(pool, writer, meter, {
      limits: { ...DEFAULT_READ_LIMITS, ...opts.limits },
      batch: { ...DEFAULT_BATCH, ...opts.batch },
      hashesBySize: loadHashesBySize(db),
      signal,
    });
    // Repairs a killed run may have left: filings with no file, filings that lost their source.
    const leftover = db.transaction(() => (purgeOrphanFilings(db), filingsToRebuild(db)))();
    const pending = new Set(plan.tasks.map((t) => t.file.path));
    const tasks = [
      ...plan.tasks,
      ...forcedTasks(
        db,
        plan,
        leftover.filter((p) => !pending.has(p)),
      ),
    ];
    meter.phase('parsing', { filesTotal: tasks.length, bytesTotal: tasks.reduce((n, t) => n + t.file.size, 0) });
    await phase.run(tasks);
    let removed = 0;
    if (!signal?.aborted) {
      meter.phase('finishing');
      const gone = writer.removeMissing();
      removed = gone.removed;
      if (removed) meter.update(writer.totals());
      phase.rebuild.push(...gone.rebuild);
      for (let pass = 0; pass < MAX_REBUILD_PASSES && !signal?.aborted; pass++) {
        const again = [...phase.reparse.map((t) => ({ ...t, force: true })), ...forcedTasks(db, plan, phase.rebuild)];
        phase.rebuild = [];
        phase.reparse = [];
        if (!again.length) break;
        await phase.run(again);
      }
    }
    if (!signal?.aborted)
      markRootsIndexed(
        db,
        roots.map((r) => r.id),
      );
    const filings = db.prepare<[], number>('SELECT count(*) FROM filings').pluck().get() ?? 0;
    const { counts } = phase;
    const summary: IndexSummary = {
      filesSeen: plan.seen.size + plan.walkErrors.length,
      filesIndexed: counts.indexed,
      filesSkipped: plan.skipped + counts.known,
      filesRemoved: removed,
      filings,
      errors: errorsUnder(
        db,
        roots.map((r) => r.id),
      ),
      seconds: Math.round((performance.now() - started) / 10) / 100,
    };
    if (signal?.aborted) summary.cancelled = true;
    else completed = true;
    meter.phase('finishing', { currentFile: null });
    return summary;
  } finally {
    await pool.close();
    // The search catalog of the state the run leaves, saved for the next open's first query
    // (after the parse workers are gone: their memory is not held beside it). Loaded, not
    // rewritten, when nothing changed. Then, if the run wrote, the user's usual costly searches
    // are asked again (core/search/asked.ts), here rather than on the user's time. Never fails
    // the run.
    if (completed) {
      saveCatalog(db);
      askAgainAfterWrite(db, askAgainBudgetMs(performance.now() - started));
    }
    db.close();
    unlock();
  }
}

/** Tasks that re-parse `paths` regardless of their hash (to rebuild the filings they hold). */
function forcedTasks(db: Db, plan: ScanPlan, paths: readonly string[]): Task[] {
  const records = new FileRecords(db);
  return [...new Set(paths)].flatMap((path) => {
    const file = plan.seen.get(path);
    return file ? [{ file, prev: records.byPath(path), force: true }] : [];
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The database's own files, never indexed even when it lives inside a root. */
function databaseFiles(dbPath: string): Set<string> {
  const abs = resolve(dbPath);
  return new Set([abs, `${abs}-wal`, `${abs}-shm`, `${abs}-journal`, runLockPath(dbPath)]);
}
