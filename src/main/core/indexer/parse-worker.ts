// Worker-thread entry (built to out/main/parseWorker.js): parses the files the indexer sends
// and posts the results back, transferring the deflated text buffers.
import { parentPort } from 'node:worker_threads';
import { forTransfer } from '../store/prepared-filing';
import { parseFile } from './parse-file';
import type { ParseJob } from './parse-protocol';

const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');
port.on('message', (job: ParseJob) => {
  const outcome = parseFile(job);
  if (outcome.kind !== 'filing') return port.postMessage(outcome);
  const { filing, transfer } = forTransfer(outcome.filing);
  port.postMessage({ ...outcome, filing }, transfer);
});
