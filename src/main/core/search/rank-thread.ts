// A second read-only connection on a worker thread. At 100,000 filings, scoring the documents
// of "stock" takes SQLite ~35 ms while matching, counting and facets take ~8 ms more: the
// ranking thread scores most documents while this thread does the rest and then scores the
// others (rank-split.ts). search() stays synchronous: it
// blocks on a shared counter (Atomics.wait) and reads the reply with receiveMessageOnPort;
// where a thread may not block (Atomics.wait throws there) it polls the counter instead.
// Whenever the thread cannot answer (still starting, gone, an error) the caller ranks itself.
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import type { Db } from '../db/open';
import { startWorker, workerEntry } from '../worker-entry';
import type { DocRange, ScoredDocs } from './best-documents';
import { READY, REPLIES, type RankReply, type RankRequest, type RankWant, type RankWorkerData } from './rank-messages';

/** A reply slower than this means the thread is stuck; it is dropped and never used again. */
const TIMEOUT_MS = 60_000;

export class RankThread {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private nextId = 1;
  private broken = false;
  private canBlock = true;
  /** Atomics.wait, unless a test stands in for a thread that may not block. */
  private readonly block: typeof Atomics.wait;

  constructor(dbPath: string, appRoot?: string, opts: { block?: typeof Atomics.wait } = {}) {
    this.block = opts.block ?? Atomics.wait;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const data: RankWorkerData = { dbPath, appRoot, port: port2, state: this.state };
    this.worker = startWorker(workerEntry('rankWorker'), { workerData: data, transferList: [port2] });
    this.worker.on('error', () => (this.broken = true));
    this.worker.on('exit', () => (this.broken = true));
    // Neither keeps a CLI or test process alive.
    this.worker.unref();
    this.port.unref();
  }

  /** True once the thread's connection is open and it has not failed. */
  get ready(): boolean {
    return !this.broken && Atomics.load(this.state, READY) === 1;
  }

  /** Replies the thread has posted so far. */
  get replies(): number {
    return Atomics.load(this.state, REPLIES);
  }

  /**
   * Starts fetching the best `k` documents (of `range`); the returned function blocks until
   * they arrive, and gives null when the thread could not answer.
   */
  bestDocuments(
    match: string,
    allowed: Uint8Array | null,
    k: number,
    range: DocRange | null = null,
  ): () => ScoredDocs | null {
    return this.request(match, allowed, { best: k }, range);
  }

  /** As bestDocuments, for every document scoring at most `bound`. */
  documentsUpTo(
    match: string,
    allowed: Uint8Array | null,
    bound: number,
    range: DocRange | null = null,
  ): () => ScoredDocs | null {
    return this.request(match, allowed, { upTo: bound }, range);
  }

  private request(match: string, allowed: Uint8Array | null, want: RankWant, range: DocRange | null) {
    if (!this.ready) return () => null;
    const id = this.nextId++;
    const req: RankRequest = { id, match, allowed, want, range };
    this.port.postMessage(req);
    return () => this.wait(id);
  }

  private wait(id: number): ScoredDocs | null {
    const deadline = performance.now() + TIMEOUT_MS;
    for (;;) {
      // Read the counter before the port: a reply posted in between changes it, so the wait returns.
      const seen = Atomics.load(this.state, REPLIES);
      for (let r = receiveMessageOnPort(this.port); r; r = receiveMessageOnPort(this.port)) {
        const reply = r.message as RankReply;
        if (reply.id !== id) continue; // an abandoned request's reply
        return 'rows' in reply ? reply.rows : null;
      }
      const left = deadline - performance.now();
      if (this.broken || left <= 0) {
        this.broken = true;
        return null;
      }
      if (this.canBlock) {
        try {
          this.block(this.state, REPLIES, seen, Math.min(left, 1000));
        } catch {
          this.canBlock = false;
        }
      }
    }
  }

  async close(): Promise<void> {
    this.broken = true;
    this.port.close();
    await this.worker.terminate();
  }
}

const threads = new WeakMap<Db, RankThread>();

/**
 * Gives `db` a ranking thread (long-lived processes: the app, the bench). Only for a database
 * file: an in-memory one cannot be opened twice.
 */
export function startRankThread(db: Db, appRoot?: string): RankThread | null {
  if (db.memory || !db.name) return null;
  let t = threads.get(db);
  if (!t) threads.set(db, (t = new RankThread(db.name, appRoot)));
  return t;
}

export function rankThreadOf(db: Db): RankThread | undefined {
  return threads.get(db);
}

export async function stopRankThread(db: Db): Promise<void> {
  const t = threads.get(db);
  threads.delete(db);
  await t?.close();
}
