import type { Worker } from 'node:worker_threads';
import { MemoryBudget } from './memory-budget';
import type { ParseJob, ParseNotice, ParseOutcome, ParseWorkerData } from './parse-protocol';
import { startWorker, workerEntry } from '../worker-entry';

interface Pending {
  job: ParseJob;
  bytes: number;
  resolve: (o: ParseOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** In posting order: a worker handles its messages one at a time, so the head is the one running. */
  queue: Pending[];
  /** File bytes of the queued jobs. */
  queuedBytes: number;
  timer: NodeJS.Timeout | null;
  /** The worker's slot in the memory budget. */
  holder: number;
  /** Its running job waits for room in the budget. */
  waiting: boolean;
}

export interface PoolOptions {
  size: number;
  /**
   * Work queued per worker (jobs, and bytes of input): enough that a worker keeps parsing
   * while the writer, on the dispatching thread, commits a batch and reads no messages.
   */
  depth?: { jobs: number; bytes: number };
  /** A parse taking longer than this (ms) is abandoned, its worker replaced. */
  timeoutMs?: (job: ParseJob, bytes: number) => number;
  /**
   * Bytes all workers together may hold for their parses (default DEFAULT_MEMORY_BUDGET): each
   * file reserves its cost before it is read and waits for room (see memory-budget.ts).
   */
  memoryBudget?: number;
  /**
   * A filing's reservation stays counted until the consumer has written it and calls
   * `written(outcome)` (the indexer: after the commit). A consumer must then also commit
   * what it holds when `onWaiting` tells it a parse waits for room, or the parses stall.
   */
  holdResults?: boolean;
}

/**
 * With the process's own ~150 MB and the writer's cache, this keeps a run near or under 1.5 GB
 * whatever the folder and the number of workers; a file costing more runs alone.
 */
export const DEFAULT_MEMORY_BUDGET = 1024 * 1024 * 1024;

const defaultTimeout = (_job: ParseJob, bytes: number) => 60_000 + bytes / 1000; // 60 s + 1 s per MB

/**
 * worker_threads running parse-worker.ts. A worker that crashes or hangs on a file is
 * replaced: that file becomes an error outcome and the files queued behind it are retried.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly depth: { jobs: number; bytes: number };
  private readonly size: number;
  private readonly timeoutMs: (job: ParseJob, bytes: number) => number;
  private closed = false;
  private waiters: (() => void)[] = [];
  private readonly holdResults: boolean;
  readonly budget: MemoryBudget;
  /** Called when a job starts waiting for room in the memory budget. */
  onWaiting: (() => void) | null = null;

  constructor(opts: PoolOptions) {
    this.budget = new MemoryBudget(opts.memoryBudget ?? DEFAULT_MEMORY_BUDGET);
    this.holdResults = opts.holdResults ?? false;
    this.depth = opts.depth ?? { jobs: 64, bytes: 8 * 1024 * 1024 };
    this.timeoutMs = opts.timeoutMs ?? defaultTimeout;
    this.size = Math.max(1, opts.size);
  }

  /** Resolves when a worker can take another job. Workers start on first use: a run with nothing to parse starts none. */
  async ready(): Promise<void> {
    this.start();
    while (!this.slots.some((s) => this.hasRoom(s))) {
      await new Promise<void>((res) => this.waiters.push(res));
    }
  }

  /** Queues a job; `bytes` (the file size) sizes its timeout. */
  submit(job: ParseJob, bytes: number): Promise<ParseOutcome> {
    this.start();
    return new Promise((resolve) => {
      const open = this.slots.filter((s) => this.hasRoom(s));
      const slot = (open.length ? open : this.slots).reduce((a, b) => (b.queuedBytes < a.queuedBytes ? b : a));
      slot.queue.push({ job, bytes, resolve });
      slot.queuedBytes += bytes;
      slot.worker.postMessage(job);
      if (slot.queue.length === 1) this.arm(slot);
    });
  }

  private start(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  private hasRoom(s: Slot): boolean {
    return s.queue.length === 0 || (s.queue.length < this.depth.jobs && s.queuedBytes < this.depth.bytes);
  }

  /** Jobs waiting for room in the memory budget right now. */
  get waiting(): number {
    return this.slots.filter((s) => s.waiting).length;
  }

  /** The outcome is written (or dropped): what its parse handed over to it goes back to the budget. */
  written(outcome: ParseOutcome): void {
    if (outcome.kind === 'filing' && outcome.held) this.budget.releaseResults(outcome.held);
  }

  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.queue.length, 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // A small young generation keeps each worker's resident memory down (about 20 MB less
    // per worker, measured) at no measurable cost: a parse's garbage is short-lived.
    const holder = this.budget.allocate();
    const workerData: ParseWorkerData = { budget: this.budget.shared, holder, holdResults: this.holdResults };
    const slot: Slot = {
      worker: startWorker(workerEntry('parseWorker'), {
        resourceLimits: { maxYoungGenerationSizeMb: 12 },
        workerData,
      }),
      queue: [],
      queuedBytes: 0,
      timer: null,
      holder,
      waiting: false,
    };
    slot.worker.on('message', (o: ParseOutcome | ParseNotice) => {
      slot.waiting = o.kind === 'waiting';
      if (o.kind === 'waiting') {
        this.disarm(slot);
        this.onWaiting?.();
      } else if (o.kind === 'running') this.arm(slot);
      else this.settle(slot, o as ParseOutcome);
    });
    slot.worker.on('error', (err) => this.fail(slot, `the parser crashed (${err.message})`));
    slot.worker.on('exit', (code) => {
      if (!this.closed && slot.queue.length) this.fail(slot, `the parser exited (code ${code})`);
    });
    return slot;
  }

  /** The head job waits for memory, not for its parse: no timeout until it runs. */
  private disarm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    const head = this.closed ? undefined : slot.queue[0];
    slot.timer = head
      ? setTimeout(() => this.fail(slot, 'parsing timed out'), this.timeoutMs(head.job, head.bytes))
      : null;
    // A watchdog must never keep the process alive on its own.
    slot.timer?.unref();
  }

  private settle(slot: Slot, outcome: ParseOutcome): void {
    const i = slot.queue.findIndex((p) => p.job.id === outcome.id);
    if (i < 0) return;
    const [done] = slot.queue.splice(i, 1);
    slot.queuedBytes -= done!.bytes;
    this.arm(slot);
    done!.resolve(outcome);
    this.wake();
  }

  /** The running job becomes an error; the worker is replaced and the rest of its queue re-sent. */
  private fail(slot: Slot, reason: string): void {
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    // What it held in the memory budget goes back (its slot is never given out again soon).
    this.budget.releaseHolder(slot.holder);
    const [culprit, ...rest] = slot.queue;
    const fresh = this.spawn();
    this.slots[index] = fresh;
    culprit?.resolve({ id: culprit.job.id, kind: 'error', hash: null, reason });
    for (const p of rest) {
      fresh.queue.push(p);
      fresh.queuedBytes += p.bytes;
      fresh.worker.postMessage(p.job);
    }
    this.arm(fresh);
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
