// A filing's amendment family: the original of a form and its amendments (`10-K` and
// `10-K/A`), as EDGAR ties them: the same company (CIK) and SEC file number, and the same
// period of report. EDGAR's header names no original, so the period decides: a 10-Q/A or a
// 13F-HR/A restates the report for the period of the report it amends, an 8-K/A keeps its
// 8-K's date of report. The exception is a schedule (SC 13D, SC 13G, SC TO-T, SC 14D9...):
// its date is the event that made the filer file, and each amendment reports a new event, so
// there the filers (the reporting persons) must be the same instead.
import { normalizeFormCode } from '../../../shared/edgar/form-codes';
import type { Db } from '../db/open';
import { stmt } from './statements';

export interface FilingFacts {
  id: number;
  cik: string | null;
  form: string | null;
  fileNumber: string | null;
  period: string | null;
  date: string | null;
}

/** The form without its amendment mark, in EDGAR's spelling (`10-K/A` -> `10-K`). */
export const baseForm = (form: string) => normalizeFormCode(form).replace(/\/A$/, '');

/** Schedules are dated by an event each amendment renews (see above). */
const isSchedule = (form: string) => /^SC /.test(form);

/** Both state a value and the values differ. */
const differ = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;

/**
 * The other members of `f`'s amendment family: for an original its amendments, for an
 * amendment its original and the other amendments of it; oldest first.
 */
export function amendmentFamily(db: Db, f: FilingFacts): number[] {
  if (!f.form || !f.cik) return [];
  const form = baseForm(f.form);
  const candidates = stmt<[string, string, string, number], FilingFacts>(
    db,
    `SELECT id, cik, form_type AS form, file_number AS fileNumber, period, date FROM filings
     WHERE cik = ? AND form_type IN (?, ?) AND id != ? ORDER BY date, id`,
  ).all(f.cik, form, `${form}/A`, f.id);
  const amendment = (x: FilingFacts) => /\/A$/.test(normalizeFormCode(x.form ?? ''));
  const filers = (id: number) =>
    stmt<[number], string>(
      db,
      "SELECT cik FROM companies WHERE filing_id = ? AND role = 'filed-by' AND cik IS NOT NULL",
    )
      .pluck()
      .all(id);
  const mine = isSchedule(form) ? new Set(filers(f.id)) : null;
  return candidates
    .filter((x) => amendment(x) || amendment(f)) // two originals are never one family
    .filter((x) => !differ(x.fileNumber, f.fileNumber))
    .filter((x) => {
      if (!mine) return !differ(x.period, f.period);
      const theirs = filers(x.id);
      return mine.size === 0 || theirs.length === 0 || theirs.some((c) => mine.has(c));
    })
    .map((x) => x.id);
}
