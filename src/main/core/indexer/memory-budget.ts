// A process-wide memory budget shared by the parse workers: a semaphore on the bytes the
// parses hold, in one SharedArrayBuffer every worker thread sees. Each worker reserves what a
// file will cost before reading it and releases it after the parse, so N workers never hold
// more than the budget together, however large the files (a file costing more than the whole
// budget runs alone). A worker never waits while it holds a reservation (growing one releases
// it first), so the workers cannot deadlock.
//
// A parse's memory is not all gone when the parse ends: its results travel to the writer and
// wait there for their commit, and the worker's heap keeps what the parse grew to for a while
// (measured: a 200 MB submission leaves ~150 MB of results and ~275 MB in the worker after a
// collection). So a worker whose parse made a filing hands its reservation over to the
// results (`handOver`) instead of returning it, and the writer returns it once the filing is
// committed (`MemoryBudget.releaseResults`): the next large parse waits for that commit. A
// worker waiting while results hold the budget tells the pool, and the writer commits early.

const KB = 1024;
/** Holder slots: a replaced worker gets a new one, so a late release of a dead one touches nothing. */
const HOLDERS = 1024;
const TOTAL = 0;
/** Bytes handed over to results not yet committed by the writer (cells: TOTAL, holders, limit, RESULTS). */
const RESULTS = HOLDERS + 2;
/** How long one wait lasts before the state is read again (a missed wake-up costs no more). */
const RECHECK_MS = 200;

/** Cost in the budget of parsing a file, from its measured parts (see docs/architecture.md). */
export function parseCost(raw: number, content: number, largestDocument: number, header = 0): number {
  // Decoded strings and parser structures: ~3x the text of a submission, plus ~8x its largest
  // document (HTML, measured: a header-less 100 MB HTML file peaked 1.1 GB over a bare worker),
  // plus what a header's fields become (companies: objects, then their copy for the writer).
  return (raw === content ? 0 : raw) + content * 4 + largestDocument * 8 + header * HEADER_COST;
}

/** Bytes held per byte of an SGML header past the text itself (measured, see docs/architecture.md). */
const HEADER_COST = 4;

/** The budget as seen by the pool: it owns the shared memory and frees what a dead worker held. */
export class MemoryBudget {
  readonly shared: SharedArrayBuffer;
  private readonly cells: Int32Array;
  private next = 0;

  constructor(readonly bytes: number) {
    this.shared = new SharedArrayBuffer((HOLDERS + 3) * 4);
    this.cells = new Int32Array(this.shared);
    this.cells[HOLDERS + 1] = Math.max(1, Math.ceil(bytes / KB));
  }

  /** A holder slot for a new worker. */
  allocate(): number {
    this.next = (this.next % HOLDERS) + 1;
    return this.next;
  }

  /** Frees what the (terminated) holder still held. */
  releaseHolder(holder: number): void {
    new BudgetHolder(this.shared, holder).release();
  }

  /** Bytes held right now, by all workers and by results not yet committed. */
  get used(): number {
    return Atomics.load(this.cells, TOTAL) * KB;
  }

  /** Bytes held by results handed over by the workers and not yet released by the writer. */
  get results(): number {
    return Atomics.load(this.cells, RESULTS) * KB;
  }

  /** Returns what a result held (`held` from BudgetHolder.handOver), once it is committed or dropped. */
  releaseResults(held: number): void {
    const kb = Math.min(Math.ceil(held / KB), Atomics.load(this.cells, RESULTS));
    if (kb <= 0) return;
    Atomics.sub(this.cells, RESULTS, kb);
    Atomics.sub(this.cells, TOTAL, kb);
    Atomics.notify(this.cells, TOTAL);
  }
}

/** One worker's side of the budget. */
export class BudgetHolder {
  private readonly cells: Int32Array;
  private readonly limitKb: number;

  constructor(
    shared: SharedArrayBuffer,
    private readonly holder: number,
  ) {
    this.cells = new Int32Array(shared);
    this.limitKb = this.cells[HOLDERS + 1]!;
  }

  /**
   * Makes this holder's reservation `bytes` (at most the whole budget). Shrinking returns the
   * difference at once; growing releases what is held, then waits until the rest of the
   * workers leave room (or hold nothing). `onWait` is called once if it has to wait; the
   * result says whether it waited.
   */
  hold(bytes: number, onWait?: () => void): boolean {
    const want = Math.min(this.limitKb, Math.max(0, Math.ceil(bytes / KB)));
    const held = Atomics.load(this.cells, this.holder);
    if (want <= held) {
      Atomics.sub(this.cells, TOTAL, held - want);
      Atomics.store(this.cells, this.holder, want);
      if (held !== want) Atomics.notify(this.cells, TOTAL);
      return false;
    }
    this.release();
    let waited = false;
    for (;;) {
      const used = Atomics.load(this.cells, TOTAL);
      if (used === 0 || used + want <= this.limitKb) {
        if (Atomics.compareExchange(this.cells, TOTAL, used, used + want) === used) break;
        continue;
      }
      if (!waited) onWait?.();
      waited = true;
      Atomics.wait(this.cells, TOTAL, used, RECHECK_MS);
    }
    Atomics.store(this.cells, this.holder, want);
    return waited;
  }

  /** Bytes this holder holds now. */
  get held(): number {
    return Atomics.load(this.cells, this.holder) * KB;
  }

  /**
   * Moves this holder's reservation to the results (still counted in the budget) and returns
   * the bytes moved: the writer releases them with MemoryBudget.releaseResults.
   */
  handOver(): number {
    const held = Atomics.exchange(this.cells, this.holder, 0);
    Atomics.add(this.cells, RESULTS, held);
    return held * KB;
  }

  release(): void {
    const held = Atomics.exchange(this.cells, this.holder, 0);
    if (held === 0) return;
    Atomics.sub(this.cells, TOTAL, held);
    Atomics.notify(this.cells, TOTAL);
  }
}
