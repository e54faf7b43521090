import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SortKey, SortOrder } from '../../../shared/api/types';
import { parseQuery, type QueryNode } from '../../../shared/query';

const DEBOUNCE_MS = 150;

function hasTextPart(node: QueryNode | null): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'term':
    case 'phrase':
    case 'near':
      return true;
    case 'filter':
    case 'not':
      return false;
    default:
      return node.children.some(hasTextPart);
  }
}

export function defaultOrder(sort: SortKey): SortOrder {
  return sort === 'company' || sort === 'form' ? 'asc' : 'desc';
}

export interface QueryState {
  /** What is in the search box, keystroke by keystroke. */
  text: string;
  /** The query being searched: `text` once typing pauses, or at once on Enter. */
  query: string;
  /** The query has words to rank by (not only filters). */
  canRank: boolean;
  sort: SortKey;
  order: SortOrder;
  setText: (update: string | ((prev: string) => string)) => void;
  submit: (text: string) => void;
  setSort: (sort: SortKey, order?: SortOrder) => void;
}

/** The search box text, the debounced query it drives, and the sort. */
export function useQueryState(): QueryState {
  const [text, setTextState] = useState('');
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<{ sort: SortKey; order: SortOrder } | null>(null);

  useEffect(() => {
    // A query the parser rejects is not sent: the last good results stay while the box shows the error.
    if (parseQuery(text).errors.length > 0) return;
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const canRank = useMemo(() => hasTextPart(parseQuery(query).ast), [query]);
  // Without words there is nothing to rank: newest filings first unless the user chose.
  const effective =
    choice && (choice.sort !== 'relevance' || canRank)
      ? choice
      : { sort: canRank ? 'relevance' : 'date', order: 'desc' as SortOrder };

  const setText = useCallback((update: string | ((prev: string) => string)) => setTextState(update), []);
  const submit = useCallback((next: string) => {
    setTextState(next);
    if (parseQuery(next).errors.length === 0) setQuery(next.trim());
  }, []);
  const setSort = useCallback(
    (sort: SortKey, order?: SortOrder) => setChoice({ sort, order: order ?? defaultOrder(sort) }),
    [],
  );

  return { text, query, canRank, sort: effective.sort as SortKey, order: effective.order, setText, submit, setSort };
}
