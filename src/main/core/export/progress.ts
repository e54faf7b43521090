// Progress reports at most every `intervalMs` (a 100,000-row export would otherwise send
// thousands of IPC events), plus the first and the final one so a bar starts and ends.
import type { ExportProgress } from '../../../shared/api/types';

export interface ProgressTracker {
  add(rows: number): void;
  /** Reports the final count; the total becomes the rows actually written. */
  finish(): void;
  readonly rowsDone: number;
}

export function trackProgress(
  rowsTotal: number,
  onProgress: ((p: ExportProgress) => void) | undefined,
  intervalMs = 100,
  now: () => number = Date.now,
): ProgressTracker {
  let rowsDone = 0;
  let lastAt = -Infinity;
  const report = (force: boolean) => {
    if (!onProgress) return;
    const t = now();
    if (!force && t - lastAt < intervalMs) return;
    lastAt = t;
    onProgress({ rowsDone, rowsTotal: Math.max(rowsTotal, rowsDone) });
  };
  report(true);
  return {
    add(rows) {
      rowsDone += rows;
      report(false);
    },
    finish() {
      rowsTotal = rowsDone;
      report(true);
    },
    get rowsDone() {
      return rowsDone;
    },
  };
}
