// Phase two of a run: stream tasks through the parse pool into the writer, committing a
// batch every `batch.files` files or `batch.bytes` input bytes. Until a commit has made a
// filing searchable, commits come early (`batch.firstFiles` files, or `batch.firstMs` after
// parsing began or the last commit), so the first results can be searched within moments of
// starting, not after 200 files; a folder starting with files that are no filings gets at
// most MAX_EARLY_COMMITS such small commits. Filings parsed hold their share of the memory
// budget until they are committed (ParsePool `holdResults`): when a parse waits for room, the
// batch is committed at once, so the budget is returned and the parse goes on.
import type { ReadLimits } from '../scan/read-file';
import type { IndexWriter, Task } from './index-writer';
import type { ParsePool } from './parse-pool';
import type { ParseOutcome } from './parse-protocol';
import type { ProgressMeter } from './progress';

export interface BatchLimits {
  files: number;
  bytes: number;
  /** Early commits (until one has made a filing searchable): after this many files, */
  firstFiles: number;
  /** or at the first file done this long after parsing began or the last commit. */
  firstMs: number;
}

/**
 * Small enough that a commit is short (the parse workers wait on this thread between batches),
 * large enough that commits are a negligible cost. The small early batches cost a commit or a
 * few per run.
 */
export const DEFAULT_BATCH: BatchLimits = { files: 200, bytes: 16 * 1024 * 1024, firstFiles: 10, firstMs: 250 };

/** Early commits that wrote no filing (a folder that starts with errors) before full batches anyway. */
export const MAX_EARLY_COMMITS = 5;

export interface PhaseCounts {
  indexed: number;
  /** Files whose bytes the database already knew (touched, moved, copied): not parsed. */
  known: number;
  errors: number;
  bytes: number;
  files: number;
}

export class ParsePhase {
  readonly counts: PhaseCounts = { indexed: 0, known: 0, errors: 0, bytes: 0, files: 0 };
  /** Filled by each flush: paths to re-parse after this pass. */
  rebuild: string[] = [];
  reparse: Task[] = [];
  private nextId = 0;
  private stopped = false;
  /** Commits that wrote something. */
  private commits = 0;
  /** Whether a commit of this run has made a filing searchable (early batches end). */
  private searchable = false;
  private lastCommitAt = 0;
  /** A write that failed (the database, not a file): ends the run. */
  private failure: unknown = null;
  /** Outcomes pending in the writer that hold memory budget until they are committed. */
  private holding: ParseOutcome[] = [];

  constructor(
    private readonly pool: ParsePool,
    private readonly writer: IndexWriter,
    private readonly meter: ProgressMeter,
    private readonly opts: {
      limits: ReadLimits;
      batch: BatchLimits;
      hashesBySize: Map<number, string[]>;
      signal?: AbortSignal;
    },
  ) {
    pool.onWaiting = () => {
      if (!this.holding.length) return;
      try {
        this.flush();
      } catch (err) {
        this.failure ??= err;
      }
    };
  }

  async run(tasks: readonly Task[]): Promise<void> {
    const { signal } = this.opts;
    const aborted = new Promise<void>((res) => signal?.addEventListener('abort', () => res(), { once: true }));
    const inflight = new Set<Promise<void>>();
    this.stopped = false;
    if (this.commits === 0) this.lastCommitAt = performance.now();
    for (const task of tasks) {
      if (signal?.aborted || this.failure) break;
      await Promise.race([this.pool.ready(), aborted]);
      if (signal?.aborted) break;
      const { path, size } = task.file;
      const job = {
        id: this.nextId++,
        path,
        knownHashes: task.force ? [] : (this.opts.hashesBySize.get(size) ?? []),
        limits: this.opts.limits,
      };
      this.meter.update({ currentFile: path });
      const p = this.pool
        .submit(job, size)
        .then((o) => this.accept(task, o))
        .catch((err: unknown) => {
          this.failure ??= err;
        })
        .finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await Promise.race([Promise.all(inflight), aborted]);
    // After a cancel, results still arriving are dropped: the next run redoes those files.
    this.stopped = true;
    if (this.failure) throw this.failure;
    this.flush();
  }

  /** Commits what is pending, and reports the index's new totals. */
  flush(): void {
    if (this.writer.pendingFiles === 0) return;
    const held = this.holding;
    this.holding = [];
    let r;
    try {
      r = this.writer.flush();
    } finally {
      for (const o of held) this.pool.written(o);
    }
    this.rebuild.push(...r.rebuild);
    this.reparse.push(...r.reparse);
    this.counts.known -= r.reparse.length;
    this.commits++;
    this.searchable ||= r.indexed > 0;
    this.lastCommitAt = performance.now();
    // Not forced: the next report (at most 100 ms on, or the phase change) carries it, so
    // progress stays at most 10 reports a second.
    this.meter.update({ ...this.writer.totals(), commits: this.commits });
  }

  /** Whether the pending outcomes make a batch: small and early ones until results show, then full ones. */
  private batchFull(): boolean {
    const { batch } = this.opts;
    const files = this.writer.pendingFiles;
    const early = !this.searchable && this.commits < MAX_EARLY_COMMITS;
    if (early && (files >= batch.firstFiles || performance.now() - this.lastCommitAt >= batch.firstMs)) return true;
    // A parse waits for room that these outcomes hold: commit them now.
    if (this.holding.length && this.pool.waiting > 0) return true;
    return files >= batch.files || this.writer.pendingBytes >= batch.bytes;
  }

  private accept(task: Task, outcome: ParseOutcome): void {
    if (this.stopped) return this.pool.written(outcome);
    this.writer.add(task, outcome);
    if (outcome.kind === 'filing' && outcome.held) this.holding.push(outcome);
    const c = this.counts;
    c.files++;
    c.bytes += task.file.size;
    if (outcome.kind === 'filing') c.indexed++;
    else if (outcome.kind === 'known') c.known++;
    else c.errors++;
    this.meter.update({ filesDone: c.files, bytesDone: c.bytes, errors: c.errors });
    if (this.batchFull()) this.flush();
  }
}
