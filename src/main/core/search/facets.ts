// Facet counts and the timeline, counted over a match set with the in-memory catalog.
import type { FacetCounts, FacetName, TimelineResponse } from '../../../shared/api/types';
import type { Dictionary, MultiValue } from './catalog';
import type { MatchSet } from './match';

/** Values per facet unless the caller sets facetLimit: a short company list (the UI offers "more"). */
const DEFAULT_COMPANY_LIMIT = 10;
const OTHER_LIMIT = 200;

function top(counts: Int32Array, label: (code: number) => string, limit: number): [string, number][] {
  const out: [string, number][] = [];
  counts.forEach((n, code) => {
    if (n > 0) out.push([label(code), n]);
  });
  out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return out.slice(0, limit);
}

function countCodes(m: MatchSet, codes: Int32Array, dict: Dictionary, limit: number): [string, number][] {
  const counts = new Int32Array(dict.values.length);
  for (const id of m.ids) {
    const c = codes[id];
    if (c >= 0) counts[c]++;
  }
  return top(counts, (c) => dict.values[c], limit);
}

function countYears(m: MatchSet): [string, number][] {
  const counts = new Map<number, number>();
  for (const id of m.ids) {
    const y = m.catalog.year[id];
    if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[0] - a[0]).map(([y, n]) => [String(y), n]);
}

/** Filings per value of a several-valued facet (a filing counts once per distinct value). */
function countMulti(m: MatchSet, mv: MultiValue, limit: number): [string, number][] {
  const counts = new Int32Array(mv.dict.values.length);
  for (const id of m.ids) for (let k = mv.start[id]; k < mv.start[id + 1]; k++) counts[mv.codes[k]]++;
  return top(counts, (c) => mv.dict.values[c], limit);
}

/** Counts per facet value, most frequent first; years newest first and never cut. */
export function facetCounts(m: MatchSet, facetLimit?: number): FacetCounts {
  const c = m.catalog;
  const other = facetLimit ?? OTHER_LIMIT;
  const facets: Record<FacetName, [string, number][]> = {
    form: countCodes(m, c.form, c.dict.form, other),
    year: countYears(m),
    company: countCodes(m, c.company, c.dict.company, facetLimit ?? DEFAULT_COMPANY_LIMIT),
    state: countMulti(m, c.state, other),
    sic: countMulti(m, c.sic, other),
    item: countMulti(m, c.item, other),
  };
  return facets;
}

/** Matches per year or per month (by filing date), ascending. */
export function timelineBuckets(m: MatchSet, granularity: 'year' | 'month'): TimelineResponse {
  const counts = new Map<string, number>();
  const len = granularity === 'year' ? 4 : 7;
  for (const id of m.ids) {
    const filed = m.catalog.filed[id];
    if (filed && filed.length >= len) {
      const key = filed.slice(0, len);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { granularity, buckets: [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
}
