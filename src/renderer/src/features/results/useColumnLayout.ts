import { useCallback, useMemo } from 'react';
import { useLocalStorage } from '../../hooks/useLocalStorage';
import { type Column, type ColumnId, COLUMNS, DEFAULT_VISIBLE } from './columns';

export interface ColumnLayout {
  visible: Column[];
  /** The columns the user chose (the snippet column among them even while it steps aside). */
  visibleIds: ColumnId[];
  widths: Record<ColumnId, number>;
  /** CSS grid template of a row; the snippet column stretches to fill the pane. */
  template: string;
  /** Sum of the column widths: the minimum width of a row. */
  minWidth: number;
  setVisible: (ids: ColumnId[]) => void;
  setWidth: (id: ColumnId, width: number) => void;
}

/** The column that takes the spare room: the snippet when shown, else the company, else the last. */
function stretchOf(visible: Column[]): ColumnId | undefined {
  return (visible.find((c) => c.id === 'snippet') ?? visible.find((c) => c.id === 'company') ?? visible.at(-1))?.id;
}

const DEFAULT_WIDTHS = Object.fromEntries(COLUMNS.map((c) => [c.id, c.width])) as Record<ColumnId, number>;

/**
 * Which columns show and how wide they are, remembered across sessions. Without words in
 * the query there are no snippets, so that column steps aside and the company name stretches.
 */
export function useColumnLayout(hasSnippets: boolean): ColumnLayout {
  const [visibleIds, setVisibleIds] = useLocalStorage<ColumnId[]>('results.columns', DEFAULT_VISIBLE);
  const [storedWidths, setWidths] = useLocalStorage<Partial<Record<ColumnId, number>>>('results.widths', {});

  const widths = useMemo(() => ({ ...DEFAULT_WIDTHS, ...storedWidths }), [storedWidths]);
  const visible = useMemo(() => {
    const shown = COLUMNS.filter((c) => visibleIds.includes(c.id) && (hasSnippets || c.id !== 'snippet'));
    return shown.length > 0 ? shown : COLUMNS.slice(0, 1);
  }, [visibleIds, hasSnippets]);
  const template = useMemo(() => {
    const stretch = stretchOf(visible);
    return visible.map((c) => (c.id === stretch ? `minmax(${c.minWidth}px, 1fr)` : `${widths[c.id]}px`)).join(' ');
  }, [visible, widths]);
  // The stretching column counts at its minimum: it takes whatever room is left, so the
  // table scrolls sideways only when even that does not fit.
  const minWidth = useMemo(() => {
    const stretch = stretchOf(visible);
    return visible.reduce((sum, c) => sum + (c.id === stretch ? c.minWidth : widths[c.id]), 0);
  }, [visible, widths]);

  const setWidth = useCallback(
    (id: ColumnId, width: number) => {
      const column = COLUMNS.find((c) => c.id === id);
      setWidths((prev) => ({ ...prev, [id]: Math.round(Math.max(column?.minWidth ?? 40, width)) }));
    },
    [setWidths],
  );

  return {
    visible,
    visibleIds,
    widths,
    template,
    minWidth,
    setVisible: setVisibleIds,
    setWidth,
  };
}
