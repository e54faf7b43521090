// The facts that identify and place a filing, settled once everything else is read: an
// accession number from the path when the bytes name none (so a later full submission of the
// same filing merges with it), and the one date every list, facet and timeline uses.
import { accessionFromPath } from '../edgar/accession-path';
import type { DateKind, Filing } from '../filing';

/** The filing's date: filed, else the date of report or period (an 8-K's date of report is its period). */
export function filingDate(f: Pick<Filing, 'filedDate' | 'periodOfReport'>): {
  date: string | null;
  dateKind: DateKind | null;
} {
  if (f.filedDate) return { date: f.filedDate, dateKind: 'filed' };
  if (f.periodOfReport) return { date: f.periodOfReport, dateKind: 'report' };
  return { date: null, dateKind: null };
}

/** An exhibit saved on its own is a document of the filing, never the filing: it takes no identity. */
const EXHIBIT = /^EX-/i;

/**
 * The accession number `path` gives a filing whose bytes name none. A file named for the
 * accession alone, or a downloader's primary-document/full-submission in a folder named for
 * it, is the filing. A name that merely ends with `_<accession>` (edgar-crawler's
 * `<CIK>_<FORM>_<YEAR>_<accession>.htm`, but also `EX-21_<accession>.txt`,
 * `ex_filing_fees_<accession>.html`) is taken only for a document that reads as a filing (a
 * form type that is not an exhibit's): two documents of one filing keyed alike would leave
 * only one searchable.
 */
function pathAccession(filing: Filing, path: string): string | null {
  if (filing.format === 'unknown' || (filing.formType && EXHIBIT.test(filing.formType))) return null;
  const found = accessionFromPath(path);
  if (!found) return null;
  if (found.from === 'suffix' && !filing.formType) return null;
  return found.accession;
}

export function settleIdentity(filing: Filing, path: string | null): void {
  if (!filing.accessionNumber && path) {
    const accession = pathAccession(filing, path);
    if (accession) {
      filing.accessionNumber = accession;
      filing.sources.accessionNumber = 'path';
    }
  }
  Object.assign(filing, filingDate(filing));
}
