// Orders a match set. Pages near the top use a bounded heap (O(n log k)), so the first page
// of 100,000 matches costs a few milliseconds; deep pages sort everything. Every order ends
// with the filing id, so paging is stable and never repeats or skips a filing.
import type { SortKey, SortOrder } from '../../../shared/api/types';
import type { MatchSet } from './match';

type Compare = (a: number, b: number) => number;

export function defaultOrder(sort: SortKey): SortOrder {
  return sort === 'company' || sort === 'form' ? 'asc' : 'desc';
}

/** Strings compare with nulls last in either direction. */
function byString(key: (id: number) => string | null, dir: number): Compare {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -dir : dir;
  };
}

export function comparator(m: MatchSet, sort: SortKey, order: SortOrder): Compare {
  const dir = order === 'asc' ? 1 : -1;
  const c = m.catalog;
  let primary: Compare;
  switch (sort) {
    case 'relevance': {
      const score = m.score;
      if (!score) return comparator(m, 'filed', order);
      // bm25 is lower for better matches; "desc" relevance means best first.
      primary = (a, b) => (score[a] - score[b]) * -dir;
      break;
    }
    case 'filed':
      primary = byString((id) => c.filed[id], dir);
      break;
    case 'period':
      primary = byString((id) => c.period[id], dir);
      break;
    case 'company':
      primary = byString((id) => c.companySort[id], dir);
      break;
    case 'form': {
      const forms = c.dict.form.values;
      primary = byString((id) => (c.form[id] < 0 ? null : forms[c.form[id]]), dir);
      break;
    }
  }
  // Ties: newest first, then by id, so every order is total.
  const filed = byString((id) => c.filed[id], -1);
  return (a, b) => primary(a, b) || filed(a, b) || a - b;
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
