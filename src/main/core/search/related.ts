// Filings related to one filing: the same company (CIK), the same SEC file number, and
// amendments (the same form with or without '/A', for the same company).
import type { RelatedFilings } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { loadResults } from './results';
import { stmt } from './statements';

const LIMIT = 50;

interface Base {
  cik: string | null;
  form: string | null;
}

export function related(db: Db, id: number): RelatedFilings {
  const base = stmt<[number], Base>(db, 'SELECT cik, form_type AS form FROM filings WHERE id = ?').get(id);
  if (!base) return { sameCompany: [], sameFileNumber: [], amendments: [] };
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
  let amendments: number[] = [];
  if (base.form && ciks.length) {
    const original = base.form.replace(/\/A$/i, '');
    amendments = stmt<[string, string, string, number, number], number>(
      db,
      `SELECT DISTINCT f.id FROM filings f JOIN companies c ON c.filing_id = f.id
       WHERE c.cik IN (SELECT value FROM json_each(?)) AND f.form_type IN (?, ?) AND f.id != ?
       ORDER BY f.filed_date DESC, f.id DESC LIMIT ?`,
    )
      .pluck()
      .all(JSON.stringify(ciks), original, `${original}/A`, id, LIMIT);
  }
  return {
    sameCompany: loadResults(db, sameCompany),
    sameFileNumber: loadResults(db, sameFileNumber),
    amendments: loadResults(db, amendments),
  };
}
