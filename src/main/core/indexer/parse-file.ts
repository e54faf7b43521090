import { createHash } from 'node:crypto';
import type { Filing } from '../../../shared/filing';
import { parseFiling } from '../../../shared/parser';
import { documentTooLarge, measureDocuments } from '../scan/documents';
import { DEFAULT_READ_LIMITS, readFileBytes } from '../scan/read-file';
import { NOT_A_FILING, sniffNonFiling } from '../scan/sniff';
import { prepareFiling } from '../store/prepared-filing';
import { parseCost } from './memory-budget';
import type { ParseJob, ParseOutcome } from './parse-protocol';

/** `npm run bench -- index` indexes once without the section index to measure its cost. */
const SECTIONS = process.env.EDGAR_BENCH_NO_SECTIONS !== '1';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The parse workers' shared memory budget, as one worker holds it (see memory-budget.ts). */
export interface ParseBudget {
  hold(bytes: number, onWait?: () => void): boolean;
  /** Returns the reservation, or hands it over to the outcome (`outcome.held`) when it is a filing. */
  release(outcome?: ParseOutcome): void;
  /** Told when a file waits for room in the budget, and when it runs after waiting. */
  onWait?: () => void;
  onRun?: () => void;
}

/**
 * Read, hash, inflate, sniff and parse one file: the whole of a parse worker's job. Never
 * throws. With a budget, the file's memory is reserved before it is read and returned after.
 */
export function parseFile(job: ParseJob, budget?: ParseBudget): ParseOutcome {
  let outcome: ParseOutcome | undefined;
  try {
    outcome = parseWithin(job, budget);
    return outcome;
  } finally {
    budget?.release(outcome);
  }
}

function parseWithin(job: ParseJob, budget?: ParseBudget): ParseOutcome {
  const { id } = job;
  const limits = { ...DEFAULT_READ_LIMITS, ...job.limits };
  // Before reading: the worst case of the bytes to be held (one header-less document).
  const reserve = (bytes: number) => {
    if (budget?.hold(parseCost(bytes, bytes, bytes), budget.onWait)) budget.onRun?.();
  };
  const read = readFileBytes(job.path, limits, budget && reserve);
  if (!read.ok) return { id, kind: 'error', hash: null, reason: read.reason };
  const hash = sha256(read.raw);
  if (job.knownHashes.includes(hash)) return { id, kind: 'known', hash };
  const junk = sniffNonFiling(read.content);
  if (junk) return { id, kind: 'error', hash, reason: junk };
  const sizes = measureDocuments(read.content);
  const tooLarge = documentTooLarge(sizes, limits);
  if (tooLarge) return { id, kind: 'error', hash, reason: tooLarge };
  // Now that the documents are known, keep only what this parse needs (never more than reserved).
  budget?.hold(parseCost(read.raw.length, read.content.length, sizes.largest, sizes.header));
  try {
    const filing = parseFiling(read.content, { path: job.path, sections: SECTIONS });
    const problem = unusable(filing);
    if (problem) return { id, kind: 'error', hash, reason: problem };
    const contentHash = read.gzipped ? sha256(read.content) : hash;
    return { id, kind: 'filing', hash, filing: prepareFiling(filing, contentHash) };
  } catch (err) {
    // parseFiling promises never to throw; this guards the preparation and any parser slip.
    return {
      id,
      kind: 'error',
      hash,
      reason: `could not be parsed (${err instanceof Error ? err.message : String(err)})`,
    };
  }
}

/** Why a parse result is not worth indexing, or null. */
export function unusable(filing: Filing): string | null {
  if (filing.format === 'unknown') {
    const why = filing.warnings[0]?.replace(/^not a filing:?\s*/i, '');
    return why ? `${NOT_A_FILING} (${why})` : NOT_A_FILING;
  }
  // A submission with a header is a filing even without text (header-only files exist); an
  // accession taken from the path says nothing about the bytes.
  if (filing.accessionNumber && filing.sources.accessionNumber !== 'path') return null;
  if (!readable(filing)) return 'no readable text (binary content or an unknown encoding)';
  return null;
}

/** Mostly letters, digits and punctuation of ASCII: what every EDGAR document is made of. */
function readable(filing: Filing): boolean {
  let sample = '';
  for (const d of filing.documents) {
    sample += d.text.slice(0, 65536 - sample.length);
    if (sample.length >= 65536) break;
  }
  const visible = sample.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  const ascii = visible.replace(/[^\x21-\x7e]/g, '').length;
  return ascii / visible.length >= 0.6;
}
