import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SearchResult, SortKey, SortOrder } from '../../../../shared/api/types';
import { ResultRow } from './ResultRow';
import { ResultsHeader } from './ResultsHeader';
import type { ColumnLayout } from './useColumnLayout';
import type { ResultSet } from './useResultPages';
import type { Selection } from './useSelection';

/** Two lines: a snippet's second line, a filing's reporting owners (keep in step with --row-h). */
const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 34;
/** Rows fetched beyond the visible ones, so a steady scroll finds them ready. */
const PREFETCH = 300;

interface Props {
  results: ResultSet;
  selection: Selection;
  layout: ColumnLayout;
  sort: SortKey;
  order: SortOrder;
  onSort: (sort: SortKey) => void;
  onOpen: (row: SearchResult) => void;
  /** Changes with the query, sort and order (not when the index changed): back to the top. */
  resetKey: string;
}

export const ResultsTable = memo(function ResultsTable({
  results,
  selection,
  layout,
  sort,
  order,
  onSort,
  onOpen,
  resetKey,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const total = results.total ?? 0;
  const { getRow, ensureRange, loadRange, version } = results;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRange(first - PREFETCH, Math.min(total, last + PREFETCH), (first + last) >> 1);
    // `version` too: after a new query's first page the same rows may need fetching again.
  }, [first, last, total, version, ensureRange]);

  // A new query or order starts at the top with no active row; a refresh of the same
  // query (the index changed) keeps the place.
  useEffect(() => {
    setActive(null);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  // How long the first page takes from the core's answer to the rows on screen.
  useLayoutEffect(() => {
    if (total === 0 || !getRow(0) || performance.getEntriesByName('results:answer').length === 0) return;
    performance.mark('results:rendered');
    performance.measure('results:first-page', 'results:answer', 'results:rendered');
    performance.clearMarks('results:answer');
  }, [version, total, getRow]);

  const open = useCallback(
    (index: number) => {
      const row = getRow(index);
      if (row) onOpen(row);
    },
    [getRow, onOpen],
  );

  const selectTo = useCallback(
    (index: number, add: boolean) => {
      const from = selection.anchor ?? 0;
      const [lo, hi] = from <= index ? [from, index] : [index, from];
      loadRange(lo, hi + 1).then(
        (rows) =>
          selection.selectRange(
            rows.map((r) => r.id),
            add,
          ),
        () => undefined,
      );
    },
    [selection, loadRange],
  );

  const onRowClick = useCallback(
    (index: number, e: React.MouseEvent) => {
      const row = getRow(index);
      if (!row) return;
      setActive(index);
      if (e.shiftKey) selectTo(index, e.ctrlKey || e.metaKey);
      else if (e.ctrlKey || e.metaKey) selection.toggle(index, row.id);
      else selection.selectOnly(index, row.id);
    },
    [getRow, selection, selectTo],
  );

  const moveTo = (index: number, e: React.KeyboardEvent) => {
    const target = Math.max(0, Math.min(total - 1, index));
    setActive(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const row = getRow(target);
    if (e.shiftKey) selectTo(target, false);
    else if (row && !(e.ctrlKey || e.metaKey)) selection.selectOnly(target, row.id);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (total === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const at = active ?? -1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(at + 1, e),
      ArrowUp: () => moveTo(Math.max(0, at - 1), e),
      // Vim-style, as in mail readers: j next, k previous.
      j: () => moveTo(at + 1, e),
      k: () => moveTo(Math.max(0, at - 1), e),
      PageDown: () => moveTo(at + page, e),
      PageUp: () => moveTo(at - page, e),
      Home: () => moveTo(0, e),
      End: () => moveTo(total - 1, e),
      Enter: () => active !== null && open(active),
      ' ': () => {
        const row = active !== null ? getRow(active) : undefined;
        if (row && active !== null) selection.toggle(active, row.id);
      },
      Escape: () => selection.clear(),
    };
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      selection.selectAll();
      return;
    }
    const action = keys[e.key];
    if (action && !((e.key === 'j' || e.key === 'k') && (e.ctrlKey || e.metaKey || e.altKey))) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div
      ref={scrollRef}
      className="results-scroll"
      data-testid="results"
      role="grid"
      aria-label="Search results"
      aria-rowcount={total + 1}
      aria-multiselectable="true"
      aria-activedescendant={active !== null && getRow(active) ? `result-row-${active}` : undefined}
      tabIndex={0}
      data-results-grid=""
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        // Arriving by keyboard (from the search box) with no active row: start at the first.
        if (e.target === e.currentTarget && active === null && getRow(0)) setActive(0);
      }}
    >
      <div className="results-inner" style={{ minWidth: layout.minWidth }}>
        <ResultsHeader layout={layout} sort={sort} order={order} onSort={onSort} />
        <div className="results-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = getRow(item.index);
            return (
              <ResultRow
                key={item.key}
                index={item.index}
                row={row}
                top={item.start - HEADER_HEIGHT}
                selected={row ? selection.isSelected(row.id) : false}
                active={item.index === active}
                columns={layout.visible}
                template={layout.template}
                onClick={onRowClick}
                onOpen={open}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
});
