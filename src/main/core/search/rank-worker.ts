// Worker-thread entry (built to out/main/rankWorker.js): a read-only connection that fetches
// the best documents of a query while the search thread matches and counts (rank-thread.ts).
import { workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { bestDocuments } from './best-documents';
import { READY, REPLIES, type RankReply, type RankRequest, type RankWorkerData } from './rank-messages';

const { dbPath, appRoot, port, state } = workerData as RankWorkerData;
const db = openDatabase(dbPath, { readonly: true, appRoot });
Atomics.store(state, READY, 1);

port.on('message', (req: RankRequest) => {
  let reply: RankReply;
  try {
    reply = { id: req.id, rows: bestDocuments(db, req.match, req.allowed, req.k, req.range) };
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply, 'rows' in reply ? [reply.rows.buffer as ArrayBuffer] : []);
  // After the post: a waiter that sees the count change finds the reply on its port.
  Atomics.add(state, REPLIES, 1);
  Atomics.notify(state, REPLIES);
});
