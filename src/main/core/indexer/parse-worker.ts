// Worker-thread entry (built to out/main/parseWorker.js): parses the files the indexer sends
// and posts the results back, transferring the deflated text buffers. Every file's memory is
// reserved in the pool's shared budget (workerData) before it is read.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { forTransfer } from '../store/prepared-filing';
import { BudgetHolder } from './memory-budget';
import { parseFile, type ParseBudget } from './parse-file';
import type { ParseJob, ParseNotice, ParseWorkerData } from './parse-protocol';

const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');
const data = workerData as ParseWorkerData | undefined;
const holder = data ? new BudgetHolder(data.budget, data.holder) : null;

/**
 * Returning a reservation must return the memory too: a large parse leaves its garbage in
 * this worker's heap until a collection, while another worker already spends the same budget
 * (4 files of 200 MB peaked 1.7 GB with a 1 GiB budget). After a large reservation the heap
 * is collected first (a collection costs a few ms: never after an ordinary filing). `gc` is
 * reached through a fresh context once the flag is set.
 */
const COLLECT_ABOVE = 256 * 1024 * 1024;
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

port.on('message', (job: ParseJob) => {
  const notice = (kind: ParseNotice['kind']) => port.postMessage({ id: job.id, kind } satisfies ParseNotice);
  const budget: ParseBudget | undefined = holder
    ? {
        hold: (bytes, onWait) => holder.hold(bytes, onWait),
        release: () => {
          if (holder.held > COLLECT_ABOVE) collect();
          holder.release();
        },
        onWait: () => notice('waiting'),
        onRun: () => notice('running'),
      }
    : undefined;
  const outcome = parseFile(job, budget);
  if (outcome.kind !== 'filing') return port.postMessage(outcome);
  const { filing, transfer } = forTransfer(outcome.filing);
  port.postMessage({ ...outcome, filing }, transfer);
});
