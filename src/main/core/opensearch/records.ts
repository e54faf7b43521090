// Filing records for the OpenSearch index, read from the SQLite catalog of record (the same
// rows and stored texts search reads), so both backends index exactly the same facts and text.
import { inflateRawSync } from 'node:zlib';
import type { Db } from '../db/open';
import { normalizeFormCode } from '../../../shared/edgar/form-codes';
import { foldText } from '../../../shared/query/text';
import { ftsHead } from '../store/prepared-filing';

/**
 * One section of a document (the sections table): its code, its title folded as section:
 * filters compare it, and its part of the body text, so a query can ask for terms inside it.
 */
export interface SectionRecord {
  code: string;
  title: string;
  text: string;
}

export interface DocumentRecord {
  id: number;
  ord: number;
  type: string | null;
  head: string;
  body: string;
  /** Present only on documents that have sections (the record of any other stays as it was). */
  sections?: SectionRecord[];
}

export interface FilingRecord {
  id: number;
  key: string;
  accession: string | null;
  form: string | null;
  formCode: string | null;
  year: number | null;
  filed: string | null;
  period: string | null;
  date: string | null;
  dateYear: string | null;
  dateMonth: string | null;
  company: string | null;
  companySort: string | null;
  cik: string | null;
  names: string[];
  ciks: string[];
  states: string[];
  sics: string[];
  items: string[];
  exhibits: string[];
  paths: string[];
  documents: DocumentRecord[];
}

interface FilingRow {
  id: number;
  key: string;
  accession: string | null;
  form_type: string | null;
  year: number | null;
  filed_date: string | null;
  period: string | null;
  date: string | null;
  company_name: string | null;
  cik: string | null;
}

const distinct = (xs: (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

/** The record of one filing, or null when it is gone. */
export function filingRecord(db: Db, id: number): FilingRecord | null {
  const f = db
    .prepare<[number], FilingRow>(
      'SELECT id, key, accession, form_type, year, filed_date, period, date, company_name, cik FROM filings WHERE id = ?',
    )
    .get(id);
  if (!f) return null;
  const companies = db
    .prepare<[number], { name: string | null; cik: string | null; state: string | null; sic: string | null }>(
      'SELECT name, cik, state, sic FROM companies WHERE filing_id = ? ORDER BY ord',
    )
    .all(id);
  const names = distinct(companies.map((c) => c.name));
  const column = (sql: string) => db.prepare<[number], string>(sql).pluck().all(id);
  const docs = db
    .prepare<[number], { id: number; ord: number; type: string | null; description: string | null; z: Buffer | null }>(
      `SELECT d.id, d.ord, d.type, d.description, t.z FROM documents d LEFT JOIN doc_text t ON t.doc_id = d.id
       WHERE d.filing_id = ? ORDER BY d.ord`,
    )
    .all(id);
  const exhibitNumbers = column('SELECT number FROM exhibits WHERE filing_id = ?');
  const sections = db
    .prepare<[number], { docId: number; code: string; title: string; start: number; end: number }>(
      'SELECT doc_id AS docId, code, title, start, "end" FROM sections WHERE filing_id = ? ORDER BY doc_id, start, code',
    )
    .all(id);
  return {
    id: f.id,
    key: f.key,
    accession: f.accession,
    form: f.form_type,
    formCode: f.form_type ? normalizeFormCode(f.form_type) : null,
    year: f.year,
    filed: f.filed_date,
    period: f.period,
    date: f.date,
    dateYear: f.date && f.date.length >= 4 ? f.date.slice(0, 4) : null,
    dateMonth: f.date && f.date.length >= 7 ? f.date.slice(0, 7) : null,
    company: f.company_name,
    companySort: f.company_name ? f.company_name.toLowerCase() : null,
    cik: f.cik,
    names: names.map(foldText),
    ciks: distinct(companies.map((c) => c.cik)),
    states: distinct(companies.map((c) => c.state)),
    sics: distinct(companies.map((c) => c.sic)),
    items: column('SELECT code FROM items WHERE filing_id = ? ORDER BY code'),
    exhibits: distinct([...docs.map((d) => d.type), ...exhibitNumbers.map((n) => `EX-${n}`)]),
    paths: distinct(column('SELECT path FROM files WHERE filing_id = ?').map(foldText)),
    documents: docs.map((d) => {
      const body = d.z ? inflateRawSync(d.z).toString('utf8') : '';
      const own = sections.filter((s) => s.docId === d.id);
      return {
        id: d.id,
        ord: d.ord,
        type: d.type,
        head: ftsHead(f.form_type, names.join(' '), d.type, d.description),
        body,
        ...(own.length ? { sections: own.map((s) => sectionRecord(body, s)) } : {}),
      };
    }),
  };
}

/** A section's record: its own slice of the body text (offsets are the stored text's). */
function sectionRecord(body: string, s: { code: string; title: string; start: number; end: number }): SectionRecord {
  return { code: s.code, title: foldText(s.title), text: body.slice(s.start, s.end) };
}

/** Every filing id, ascending. */
export function filingIds(db: Db): number[] {
  return db.prepare<[], number>('SELECT id FROM filings ORDER BY id').pluck().all();
}
