import type { ExportOutcome, ExportProgress } from '../../shared/api/types';
import { busy } from './errors';

export interface ExportJob {
  /** Asks where to write (the save dialog); null when dismissed. */
  choosePath: () => Promise<string | null>;
  write: (
    outPath: string,
    opts: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void },
  ) => Promise<{ rows: number; path: string }>;
  onProgress: (progress: ExportProgress) => void;
}

/** One CSV export at a time (dialog included, so two dialogs cannot race), cancellable. */
export class ExportRunner {
  private controller: AbortController | null = null;

  async run(job: ExportJob): Promise<ExportOutcome> {
    if (this.controller) throw busy('An export is already under way.');
    const controller = new AbortController();
    this.controller = controller;
    try {
      const outPath = await job.choosePath();
      if (outPath === null) return { path: null, rows: 0, cancelled: false };
      const { rows, path } = await job.write(outPath, { signal: controller.signal, onProgress: job.onProgress });
      return controller.signal.aborted ? { path: null, rows, cancelled: true } : { path, rows, cancelled: false };
    } catch (err) {
      if (controller.signal.aborted) return { path: null, rows: 0, cancelled: true };
      throw err;
    } finally {
      this.controller = null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }
}
