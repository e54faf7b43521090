import { memo } from 'react';
import type { SortKey, SortOrder } from '../../../../shared/api/types';
import { formatCount, plural } from '../../components/format';
import { ColumnChooser } from './ColumnChooser';
import type { ColumnLayout } from './useColumnLayout';

const SORTS: [SortKey, string][] = [
  ['relevance', 'Relevance'],
  ['date', 'Date'],
  ['filed', 'Filed date'],
  ['period', 'Period'],
  ['company', 'Company'],
  ['form', 'Form type'],
];

interface Props {
  total: number | null;
  tookMs: number | null;
  selected: number;
  sort: SortKey;
  order: SortOrder;
  canRank: boolean;
  layout: ColumnLayout;
  onSort: (sort: SortKey, order?: SortOrder) => void;
  onSelectAll: () => void;
  onClearSelection: () => void;
  onExport: () => void;
  /** Keyword in context: every hit of a text query (absent: no such button). */
  onExportHits?: () => void;
}

/** Counts, selection, sort and column controls above the table. */
export const ResultsToolbar = memo(function ResultsToolbar(p: Props) {
  return (
    <div className="results-toolbar">
      <span className="results-count" role="status" data-testid="result-count">
        {p.total === null ? 'Searching…' : `${plural(p.total, 'filing')}`}
        {p.tookMs !== null && p.total !== null && <span className="muted"> · {Math.round(p.tookMs)} ms</span>}
      </span>
      {p.selected > 0 && (
        <span className="selection-count" data-testid="selection-count">
          {formatCount(p.selected)} selected
          <button type="button" className="link-button small" onClick={p.onClearSelection}>
            Clear
          </button>
        </span>
      )}
      <button type="button" className="btn btn-small" onClick={p.onSelectAll} disabled={!p.total}>
        Select all
      </button>
      <span className="spacer" />
      <label className="sort-control">
        <span className="muted">Sort</span>
        <select value={p.sort} onChange={(e) => p.onSort(e.target.value as SortKey)} aria-label="Sort by">
          {SORTS.filter(([k]) => k !== 'relevance' || p.canRank).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn btn-small btn-icon"
        onClick={() => p.onSort(p.sort, p.order === 'asc' ? 'desc' : 'asc')}
        aria-label={p.order === 'asc' ? 'Ascending; switch to descending' : 'Descending; switch to ascending'}
        title={p.order === 'asc' ? 'Ascending' : 'Descending'}
      >
        {p.order === 'asc' ? '↑' : '↓'}
      </button>
      <ColumnChooser layout={p.layout} />
      {p.onExportHits && (
        <button
          type="button"
          className="btn btn-small"
          onClick={p.onExportHits}
          disabled={!p.total || !p.canRank}
          title={p.canRank ? 'Every hit with the words around it, as CSV' : 'Needs words to find in the text'}
        >
          Export hits…
        </button>
      )}
      <button type="button" className="btn btn-small btn-primary" onClick={p.onExport} disabled={!p.total}>
        {p.selected > 0 ? `Export ${formatCount(p.selected)} selected…` : 'Export…'}
      </button>
    </div>
  );
});
