// Filings related to one filing: the same company (CIK), the same SEC file number, its
// amendment family (amendments.ts), and the previous and next filing of its company and form.
import type { RelatedFilings } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { amendmentFamily, baseForm, type FilingFacts } from './amendments';
import { loadResults } from './results';
import { stmt } from './statements';

const LIMIT = 50;

const EMPTY: RelatedFilings = { sameCompany: [], sameFileNumber: [], amendments: [], previous: null, next: null };

export function related(db: Db, id: number): RelatedFilings {
  const base = stmt<[number], FilingFacts>(
    db,
    'SELECT id, cik, form_type AS form, file_number AS fileNumber, period, date FROM filings WHERE id = ?',
  ).get(id);
  if (!base) return { ...EMPTY };
  const ciks = stmt<[number], string>(db, 'SELECT DISTINCT cik FROM companies WHERE filing_id = ? AND cik IS NOT NULL')
    .pluck()
    .all(id);
  const sameCompany = stmt<[string, number, number], number>(
    db,
    `SELECT DISTINCT f.id FROM filings f JOIN companies c ON c.filing_id = f.id
     WHERE c.cik IN (SELECT value FROM json_each(?)) AND f.id != ?
     ORDER BY f.filed_date DESC, f.id DESC LIMIT ?`,
  )
    .pluck()
    .all(JSON.stringify(ciks), id, LIMIT);
  const sameFileNumber = stmt<[number, number, number], number>(
    db,
    `SELECT DISTINCT f.id FROM filings f JOIN companies c ON c.filing_id = f.id
     WHERE c.file_number IN (SELECT file_number FROM companies WHERE filing_id = ? AND file_number IS NOT NULL)
       AND f.id != ? ORDER BY f.filed_date DESC, f.id DESC LIMIT ?`,
  )
    .pluck()
    .all(id, id, LIMIT);
  const [previous, next] = neighbours(db, base);
  const one = (fid: number | undefined) => (fid === undefined ? null : (loadResults(db, [fid])[0] ?? null));
  return {
    sameCompany: loadResults(db, sameCompany),
    sameFileNumber: loadResults(db, sameFileNumber),
    amendments: loadResults(db, amendmentFamily(db, base).slice(0, LIMIT)),
    previous: one(previous),
    next: one(next),
  };
}

/**
 * The filings of the same company (CIK) and form before and after this one by date (ties by
 * id). The form is the original's: an amendment's neighbours are its form's filings, and
 * amendments are not steps of the series.
 */
function neighbours(db: Db, f: FilingFacts): [number | undefined, number | undefined] {
  if (!f.cik || !f.form || !f.date) return [undefined, undefined];
  const form = baseForm(f.form);
  const step = (cmp: '<' | '>', order: 'DESC' | 'ASC') =>
    stmt<[string, string, string, string, number], number>(
      db,
      `SELECT id FROM filings WHERE cik = ? AND form_type = ? AND date IS NOT NULL
         AND (date ${cmp} ? OR (date = ? AND id ${cmp} ?))
       ORDER BY date ${order}, id ${order} LIMIT 1`,
    )
      .pluck()
      .get(f.cik!, form, f.date!, f.date!, f.id);
  return [step('<', 'DESC'), step('>', 'ASC')];
}
