import type { ReactNode } from 'react';
import type { SearchResult, SortKey } from '../../../../shared/api/types';
import { HighlightedText } from '../../components/HighlightedText';
import { shortCik } from '../../components/format';
import { focusSnippet } from './focusSnippet';

export type ColumnId = 'filed' | 'form' | 'company' | 'cik' | 'period' | 'items' | 'snippet';

export interface Column {
  id: ColumnId;
  label: string;
  /** Default width in pixels; the snippet column also takes any spare room. */
  width: number;
  minWidth: number;
  sort?: Exclude<SortKey, 'relevance'>;
  render: (row: SearchResult) => ReactNode;
  /** Plain text of the cell, for the tooltip. */
  title?: (row: SearchResult) => string;
}

const companyNames = (row: SearchResult) =>
  row.companies
    .map((c) => c.name)
    .filter(Boolean)
    .join('; ');

/** The filing's date; one that is not a filed date (a header-less document's date of report) says so. */
function dateCell(r: SearchResult): ReactNode {
  if (!r.date) return '—';
  if (r.dateKind !== 'report') return r.date;
  return (
    <>
      {r.date} <span className="date-kind">report</span>
    </>
  );
}

const dateTitle = (r: SearchResult) =>
  r.dateKind === 'report' ? `${r.date}: date of report or period (no filed date is known)` : (r.date ?? '');

export const COLUMNS: readonly Column[] = [
  // Id 'filed' kept so saved column layouts still apply; the cell shows the filing's date.
  { id: 'filed', label: 'Date', width: 150, minWidth: 70, sort: 'date', render: dateCell, title: dateTitle },
  { id: 'form', label: 'Form', width: 88, minWidth: 50, sort: 'form', render: (r) => r.formType ?? '—' },
  {
    id: 'company',
    label: 'Company',
    width: 240,
    minWidth: 100,
    sort: 'company',
    render: (r) => companyNames(r) || '—',
    title: companyNames,
  },
  {
    id: 'cik',
    label: 'CIK',
    width: 84,
    minWidth: 60,
    render: (r) => r.companies.map((c) => shortCik(c.cik)).find(Boolean) ?? '—',
    title: (r) =>
      r.companies
        .map((c) => shortCik(c.cik))
        .filter(Boolean)
        .join('; '),
  },
  { id: 'period', label: 'Period', width: 96, minWidth: 70, sort: 'period', render: (r) => r.periodOfReport ?? '—' },
  {
    id: 'items',
    label: 'Items',
    width: 84,
    minWidth: 60,
    render: (r) => r.items.join(', ') || '—',
    title: (r) => r.items.join(', '),
  },
  {
    id: 'snippet',
    label: 'Snippet',
    width: 360,
    minWidth: 120,
    render: (r) => <HighlightedText {...focusSnippet(r.snippet, r.snippetHits)} />,
    title: (r) => r.snippet,
  },
];

export const DEFAULT_VISIBLE: ColumnId[] = COLUMNS.map((c) => c.id);
