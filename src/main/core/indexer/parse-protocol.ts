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
  limits: ReadLimits;
}

export type ParseOutcome =
  | { id: number; kind: 'known'; hash: string }
  | { id: number; kind: 'error'; hash: string | null; reason: string }
  | { id: number; kind: 'filing'; hash: string; filing: PreparedFiling };
