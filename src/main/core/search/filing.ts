// getFiling: everything the detail view shows about one filing, read back from the index.
import type { DocumentSummary, FilingDetail } from '../../../shared/api/types';
import type { Address, Company, CompanyRole, DocumentFormat, Exhibit, FileFormat, Item } from '../../../shared/filing';
import type { Db } from '../db/open';
import { stmt } from './statements';

interface FilingRow {
  id: number;
  key: string;
  format: FileFormat;
  accession: string | null;
  form: string | null;
  filed: string | null;
  period: string | null;
  acceptance: string | null;
  meta: string;
}

interface CompanyRow {
  role: CompanyRole;
  name: string | null;
  cik: string | null;
  sic: string | null;
  irs: string | null;
  state: string | null;
  fye: string | null;
  fileNumber: string | null;
  business: string | null;
  mail: string | null;
  phone: string | null;
  former: string;
}

/** JSON written by the indexer; a damaged value reads as `fallback` rather than failing the view. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return (JSON.parse(text) as T) ?? fallback;
  } catch {
    return fallback;
  }
}

function company(r: CompanyRow): Company {
  return {
    role: r.role,
    name: r.name,
    cik: r.cik,
    sic: r.sic,
    irsNumber: r.irs,
    stateOfIncorporation: r.state,
    fiscalYearEnd: r.fye,
    fileNumber: r.fileNumber,
    businessAddress: parseJson<Address | null>(r.business, null),
    mailAddress: parseJson<Address | null>(r.mail, null),
    phone: r.phone,
    formerNames: parseJson(r.former, []),
  };
}

export function getFiling(db: Db, id: number): FilingDetail | null {
  const f = stmt<[number], FilingRow>(
    db,
    `SELECT id, key, format, accession, form_type AS form, filed_date AS filed, period, acceptance, meta_json AS meta
     FROM filings WHERE id = ?`,
  ).get(id);
  if (!f) return null;
  const companies = stmt<[number], CompanyRow>(
    db,
    `SELECT role, name, cik, sic, irs_number AS irs, state, fiscal_year_end AS fye, file_number AS fileNumber,
       business_address AS business, mail_address AS mail, phone, former_names AS former
     FROM companies WHERE filing_id = ? ORDER BY ord`,
  ).all(id);
  const items = stmt<[number], Item>(db, 'SELECT code, title FROM items WHERE filing_id = ? ORDER BY code').all(id);
  const documents = stmt<[number], DocumentSummary & { format: DocumentFormat }>(
    db,
    `SELECT id, sequence, type, filename, description, format, text_chars AS textChars
     FROM documents WHERE filing_id = ? ORDER BY ord`,
  ).all(id);
  const exhibits = stmt<[number], Exhibit>(
    db,
    'SELECT number, description FROM exhibits WHERE filing_id = ? ORDER BY rowid',
  ).all(id);
  const paths = stmt<[number], string>(db, 'SELECT path FROM files WHERE filing_id = ? ORDER BY path').pluck().all(id);
  const meta = parseJson<
    Partial<Pick<FilingDetail, 'signatures' | 'sources' | 'extra' | 'warnings' | 'sectionsUnresolved'>>
  >(f.meta, {});
  return {
    id: f.id,
    key: f.key,
    format: f.format,
    accessionNumber: f.accession,
    formType: f.form,
    filedDate: f.filed,
    periodOfReport: f.period,
    acceptanceDateTime: f.acceptance,
    companies: companies.map(company),
    items,
    documents,
    exhibits,
    signatures: meta.signatures ?? [],
    sources: meta.sources ?? {},
    extra: meta.extra ?? {},
    warnings: meta.warnings ?? [],
    sections: stmt<[number], FilingDetail['sections'][number]>(
      db,
      `SELECT d.ord AS document, s.code, s.title, s.start, s."end" AS "end", s.confidence
       FROM sections s JOIN documents d ON d.id = s.doc_id WHERE s.filing_id = ? ORDER BY d.ord, s.start, s.rowid`,
    ).all(id),
    sectionsUnresolved: meta.sectionsUnresolved ?? [],
    paths,
  };
}
