// Messages between the indexer (writer) and its parse workers.
import type { ReadLimits } from '../scan/read-file';
import type { PreparedFiling } from '../store/prepared-filing';

export interface ParseJob {
  id: number;
  path: string;
  /**
   * Hashes the database already holds for files of this size. When the file's hash is one of
   * them (a touch, a move, a copy) the worker answers 'known' and skips the parse.
   */
  knownHashes: string[];
  limits: Partial<ReadLimits>;
}

export type ParseOutcome =
  | { id: number; kind: 'known'; hash: string }
  | { id: number; kind: 'error'; hash: string | null; reason: string }
  | {
      id: number;
      kind: 'filing';
      hash: string;
      filing: PreparedFiling;
      /**
       * Bytes of the memory budget the parse handed over to this result (pools with
       * `holdResults`): counted until the consumer calls ParsePool.written with it.
       */
      held?: number;
    };

/**
 * Sent while a job waits for room in the memory budget ('waiting') and when it goes on
 * ('running'): its parse timeout does not run while it waits.
 */
export interface ParseNotice {
  id: number;
  kind: 'waiting' | 'running';
}

/** A parse worker's workerData: the pool's shared memory budget and its own holder slot in it. */
export interface ParseWorkerData {
  budget: SharedArrayBuffer;
  holder: number;
  /** A filing's reservation is handed over to its result instead of returned (see memory-budget.ts). */
  holdResults: boolean;
}
