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

export const COLUMNS: readonly Column[] = [
  { id: 'filed', label: 'Filed', width: 96, minWidth: 70, sort: 'filed', render: (r) => r.filedDate ?? '—' },
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
