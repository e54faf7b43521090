import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CompanySummary, SearchResult } from '../../../shared/api/types';
import { formatFilter, parseQuery } from '../../../shared/query';
import { ErrorState, Loading } from '../components/states';
import { BrowseView } from '../features/browse/BrowseView';
import { DetailView, type OpenFiling } from '../features/detail/DetailView';
import { IndexProgressBar } from '../features/indexing/IndexProgressBar';
import { FirstRun } from '../features/library/FirstRun';
import { IndexStatusLine } from '../features/library/IndexStatusLine';
import { LibraryView } from '../features/library/LibraryView';
import { focusResults } from '../features/results/focusResults';
import { useArchiveStatus } from '../features/library/useArchiveStatus';
import { FilterChips } from '../features/search/FilterChips';
import { SearchBar } from '../features/search/SearchBar';
import { useSearchHistory } from '../features/search/useSearchHistory';
import { SettingsView } from '../features/settings/SettingsView';
import { useGlobalKey } from '../hooks/useGlobalKey';
import { SearchView } from './SearchView';
import { TopBar, type View } from './TopBar';
import { useQueryState } from './useQueryState';

export function App() {
  const archive = useArchiveStatus();
  const q = useQueryState();
  const history = useSearchHistory();
  const [view, setView] = useState<View>('search');
  const [open, setOpen] = useState<OpenFiling | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  useGlobalKey('/', (e) => {
    e.preventDefault();
    setView('search');
    setOpen(null);
    searchInput.current?.focus();
  });

  // Back from a filing (Esc or the back button): the results take the keyboard again, on
  // the row that was opened (the hidden table kept its active row).
  const returnToResults = useRef(false);
  const closeFiling = useCallback(() => {
    if (!open) return;
    returnToResults.current = true;
    setOpen(null);
  }, [open]);
  useGlobalKey('Escape', closeFiling);
  useEffect(() => {
    if (open || !returnToResults.current) return;
    returnToResults.current = false;
    if (view === 'search') focusResults();
  }, [open, view]);

  const { setText, submit } = q;
  // While the box holds a query the parser rejects, the results (and so chips and facets)
  // still describe the last valid query: shown dimmed, and the chips name that query.
  const stale = useMemo(() => parseQuery(q.text).errors.length > 0, [q.text]);
  const onQuery = useCallback((update: (query: string) => string) => setText(update), [setText]);
  const openResult = useCallback((r: SearchResult) => setOpen({ id: r.id, docId: r.docId }), []);
  const browseTo = useCallback(
    (query: string) => {
      submit(query);
      setOpen(null);
      setView('search');
    },
    [submit],
  );

  const { status } = archive;
  if (!status && archive.error) {
    return <ErrorState error={archive.error} title="The archive could not be opened" onRetry={archive.reload} />;
  }
  if (!status) return <Loading label="Opening archive…" />;
  // An index built elsewhere (the CLI) may hold filings without folders: show them.
  if (status.roots.length === 0 && status.filings === 0 && !archive.progress)
    return <FirstRun onChanged={archive.reload} />;

  return (
    <div className="app">
      <TopBar
        view={view}
        onView={(v) => {
          setView(v);
          setOpen(null);
        }}
        errorCount={status.errorCount}
        status={<IndexStatusLine archive={archive} compact />}
        search={
          <SearchBar
            text={q.text}
            onText={setText}
            onSubmit={(t) => {
              submit(t);
              setView('search');
              setOpen(null);
            }}
            history={history}
            inputRef={searchInput}
            onLeaveDown={focusResults}
          />
        }
      />
      {archive.progress && <IndexProgressBar progress={archive.progress} />}
      {view === 'search' && !open && (
        <div className="chip-row">
          <FilterChips query={stale ? q.query : q.text} onChange={setText} />
        </div>
      )}
      <div className="workspace">
        <SearchView
          query={q.query}
          canRank={q.canRank}
          sort={q.sort}
          order={q.order}
          changeToken={archive.changeToken}
          indexing={archive.progress !== null}
          stale={stale}
          hidden={view !== 'search' || open !== null}
          onSort={q.setSort}
          onQuery={onQuery}
          onOpen={openResult}
        />
        {view === 'browse' && !open && (
          <BrowseView
            changeToken={archive.changeToken}
            onPickCompany={(c: CompanySummary) =>
              browseTo(c.cik ? formatFilter('cik', c.cik.replace(/^0+/, '')) : formatFilter('company', c.name))
            }
            onPickForm={(form) => browseTo(formatFilter('form', form))}
            onPickYear={(year) => browseTo(formatFilter('date', year))}
          />
        )}
        {view === 'library' && !open && <LibraryView archive={archive} />}
        {view === 'settings' && !open && <SettingsView onSaved={archive.reload} />}
        {open && <DetailView key={open.id} open={open} query={q.query} onClose={closeFiling} onOpen={openResult} />}
      </div>
    </div>
  );
}
