// What a correct export holds for one search result, computed here independently of the
// writer (its own joining, formula rule and number formatting), for the round-trip tests.
import type { Db } from '../../../../src/main/core/db/open';
import type { ExportColumn, SearchResult } from '../../../../src/shared/api/types';

/** OWASP's trigger characters, plus the full-width forms csv-stringify also guards. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function list(values: (string | null)[]): string {
  return values.some((v) => v) ? values.map((v) => v ?? '').join('; ') : '';
}

interface CompanyFacts {
  sic: string | null;
  state: string | null;
}

/** Reads the extra facts straight from the tables, one filing at a time (fine in a test). */
export function expectedCells(db: Db, r: SearchResult, columns: readonly ExportColumn[]): string[] {
  const companies = db
    .prepare<[number], CompanyFacts>('SELECT sic, state FROM companies WHERE filing_id = ? ORDER BY ord')
    .all(r.id);
  const filing = db
    .prepare<[number], { file_number: string | null; docs: number }>(
      'SELECT file_number, (SELECT count(*) FROM documents WHERE filing_id = f.id) AS docs FROM filings f WHERE id = ?',
    )
    .get(r.id)!;
  const text: Record<ExportColumn, string> = {
    accessionNumber: r.accessionNumber ?? '',
    formType: r.formType ?? '',
    filedDate: r.filedDate ?? '',
    periodOfReport: r.periodOfReport ?? '',
    companyName: list(r.companies.map((c) => c.name)),
    cik: list(r.companies.map((c) => c.cik)),
    role: list(r.companies.map((c) => c.role)),
    sic: list(companies.map((c) => c.sic)),
    state: list(companies.map((c) => c.state)),
    fileNumber: filing.file_number ?? '',
    items: r.items.join('; '),
    documentCount: String(filing.docs),
    path: r.paths.join('; '),
    score: r.score === null ? '' : String(r.score),
    snippet: r.snippet.split(/\s+/).filter(Boolean).join(' '),
    // The filing's date: filed, else the date of report or period.
    date: r.filedDate ?? r.periodOfReport ?? '',
    dateKind: r.filedDate ? 'filed' : r.periodOfReport ? 'report' : '',
  };
  // Numbers are written as numbers: never prefixed, even when negative.
  return columns.map((c) => (c === 'score' || c === 'documentCount' ? text[c] : neutralised(text[c])));
}
