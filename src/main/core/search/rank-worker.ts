// Worker-thread entry (built to out/main/rankWorker.js): a read-only connection that scores a
// range of a query's documents while the search thread does other work (rank-thread.ts).
import { workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { bestDocuments, documentsUpTo } from './best-documents';
import { READY, REPLIES, type RankReply, type RankRequest, type RankWorkerData } from './rank-messages';

const { dbPath, appRoot, port, state } = workerData as RankWorkerData;
const db = openDatabase(dbPath, { readonly: true, appRoot });
Atomics.store(state, READY, 1);

port.on('message', (req: RankRequest) => {
  let reply: RankReply;
  try {
    const { match, allowed, want, range } = req;
    const rows =
      'best' in want
        ? bestDocuments(db, match, allowed, want.best, range)
        : documentsUpTo(db, match, allowed, want.upTo, range);
    reply = { id: req.id, rows };
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply, 'rows' in reply ? [reply.rows.buffer as ArrayBuffer] : []);
  // After the post: a waiter that sees the count change finds the reply on its port.
  Atomics.add(state, REPLIES, 1);
  Atomics.notify(state, REPLIES);
});
