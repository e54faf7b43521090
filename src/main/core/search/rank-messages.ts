// Messages between the search thread and the ranking thread (rank-thread.ts, rank-worker.ts).
import type { MessagePort } from 'node:worker_threads';
import type { DocRange, ScoredDocs } from './best-documents';

export interface RankWorkerData {
  dbPath: string;
  appRoot?: string;
  /** Replies come back on this port (read synchronously with receiveMessageOnPort). */
  port: MessagePort;
  /** Shared Int32Array: [READY, REPLIES] (see below). */
  state: Int32Array;
}

/** state[READY] becomes 1 once the worker's connection is open. */
export const READY = 0;
/** state[REPLIES] counts replies posted; the search thread waits on it. */
export const REPLIES = 1;

/** The best `best` documents (bestDocuments), or every one scoring at most `upTo` (documentsUpTo). */
export type RankWant = { best: number } | { upTo: number };

export interface RankRequest {
  id: number;
  match: string;
  allowed: Uint8Array | null;
  want: RankWant;
  range: DocRange | null;
}

export type RankReply = { id: number; rows: ScoredDocs } | { id: number; error: string };
