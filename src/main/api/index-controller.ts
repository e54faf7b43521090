import type { ArchiveRoot, IndexProgress, IndexSummary } from '../../shared/api/types';
import { MAX_EARLY_COMMITS } from '../core/indexer/parse-phase';
import type { Emit } from './events';

/** The indexer's worker entry (core/indexer/index-in-worker.ts), injected so tests can drive it. */
export type StartIndexRun = (opts: {
  dbPath: string;
  roots: string[];
  onProgress: (progress: IndexProgress) => void;
}) => { done: Promise<IndexSummary>; cancel(): void };

/** The folder watcher (core/indexer/watch.ts). */
export type WatchRoots = (
  roots: string[],
  onChange: () => void,
  opts?: { debounceMs?: number },
) => { close(): Promise<void> };

export interface IndexControllerDeps {
  dbPath: string;
  listRoots: () => ArchiveRoot[];
  start: StartIndexRun;
  watch: WatchRoots;
  emit: Emit;
  /** Quiet period after the last file change before re-indexing. */
  debounceMs?: number;
  /**
   * During a run, the index changes at every commit: the early commits of a run (the small
   * batches before the first results, parse-phase.ts) are announced at once, later ones at most
   * this often (default 5 s), so a long run does not make every window re-run its search after
   * each batch.
   */
  commitNoticeMs?: number;
  /**
   * Whether a root can be indexed now (default: always). An offline root (an unplugged disk)
   * is left out of every run, so its files are never taken for deleted (see root-online.ts).
   */
  isOnline?: (root: ArchiveRoot) => boolean;
  log?: Pick<Console, 'error' | 'info'>;
}

/**
 * Runs one indexing run at a time in the worker. Requests that arrive during a run are merged
 * and run right after it (unless the run, still scanning, covers them already), so "index" is
 * never refused and never runs twice at once. Keeps the
 * latest progress for archive:status and re-indexes when the watched folders change.
 */
export class IndexController {
  private current: { rootIds: Set<number>; cancel(): void; done: Promise<void> } | null = null;
  private pending: Set<number> | null = null;
  private latest: IndexProgress | null = null;
  private watcher: { close(): Promise<void> } | null = null;
  private closed = false;
  /** The roots the start-up check still has to go over; null when none is under way. */
  private catchingUp: Set<number> | null = null;

  constructor(private readonly deps: IndexControllerDeps) {}

  /** Progress of the run under way, or null when idle. */
  get progress(): IndexProgress | null {
    return this.current ? this.latest : null;
  }

  get running(): boolean {
    return this.current !== null;
  }

  /** False from catchUp() until every online root has been checked once (the status says so). */
  get upToDate(): boolean {
    return this.catchingUp === null;
  }

  /**
   * The check at start: an incremental run over every root, so files added, changed, moved or
   * deleted while the app was closed are found. Results from the index are served meanwhile.
   */
  catchUp(): void {
    const ids = this.deps
      .listRoots()
      .filter((r) => this.online(r))
      .map((r) => r.id);
    if (ids.length === 0 || this.closed) return;
    this.catchingUp = new Set(ids);
    this.request(ids);
  }

  /** Whether the run under way covers this root. */
  isIndexing(rootId: number): boolean {
    return this.current?.rootIds.has(rootId) ?? false;
  }

  /** Indexes the given roots (all when omitted): now, or right after the run under way. */
  request(rootIds?: number[]): void {
    if (this.closed) return;
    const ids = new Set(rootIds ?? this.deps.listRoots().map((r) => r.id));
    if (this.current) {
      // A run still scanning will see the folders as they are now: nothing to add.
      const scanning = this.latest === null || this.latest.phase === 'scanning';
      if (scanning && [...ids].every((id) => this.current?.rootIds.has(id))) return;
      this.pending = new Set([...(this.pending ?? []), ...ids]);
      return;
    }
    this.run(ids);
  }

  cancel(): void {
    this.pending = null;
    this.current?.cancel();
  }

  /** Resolves when no run is under way or queued (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.current) await this.current.done;
  }

  /** Watches the current roots (call after roots change); a change re-indexes them all. */
  async watchRoots(): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
    if (this.closed) return;
    const paths = this.deps.listRoots().map((r) => r.path);
    if (paths.length === 0) return;
    this.watcher = this.deps.watch(paths, () => this.request(), { debounceMs: this.deps.debounceMs ?? 1500 });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancel();
    await this.watcher?.close();
    this.watcher = null;
    await this.idle();
  }

  /** These roots have been checked (or are offline): the start-up check is done once none is left. */
  private settleCatchUp(ids: readonly number[]): void {
    if (!this.catchingUp) return;
    for (const id of ids) this.catchingUp.delete(id);
    if (this.catchingUp.size === 0) this.catchingUp = null;
  }

  private online(root: ArchiveRoot): boolean {
    return this.deps.isOnline?.(root) ?? true;
  }

  private run(rootIds: Set<number>): void {
    const wanted = this.deps.listRoots().filter((r) => rootIds.has(r.id));
    const roots = wanted.filter((r) => this.online(r));
    for (const r of wanted)
      if (!roots.includes(r)) this.deps.log?.info(`[index] ${r.path} is offline; its filings are kept as they are`);
    if (roots.length === 0) {
      this.settleCatchUp(wanted.map((r) => r.id));
      return;
    }
    const { emit } = this.deps;
    this.latest = null;
    const notices = new CommitNotices(() => emit('archive:changed', { at: Date.now() }), this.deps.commitNoticeMs);
    let handle: ReturnType<StartIndexRun>;
    try {
      handle = this.deps.start({
        dbPath: this.deps.dbPath,
        roots: roots.map((r) => r.path),
        onProgress: (progress) => {
          this.latest = progress;
          emit('index:progress', progress);
          notices.commits(progress.commits);
        },
      });
    } catch (err) {
      // The worker could not even start: report the run as failed rather than hang the UI.
      handle = { done: Promise.reject(err), cancel: () => {} };
    }
    const ids = roots.map((r) => r.id);
    const done = handle.done.then(
      (summary) => {
        if (!summary.cancelled) this.settleCatchUp(ids);
        emit('index:done', summary);
      },
      (err: unknown) => {
        this.deps.log?.error('[index] the indexing run failed:', err);
        emit('index:done', failedSummary(err));
      },
    );
    this.current = {
      rootIds: new Set(ids),
      cancel: handle.cancel,
      done: done.finally(() => {
        notices.stop();
        this.current = null;
        this.latest = null;
        emit('archive:changed', { at: Date.now() });
        const next = this.pending;
        this.pending = null;
        if (next && !this.closed) this.run(next);
      }),
    };
  }
}

const COMMIT_NOTICE_MS = 5000;

/** Commits of a run announced at once: the early batches (at most MAX_EARLY_COMMITS without a filing, then one with). */
const EARLY_NOTICES = MAX_EARLY_COMMITS + 1;

/** Announces a run's commits: the early ones at once, then at most one per `intervalMs` (trailing). */
class CommitNotices {
  private seen = 0;
  private announced = 0;
  private lastAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly announce: () => void,
    private readonly intervalMs = COMMIT_NOTICE_MS,
  ) {}

  commits(count: number): void {
    if (count <= this.seen) return;
    this.seen = count;
    if (this.timer) return;
    const wait = count <= EARLY_NOTICES ? 0 : this.lastAt + this.intervalMs - Date.now();
    if (wait <= 0) this.fire();
    else this.timer = setTimeout(() => this.fire(), wait);
  }

  /** The run ended (it announces its end itself). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.timer = null;
    this.announced = this.seen;
    this.lastAt = Date.now();
    this.announce();
  }
}

/** A run that failed as a whole; a run refused because another one is active says so. */
function failedSummary(err: unknown): IndexSummary {
  const active = err instanceof Error && err.name === 'IndexRunActiveError';
  return {
    filesSeen: 0,
    filesIndexed: 0,
    filesSkipped: 0,
    filesRemoved: 0,
    filings: 0,
    errors: [
      {
        path: '',
        reason: active ? err.message : 'Indexing stopped on an unexpected error; details are in the log.',
      },
    ],
    seconds: 0,
  };
}
