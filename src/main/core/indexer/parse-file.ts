import { createHash } from 'node:crypto';
import type { Filing } from '../../../shared/filing';
import { parseFiling } from '../../../shared/parser';

import { readFileBytes } from '../scan/read-file';
import { NOT_A_FILING, sniffNonFiling } from '../scan/sniff';
import { prepareFiling } from '../store/prepared-filing';
import type { ParseJob, ParseOutcome } from './parse-protocol';

/** `npm run bench -- index` indexes once without the section index to measure its cost. */
const SECTIONS = process.env.EDGAR_BENCH_NO_SECTIONS !== '1';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Read, hash, inflate, sniff and parse one file: the whole of a parse worker's job. Never throws. */
export function parseFile(job: ParseJob): ParseOutcome {
  const { id } = job;
  const read = readFileBytes(job.path, job.limits);
  if (!read.ok) return { id, kind: 'error', hash: null, reason: read.reason };
  const hash = sha256(read.raw);
  if (job.knownHashes.includes(hash)) return { id, kind: 'known', hash };
  const junk = sniffNonFiling(read.content);
  if (junk) return { id, kind: 'error', hash, reason: junk };
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
  // A submission with a header is a filing even without text (header-only files exist).
  if (filing.accessionNumber) return null;
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
