import { memo } from 'react';
import type { SearchResult } from '../../../../shared/api/types';
import type { Column } from './columns';

interface Props {
  index: number;
  row: SearchResult | undefined;
  top: number;
  selected: boolean;
  active: boolean;
  columns: Column[];
  template: string;
  onClick: (index: number, e: React.MouseEvent) => void;
  onOpen: (index: number) => void;
}

/** One result row; a skeleton while its page is on the way, so scrolling never shows a gap. */
export const ResultRow = memo(function ResultRow({
  index,
  row,
  top,
  selected,
  active,
  columns,
  template,
  onClick,
  onOpen,
}: Props) {
  const style = { transform: `translateY(${top}px)`, gridTemplateColumns: template };
  if (!row) {
    return (
      <div role="row" aria-rowindex={index + 2} aria-busy="true" className="row row-loading" style={style}>
        {columns.map((c) => (
          <div key={c.id} role="gridcell" className="cell">
            <span className="skeleton" />
          </div>
        ))}
      </div>
    );
  }
  return (
    <div
      role="row"
      id={`result-row-${index}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-id={row.id}
      className={`row${selected ? ' row-selected' : ''}${active ? ' row-active' : ''}`}
      style={style}
      onClick={(e) => onClick(index, e)}
      onDoubleClick={() => onOpen(index)}
    >
      {columns.map((c) => (
        <div key={c.id} role="gridcell" className={`cell cell-${c.id}`} title={c.title?.(row)}>
          {c.render(row)}
        </div>
      ))}
    </div>
  );
});
