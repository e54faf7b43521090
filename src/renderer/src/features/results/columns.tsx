// The result table's columns. To add one: append a Column here (hidden by default with
// `defaultVisible: false`); the column chooser, header, widths and remembered layout pick it
// up with no other change. `render` shows the cell, `title` is its full text on hover.
import type { ReactNode } from 'react';
import type { SearchResult, SortKey } from '../../../../shared/api/types';
import type { DateKind } from '../../../../shared/filing';
import { sectionName } from '../../../../shared/edgar/section-name';
import { shownCompany } from '../../../../shared/edgar/shown-company';
import { HighlightedText } from '../../components/HighlightedText';
import { shortCik } from '../../components/format';
import { focusSnippet } from './focusSnippet';

export type ColumnId =
  | 'filed'
  | 'form'
  | 'company'
  | 'cik'
  | 'period'
  | 'items'
  | 'accession'
  | 'fileNumber'
  | 'state'
  | 'sic'
  | 'dateKind'
  | 'section'
  | 'snippet';

export interface Column {
  id: ColumnId;
  label: string;
  /** Default width in pixels; the snippet column (else the company) also takes any spare room. */
  width: number;
  minWidth: number;
  sort?: Exclude<SortKey, 'relevance'>;
  /** Shown until the user picks otherwise (default true). */
  defaultVisible?: boolean;
  render: (row: SearchResult) => ReactNode;
  /** Plain text of the cell, for the tooltip. */
  title?: (row: SearchResult) => string;
}

const shown = (r: SearchResult) => shownCompany(r.formType, r.companies);
const ownersLine = (r: SearchResult) =>
  shown(r)
    .others.map((c) => c.name)
    .join('; ');

/** The company the row is listed (and sorted) under; a second line names the others (reporting owners). */
function CompanyCell({ row }: { row: SearchResult }) {
  const { primary, others, issuer } = shown(row);
  if (!primary) return <>—</>;
  return (
    <div className="two-line">
      <span className="line-1">
        <span className="company-name">{primary.name}</span>
        {issuer && primary.cik && <span className="muted cik-inline"> · CIK {shortCik(primary.cik)}</span>}
      </span>
      {others.length > 0 && (
        <span className="line-2 muted">
          {issuer ? 'Reporting: ' : ''}
          {others.map((c) => c.name).join('; ')}
        </span>
      )}
    </div>
  );
}

const companyTitle = (r: SearchResult) => {
  const { primary, others, issuer } = shown(r);
  const head = primary ? `${primary.name}${primary.cik ? ` (CIK ${shortCik(primary.cik)})` : ''}` : '';
  return others.length ? `${head}\n${issuer ? 'Reporting owners: ' : ''}${ownersLine(r)}` : head;
};

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

const DATE_KIND_LABEL: Record<DateKind, string> = { filed: 'filed', report: 'report' };
const DATE_KIND_TITLE: Record<DateKind, string> = {
  filed: 'The date is the filed date',
  report: 'The date is the date of report or period: no filed date is known',
};

export const COLUMNS: readonly Column[] = [
  // Id 'filed' kept so saved column layouts still apply; the cell shows the filing's date.
  { id: 'filed', label: 'Date', width: 150, minWidth: 70, sort: 'date', render: dateCell, title: dateTitle },
  {
    id: 'form',
    label: 'Form',
    width: 92,
    minWidth: 50,
    sort: 'form',
    render: (r) => r.formType ?? '—',
    title: (r) => r.formType ?? '',
  },
  {
    id: 'company',
    label: 'Company',
    width: 220,
    minWidth: 100,
    sort: 'company',
    render: (r) => <CompanyCell row={r} />,
    title: companyTitle,
  },
  {
    id: 'cik',
    label: 'CIK',
    width: 80,
    minWidth: 60,
    render: (r) => shortCik(shown(r).primary?.cik ?? null) || '—',
    title: (r) =>
      r.companies
        .map((c) => shortCik(c.cik))
        .filter((c, i, all) => c && all.indexOf(c) === i)
        .join('; '),
  },
  { id: 'period', label: 'Period', width: 102, minWidth: 70, sort: 'period', render: (r) => r.periodOfReport ?? '—' },
  {
    id: 'items',
    label: 'Items',
    width: 92,
    minWidth: 60,
    render: (r) => <span className="clamp-2">{r.items.join(', ') || '—'}</span>,
    title: (r) => r.items.join(', '),
  },
  {
    id: 'accession',
    label: 'Accession',
    width: 172,
    minWidth: 120,
    defaultVisible: false,
    render: (r) => r.accessionNumber ?? '—',
    title: (r) => r.accessionNumber ?? '',
  },
  {
    id: 'fileNumber',
    label: 'File number',
    width: 108,
    minWidth: 70,
    defaultVisible: false,
    render: (r) => r.fileNumber ?? '—',
    title: (r) => r.fileNumber ?? '',
  },
  {
    id: 'state',
    label: 'State',
    width: 64,
    minWidth: 48,
    defaultVisible: false,
    render: (r) => shown(r).primary?.state ?? '—',
    title: () => 'State of incorporation',
  },
  {
    id: 'sic',
    label: 'SIC',
    width: 64,
    minWidth: 48,
    defaultVisible: false,
    render: (r) => shown(r).primary?.sic ?? '—',
  },
  {
    id: 'dateKind',
    label: 'Date kind',
    width: 78,
    minWidth: 60,
    defaultVisible: false,
    render: (r) => (r.dateKind ? DATE_KIND_LABEL[r.dateKind] : '—'),
    title: (r) => (r.dateKind ? DATE_KIND_TITLE[r.dateKind] : ''),
  },
  {
    // The section (10-K Item 7, 10-Q Part I Item 2, 8-K Item 2.02) holding the snippet's first hit.
    id: 'section',
    label: 'Section',
    width: 150,
    minWidth: 70,
    defaultVisible: false,
    render: (r) =>
      r.section ? (
        <div className="two-line">
          <span className="line-1">{sectionName(r.section.code)}</span>
          <span className="line-2 muted">{r.section.title}</span>
        </div>
      ) : (
        '—'
      ),
    title: (r) => (r.section ? `${sectionName(r.section.code)}. ${r.section.title}` : ''),
  },
  {
    id: 'snippet',
    label: 'Snippet',
    width: 360,
    minWidth: 200,
    render: (r) => (
      <span className="clamp-2">
        <HighlightedText {...focusSnippet(r.snippet, r.snippetHits)} />
      </span>
    ),
    title: (r) => r.snippet,
  },
];

export const DEFAULT_VISIBLE: ColumnId[] = COLUMNS.filter((c) => c.defaultVisible !== false).map((c) => c.id);
