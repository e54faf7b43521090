import { useCallback, useMemo, useState } from 'react';

/**
 * Selected filings of a result set. "All" is kept as a mode (with exceptions) rather than a
 * list of ids, so selecting 100,000 rows costs nothing until an export needs the ids.
 */
export interface SelectionState {
  all: boolean;
  /** Selected ids, or when `all`, the ids taken out of the selection. */
  ids: ReadonlySet<number>;
  /** Row index that shift-click ranges start from. */
  anchor: number | null;
}

export const EMPTY_SELECTION: SelectionState = { all: false, ids: new Set(), anchor: null };

export interface Selection extends SelectionState {
  isSelected: (id: number) => boolean;
  count: (total: number) => number;
  /** Plain click: only this row. */
  selectOnly: (index: number, id: number) => void;
  /** Ctrl/Cmd-click: flip this row. */
  toggle: (index: number, id: number) => void;
  /** Shift-click: the rows from the anchor to `index` (ids in order), replacing the rest unless `add`. */
  selectRange: (ids: number[], add: boolean) => void;
  selectAll: () => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [state, setState] = useState<SelectionState>(EMPTY_SELECTION);

  const selectOnly = useCallback(
    (index: number, id: number) => setState({ all: false, ids: new Set([id]), anchor: index }),
    [],
  );
  const toggle = useCallback(
    (index: number, id: number) =>
      setState((prev) => {
        const ids = new Set(prev.ids);
        if (ids.has(id)) ids.delete(id);
        else ids.add(id);
        return { all: prev.all, ids, anchor: index };
      }),
    [],
  );
  const selectRange = useCallback(
    (rangeIds: number[], add: boolean) =>
      setState((prev) => {
        if (prev.all && add) {
          const ids = new Set(prev.ids);
          rangeIds.forEach((id) => ids.delete(id));
          return { ...prev, ids };
        }
        const ids = new Set(add ? prev.ids : []);
        rangeIds.forEach((id) => ids.add(id));
        return { all: false, ids, anchor: prev.anchor };
      }),
    [],
  );
  const selectAll = useCallback(() => setState((prev) => ({ all: true, ids: new Set(), anchor: prev.anchor })), []);
  const clear = useCallback(() => setState(EMPTY_SELECTION), []);

  return useMemo(
    () => ({
      ...state,
      isSelected: (id: number) => state.all !== state.ids.has(id),
      count: (total: number) => (state.all ? Math.max(0, total - state.ids.size) : state.ids.size),
      selectOnly,
      toggle,
      selectRange,
      selectAll,
      clear,
    }),
    [state, selectOnly, toggle, selectRange, selectAll, clear],
  );
}
