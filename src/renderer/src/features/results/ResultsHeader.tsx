import { memo, useRef } from 'react';
import type { SortKey, SortOrder } from '../../../../shared/api/types';
import type { ColumnLayout } from './useColumnLayout';

interface Props {
  layout: ColumnLayout;
  sort: SortKey;
  order: SortOrder;
  onSort: (sort: SortKey) => void;
}

/** Sticky header: click a sortable title to sort (again to reverse), drag an edge to resize. */
export const ResultsHeader = memo(function ResultsHeader({ layout, sort, order, onSort }: Props) {
  const drag = useRef<{ id: string; startX: number; startWidth: number } | null>(null);

  return (
    <div role="row" aria-rowindex={1} className="row row-header" style={{ gridTemplateColumns: layout.template }}>
      {layout.visible.map((c) => {
        const sorted = c.sort !== undefined && c.sort === sort;
        return (
          <div
            key={c.id}
            role="columnheader"
            className="cell cell-header"
            aria-sort={sorted ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
          >
            {c.sort ? (
              <button
                type="button"
                className="header-sort"
                onClick={() => onSort(c.sort!)}
                title={`Sort by ${c.label.toLowerCase()}`}
              >
                {c.label}
                <span aria-hidden="true" className="sort-arrow">
                  {sorted ? (order === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            ) : (
              <span className="header-label">{c.label}</span>
            )}
            <div
              className="resize-handle"
              role="separator"
              aria-orientation="vertical"
              aria-label={`Resize ${c.label} column`}
              onPointerDown={(e) => {
                e.preventDefault();
                e.currentTarget.setPointerCapture(e.pointerId);
                drag.current = { id: c.id, startX: e.clientX, startWidth: layout.widths[c.id] };
              }}
              onPointerMove={(e) => {
                if (drag.current?.id === c.id)
                  layout.setWidth(c.id, drag.current.startWidth + e.clientX - drag.current.startX);
              }}
              onPointerUp={() => (drag.current = null)}
            />
          </div>
        );
      })}
    </div>
  );
});
