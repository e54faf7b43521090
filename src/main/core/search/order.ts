// Orders a match set. Pages near the top use a bounded heap (O(n log k)), so the first page
// of 100,000 matches costs a few milliseconds; deep pages sort everything. Every order ends
// with the filing id, so paging is stable and never repeats or skips a filing.
import type { SortKey, SortOrder } from '../../../shared/api/types';
import type { Catalog } from './catalog';
import type { MatchSet } from './match';

type Compare = (a: number, b: number) => number;

export function defaultOrder(sort: SortKey): SortOrder {
  return sort === 'company' || sort === 'form' ? 'asc' : 'desc';
}

type RankKey = 'filed' | 'period' | 'date' | 'company' | 'form';
const ranks = new WeakMap<Catalog, Map<RankKey, Int32Array>>();

/**
 * Each filing's position in the ascending order of `key` (equal values share one; -1 for
 * none), computed once per catalog: sorting 100,000 matches then compares integers.
 */
function rankOf(c: Catalog, key: RankKey): Int32Array {
  let byKey = ranks.get(c);
  if (!byKey) ranks.set(c, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const forms = c.dict.form.values;
  const value = (id: number): string | null =>
    key === 'form' ? (c.form[id] < 0 ? null : forms[c.form[id]]) : key === 'company' ? c.companySort[id] : c[key][id];
  // A filing's rank is the number of filings with a smaller value: counted per distinct value
  // and summed in the values' order (sorting thousands of values, not 100,000 filings).
  const counts = new Map<string, number>();
  for (const id of c.ids) {
    const v = value(id);
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const first = new Map<string, number>();
  let below = 0;
  for (const v of [...counts.keys()].sort((a, b) => (a < b ? -1 : a === b ? 0 : 1))) {
    first.set(v, below);
    below += counts.get(v)!;
  }
  const rank = new Int32Array(c.exists.length).fill(-1);
  for (const id of c.ids) {
    const v = value(id);
    if (v !== null) rank[id] = first.get(v)!;
  }
  byKey.set(key, rank);
  return rank;
}

/** Ascending (dir 1) or descending (dir -1) by rank, filings without a value last either way. */
function byRank(rank: Int32Array, dir: number): Compare {
  return (a, b) => {
    const x = rank[a];
    const y = rank[b];
    if (x === y) return 0;
    if (x < 0) return 1;
    if (y < 0) return -1;
    return (x - y) * dir;
  };
}

/**
 * The order of a sort. For relevance, bm25 comes from `scoreOf` when given (a ranked head
 * holds only its own filings' scores), else from the match set.
 */
export function comparator(m: MatchSet, sort: SortKey, order: SortOrder, scoreOf?: (id: number) => number): Compare {
  const dir = order === 'asc' ? 1 : -1;
  const c = m.catalog;
  let primary: Compare;
  if (sort === 'relevance') {
    const score = m.score;
    if (!score && !scoreOf) return comparator(m, 'date', order);
    const of = scoreOf ?? ((id: number) => score![id]);
    // bm25 is lower for better matches; "desc" relevance means best first.
    primary = (a, b) => (of(a) - of(b)) * -dir;
  } else {
    primary = byRank(rankOf(c, sort), dir);
  }
  // Ties: newest first (by the filing's date), then by id, so every order is total.
  const date = byRank(rankOf(c, 'date'), -1);
  return (a, b) => primary(a, b) || date(a, b) || a - b;
}

/** The k smallest ids under `cmp`, in order. */
function topK(ids: Int32Array, k: number, cmp: Compare): number[] {
  // Max-heap of the best k so far: the root is the worst kept.
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && cmp(heap[l], heap[m]) > 0) m = l;
      if (r < heap.length && cmp(heap[r], heap[m]) > 0) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const id of ids) {
    if (heap.length < k) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (cmp(heap[i], heap[p]) <= 0) break;
        [heap[i], heap[p]] = [heap[p], heap[i]];
        i = p;
      }
    } else if (cmp(id, heap[0]) < 0) {
      heap[0] = id;
      down(0);
    }
  }
  return heap.sort(cmp);
}

const HEAP_LIMIT = 5000;

/** The ids of one page, in order. */
export function page(m: MatchSet, sort: SortKey, order: SortOrder, offset: number, limit: number): number[] {
  const cmp = comparator(m, sort, order);
  const end = Math.min(offset + limit, m.ids.length);
  if (offset >= end) return [];
  if (end <= HEAP_LIMIT) return topK(m.ids, end, cmp).slice(offset);
  return Array.from(m.ids).sort(cmp).slice(offset, end);
}

/** Every id, in order (export). */
export function ordered(m: MatchSet, sort: SortKey, order: SortOrder): Int32Array {
  return Int32Array.from(m.ids).sort(comparator(m, sort, order));
}
