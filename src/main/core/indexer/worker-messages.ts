// Messages between startIndexWorker (the app's main thread) and the index worker.
import type { IndexProgress, IndexSummary } from '../../../shared/api/types';
import type { ReadLimits } from '../scan/read-file';

export interface IndexWorkerData {
  dbPath: string;
  roots: string[];
  parseWorkers?: number;
  limits?: Partial<ReadLimits>;
  /** The app root (native/ lives there), passed on to openDatabase. */
  appRoot?: string;
}

export type ToIndexWorker = { type: 'cancel' };

export type FromIndexWorker =
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'done'; summary: IndexSummary }
  | { type: 'failed'; message: string; name: string };
