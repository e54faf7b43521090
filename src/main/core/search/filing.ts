// getFiling: everything the detail view shows about one filing, read back from the index.
import { FILING_COMPANIES_PAGE, type DocumentSummary, type FilingDetail } from '../../../shared/api/types';
import type {
  Address,
  Company,
  CompanyRole,
  DateKind,
  DocumentFormat,
  Exhibit,
  FileFormat,
  Item,
} from '../../../shared/filing';
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
  date: string | null;
  dateKind: DateKind | null;
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

/**
 * A page of a filing's companies in parse order, and how many it has: a filing may name a
 * million (an .nc of serial companies), so no answer carries them all.
 */
export function filingCompanies(
  db: Db,
  id: number,
  page: { offset: number; limit: number },
): { total: number; companies: Company[] } {
  const total = stmt<[number], number>(db, 'SELECT count(*) FROM companies WHERE filing_id = ?').pluck().get(id) ?? 0;
  const rows = stmt<[number, number, number], CompanyRow>(
    db,
    `SELECT role, name, cik, sic, irs_number AS irs, state, fiscal_year_end AS fye, file_number AS fileNumber,
       business_address AS business, mail_address AS mail, phone, former_names AS former
     FROM companies WHERE filing_id = ? ORDER BY ord LIMIT ? OFFSET ?`,
  ).all(id, page.limit, page.offset);
  return { total, companies: rows.map(company) };
}

/** Lists in the extra facts (other parties of an .nc: one per serial company) cut to a page. */
function cappedExtra(extra: FilingDetail['extra']): FilingDetail['extra'] {
  const capped: FilingDetail['extra'] = {};
  for (const [key, value] of Object.entries(extra)) {
    capped[key] =
      Array.isArray(value) && value.length > FILING_COMPANIES_PAGE
        ? [
            ...value.slice(0, FILING_COMPANIES_PAGE),
            `… and ${(value.length - FILING_COMPANIES_PAGE).toLocaleString('en-US')} more`,
          ]
        : value;
  }
  return capped;
}

export function getFiling(db: Db, id: number): FilingDetail | null {
  const f = stmt<[number], FilingRow>(
    db,
    `SELECT id, key, format, accession, form_type AS form, filed_date AS filed, period, acceptance,
       date, date_kind AS dateKind, meta_json AS meta
     FROM filings WHERE id = ?`,
  ).get(id);
  if (!f) return null;
  const companies = filingCompanies(db, id, { offset: 0, limit: FILING_COMPANIES_PAGE });
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
    date: f.date,
    dateKind: f.dateKind,
    companies: companies.companies,
    companiesTotal: companies.total,
    items,
    documents,
    exhibits,
    signatures: meta.signatures ?? [],
    sources: meta.sources ?? {},
    extra: cappedExtra(meta.extra ?? {}),
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
