// What each export column holds for one search result. Values stay typed (numbers as
// numbers) so the CSV writer can tell a numeric score from text that merely looks like one.
import type { ExportColumn, SearchResult } from '../../../shared/api/types';
import type { FilingExtras } from './filing-extras';

export type Cell = string | number | null;

/** Several values in one cell (companies, items, paths) are joined with this, as the issue asks. */
export const LIST_SEPARATOR = '; ';

/** Columns whose values are not in SearchResult and must be read from the database. */
export const EXTRA_COLUMNS: ReadonlySet<ExportColumn> = new Set(['sic', 'state', 'fileNumber', 'documentCount']);

/**
 * Joins per-company values. Blanks keep their slot so the n-th value of every company
 * column (name, cik, role, sic, state) describes the same company; a list of blanks is null.
 */
export function joinList(values: readonly (string | null | undefined)[]): string | null {
  if (!values.some((v) => v)) return null;
  return values.map((v) => v ?? '').join(LIST_SEPARATOR);
}

/** Snippets come from laid-out document text; one line reads better in a spreadsheet cell. */
export function snippetText(snippet: string): string {
  return snippet.replace(/\s+/g, ' ').trim();
}

/** The cells of one row, in `columns` order. */
export function rowCells(r: SearchResult, extras: FilingExtras | undefined, columns: readonly ExportColumn[]): Cell[] {
  return columns.map((column) => cell(r, extras, column));
}

function cell(r: SearchResult, extras: FilingExtras | undefined, column: ExportColumn): Cell {
  switch (column) {
    case 'accessionNumber':
      return r.accessionNumber;
    case 'formType':
      return r.formType;
    case 'filedDate':
      return r.filedDate;
    case 'periodOfReport':
      return r.periodOfReport;
    case 'companyName':
      return joinList(r.companies.map((c) => c.name));
    case 'cik':
      return joinList(r.companies.map((c) => c.cik));
    case 'role':
      return joinList(r.companies.map((c) => c.role));
    case 'sic':
      return joinList(r.companies.map((_, i) => extras?.companies[i]?.sic));
    case 'state':
      return joinList(r.companies.map((_, i) => extras?.companies[i]?.state));
    case 'fileNumber':
      return extras?.fileNumber ?? null;
    case 'documentCount':
      return extras?.documentCount ?? null;
    case 'items':
      return joinList(r.items);
    case 'path':
      return joinList(r.paths);
    case 'score':
      return r.score;
    case 'snippet':
      return snippetText(r.snippet);
    case 'date':
      return r.date;
    case 'dateKind':
      return r.dateKind;
  }
}
