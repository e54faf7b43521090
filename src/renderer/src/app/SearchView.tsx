import { memo, useCallback, useEffect, useState } from 'react';
import type { SearchResult, SortKey, SortOrder } from '../../../shared/api/types';
import { setFilter } from '../../../shared/query';
import { isApiError } from '../api/client';
import { Empty, ErrorState, Loading } from '../components/states';
import { HitsExportDialog } from '../features/export/HitsExportDialog';
import { ExportDialog } from '../features/export/ExportDialog';
import { FacetSidebar } from '../features/facets/FacetSidebar';
import { ResultsTable } from '../features/results/ResultsTable';
import { ResultsToolbar } from '../features/results/ResultsToolbar';
import { useColumnLayout } from '../features/results/useColumnLayout';
import { useResultPages } from '../features/results/useResultPages';
import { useSelection } from '../features/results/useSelection';
import { Timeline } from '../features/timeline/Timeline';
import { defaultOrder } from './useQueryState';

interface Props {
  query: string;
  canRank: boolean;
  sort: SortKey;
  order: SortOrder;
  changeToken: number;
  /** An indexing run is under way: an empty result may only mean "not yet". */
  indexing: boolean;
  /** The search box holds an invalid query: what is shown is for `query`, the last valid one. */
  stale: boolean;
  hidden: boolean;
  onSort: (sort: SortKey, order?: SortOrder) => void;
  onQuery: (update: (query: string) => string) => void;
  onOpen: (result: SearchResult) => void;
}

/** Facets, timeline and the results table of the current query. */
export const SearchView = memo(function SearchView({
  query,
  canRank,
  sort,
  order,
  changeToken,
  indexing,
  stale,
  hidden,
  onSort,
  onQuery,
  onOpen,
}: Props) {
  const results = useResultPages(query, sort, order, changeToken);
  const selection = useSelection();
  const layout = useColumnLayout(canRank);
  const [exporting, setExporting] = useState(false);
  const [exportingHits, setExportingHits] = useState(false);
  const { clear } = selection;

  useEffect(clear, [query, sort, order, clear]);

  const headerSort = useCallback(
    (key: SortKey) => onSort(key, key === sort ? (order === 'asc' ? 'desc' : 'asc') : defaultOrder(key)),
    [onSort, sort, order],
  );
  const onRange = useCallback(
    (from: string, to: string) => onQuery((q) => setFilter(q, 'date', `${from}..${to}`)),
    [onQuery],
  );
  const total = results.total ?? 0;
  const selected = selection.count(total);

  let body: React.ReactNode;
  if (results.error && results.total === null) {
    const syntax = isApiError(results.error) && results.error.code === 'query-syntax';
    body = <ErrorState error={results.error} title={syntax ? 'The query needs fixing' : 'Search failed'} />;
  } else if (results.total === null) {
    body = <Loading label="Searching…" />;
  } else if (results.total === 0) {
    body = (
      <Empty title={indexing ? 'No filings yet' : 'No filings match'}>
        {indexing
          ? 'Indexing is under way: filings appear here as they are indexed.'
          : query
            ? 'Try fewer words, a shorter phrase, or remove a filter.'
            : 'The archive holds no filings yet. Add a folder in the Library.'}
      </Empty>
    );
  } else {
    body = (
      <ResultsTable
        results={results}
        selection={selection}
        layout={layout}
        sort={sort}
        order={order}
        onSort={headerSort}
        onOpen={onOpen}
        resetKey={`${sort}:${order}:${query}`}
      />
    );
  }

  return (
    <div className="search-view" hidden={hidden}>
      <aside className={`sidebar${stale ? ' sidebar-stale' : ''}`}>
        <FacetSidebar facets={results.facets} notes={results.facetNotes} query={query} onQuery={onQuery} />
      </aside>
      <main className={`results-pane${stale ? ' results-stale' : ''}`} aria-label="Results" data-stale={stale}>
        {stale && (
          <p className="stale-note" data-testid="stale-note">
            Showing the results of the last valid query
            {query ? (
              <>
                {' '}
                (<code>{query}</code>)
              </>
            ) : (
              ''
            )}
            : fix the query above to update them.
          </p>
        )}
        <Timeline query={query} changeToken={changeToken} onRange={onRange} />
        <ResultsToolbar
          total={results.total}
          tookMs={results.tookMs}
          selected={selected}
          sort={sort}
          order={order}
          canRank={canRank}
          layout={layout}
          onSort={onSort}
          onSelectAll={selection.selectAll}
          onClearSelection={selection.clear}
          onExport={() => setExporting(true)}
          onExportHits={() => setExportingHits(true)}
        />
        <div className="results-body-wrap">{body}</div>
      </main>
      {exportingHits && <HitsExportDialog query={query} total={total} onClose={() => setExportingHits(false)} />}
      {exporting && (
        <ExportDialog
          query={query}
          sort={sort}
          order={order}
          total={total}
          selection={selection}
          selectedCount={selected}
          onClose={() => setExporting(false)}
        />
      )}
    </div>
  );
});
