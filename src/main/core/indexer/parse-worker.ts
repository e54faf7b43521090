// Worker-thread entry (built to out/main/parseWorker.js): parses the files the indexer sends
// and posts the results back, transferring the deflated text buffers. Every file's memory is
// reserved in the pool's shared budget (workerData) before it is read; a filing's reservation
// goes with its result to the writer when the pool holds results (see memory-budget.ts).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { forTransfer } from '../store/prepared-filing';
import { BudgetHolder } from './memory-budget';
import { parseFile, type ParseBudget } from './parse-file';
import type { ParseJob, ParseNotice, ParseOutcome, ParseWorkerData } from './parse-protocol';

const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');
const data = workerData as ParseWorkerData | undefined;
const holder = data ? new BudgetHolder(data.budget, data.holder) : null;

/**
 * Returning a reservation must return the memory too: a large parse leaves its garbage in
 * this worker's heap until a collection, while another worker already spends the same budget
 * (4 files of 200 MB peaked 1.7 GB with a 1 GiB budget). After a large reservation the heap
 * is collected first (a collection costs a few ms: never after an ordinary filing), and for a
 * filing only once its message no longer holds the document texts. `gc` is reached through a
 * fresh context once the flag is set.
 */
const COLLECT_ABOVE = 256 * 1024 * 1024;
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * V8 keeps the last regular-expression match of a context (RegExp.lastMatch and friends),
 * and with it the string it matched in: after a 200 MB submission that kept 290 MB of text
 * alive through a collection (measured: the worker's heapUsed 297 MB after gc, 7 MB once a
 * trivial match replaced it), until the worker's next parse. A match on a short string lets
 * it go.
 */
const forgetLastMatch = () => /^$/.exec('');

port.on('message', (job: ParseJob) => {
  const notice = (kind: ParseNotice['kind']) => port.postMessage({ id: job.id, kind } satisfies ParseNotice);
  const budget: ParseBudget | undefined = holder
    ? {
        hold: (bytes, onWait) => holder.hold(bytes, onWait),
        // A filing's reservation is settled below, with its message.
        release: (outcome) => (outcome?.kind === 'filing' ? undefined : settle()),
        onWait: () => notice('waiting'),
        onRun: () => notice('running'),
      }
    : undefined;
  const outcome = parseFile(job, budget);
  if (outcome.kind !== 'filing') return port.postMessage(outcome);
  let transfer: ArrayBuffer[] = [];
  try {
    // The message keeps the texts as UTF-8 bytes to transfer; their strings become garbage here.
    ({ filing: outcome.filing, transfer } = forTransfer(outcome.filing));
  } finally {
    settle(outcome, () => port.postMessage(outcome, transfer));
  }
});

/**
 * Collects a large parse's garbage, returns the reservation (or, for a filing of a pool that
 * holds results, hands it over to the result: the writer returns it after the commit), posts
 * the outcome (`post`), and collects again what the message kept alive.
 */
function settle(outcome?: ParseOutcome, post?: () => void): void {
  const large = holder !== null && holder.held > COLLECT_ABOVE;
  // Before posting too: a message that is cloned, not transferred (a million companies), is
  // serialised here, better not beside the parse's garbage.
  if (large) {
    forgetLastMatch();
    collect();
  }
  if (holder && data?.holdResults && outcome?.kind === 'filing') outcome.held = holder.handOver();
  else holder?.release();
  post?.();
  // What the posted message kept alive (its texts: in this frame until it was posted).
  if (large && post) collect();
}
