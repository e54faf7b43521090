import type { ExportOutcome, ExportProgress } from '../../shared/api/types';
import { busy } from './errors';

export interface ExportJob {
  /** Asks where to write (the save dialog); null when dismissed. */
  choosePath: () => Promise<string | null>;
  write: (
    outPath: string,
    opts: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void },
  ) => Promise<{ rows: number; path: string; sidecarPath?: string }>;
  onProgress: (progress: ExportProgress) => void;
}

/**
 * One CSV export at a time (dialog included, so two dialogs cannot race), cancellable. Keeps
 * the paths its exports wrote: the only files "Show in folder" may reveal.
 */
export class ExportRunner {
  private controller: AbortController | null = null;
  private readonly written = new Set<string>();

  async run(job: ExportJob): Promise<ExportOutcome> {
    if (this.controller) throw busy('An export is already under way.');
    const controller = new AbortController();
    this.controller = controller;
    try {
      const outPath = await job.choosePath();
      if (outPath === null) return { path: null, rows: 0, cancelled: false };
      const { rows, path, sidecarPath } = await job.write(outPath, {
        signal: controller.signal,
        onProgress: job.onProgress,
      });
      if (controller.signal.aborted) return { path: null, rows, cancelled: true };
      this.written.add(path);
      if (sidecarPath) this.written.add(sidecarPath);
      return sidecarPath ? { path, rows, cancelled: false, sidecarPath } : { path, rows, cancelled: false };
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

  /** Whether an export of this session wrote `path` (exactly as it answered it). */
  wrote(path: string): boolean {
    return this.written.has(path);
  }
}
