// Files the indexer did not index, in two kinds: real errors (the file could not be read or
// parsed) and files skipped because they are not filings. The indexer writes the latter's
// reason as "not an EDGAR filing (<class>)" (core/scan/sniff.ts, core/indexer/parse-file.ts);
// one rule reads the kind back, so archives indexed before the distinction read the same way.
import type { FileErrorKind } from './types';

export const NOT_A_FILING = 'not an EDGAR filing';

export const errorKind = (reason: string): FileErrorKind =>
  reason.startsWith(NOT_A_FILING) ? 'not-a-filing' : 'error';

/**
 * A reason without its details, to group by: "text too large (300 MB; ...)" -> "text too
 * large"; for a file that is not a filing, its class ("an EDGAR index file").
 */
export function reasonGroup(reason: string): string {
  if (reason.startsWith(NOT_A_FILING)) return /\((.*)\)\s*$/.exec(reason)?.[1] ?? 'not a filing';
  return reason.replace(/\s*\(.*\)\s*$/, '') || reason;
}
