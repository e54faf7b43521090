import type { IndexPhase, IndexProgress } from '../../../shared/api/types';

/** Accumulates a run's progress and reports it at most every `intervalMs` (and always on phase changes). */
export class ProgressMeter {
  /** Throughput is measured from the start of parsing, not of the scan. */
  private started = performance.now();
  private last = 0;
  private state: IndexProgress = {
    phase: 'scanning',
    filesDone: 0,
    filesTotal: 0,
    bytesDone: 0,
    bytesTotal: 0,
    currentFile: null,
    mbPerSecond: 0,
    etaSeconds: null,
    errors: 0,
    filings: 0,
    documents: 0,
    commits: 0,
  };

  constructor(
    private readonly emit: ((p: IndexProgress) => void) | undefined,
    private readonly intervalMs = 100,
  ) {}

  phase(phase: IndexPhase, patch: Partial<IndexProgress> = {}): void {
    if (phase === 'parsing') this.started = performance.now();
    this.update({ ...patch, phase }, true);
  }

  update(patch: Partial<IndexProgress>, force = false): void {
    this.state = { ...this.state, ...patch };
    if (!this.emit) return;
    const now = performance.now();
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const { bytesDone, bytesTotal } = this.state;
    const rate = seconds > 0 ? bytesDone / seconds : 0;
    this.emit({
      ...this.state,
      mbPerSecond: Math.round((rate / 1e6) * 10) / 10,
      etaSeconds: rate > 0 && bytesTotal >= bytesDone ? Math.round((bytesTotal - bytesDone) / rate) : null,
    });
  }

  get current(): IndexProgress {
    return this.state;
  }
}
