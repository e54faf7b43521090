// Facet counts and the timeline, counted over a match set with the in-memory catalog.
import type { FacetCounts, FacetName, TimelineResponse } from '../../../shared/api/types';
import { queriesBesideSelection } from '../../../shared/query';
import type { Db } from '../db/open';
import type { MultiValue } from './catalog';
import { planQuery } from './compile';
import { matchPlan, type MatchSet } from './match';
import { sectionFacet } from './section-facet';

/** Values per facet unless the caller sets facetLimit: a short company list (the UI offers "more"). */
const DEFAULT_COMPANY_LIMIT = 10;
const OTHER_LIMIT = 200;

const byCountThenValue = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function top(counts: Int32Array, label: (code: number) => string, limit: number): [string, number][] {
  const out: [string, number][] = [];
  counts.forEach((n, code) => {
    if (n > 0) out.push([label(code), n]);
  });
  out.sort(byCountThenValue);
  return out.slice(0, limit);
}

/** The section facet's values as every facet gives them: count descending, then code. */
export function sectionValues(
  sections: ReadonlyMap<string, number> | undefined,
  facetLimit?: number,
): [string, number][] {
  return [...(sections ?? [])].sort(byCountThenValue).slice(0, facetLimit ?? OTHER_LIMIT);
}

/** Filings per value of a several-valued facet (a filing counts once per distinct value). */
function countMulti(ids: Int32Array, mv: MultiValue, counts: Int32Array): void {
  const { start, codes } = mv;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    for (let k = start[id], end = start[id + 1]; k < end; k++) counts[codes[k]]++;
  }
}

/**
 * Counts per facet value, most frequent first; years newest first and never cut. `sections`:
 * filings per section code with a hit (section-facet.ts), computed by the caller for text queries.
 */
export function facetCounts(m: MatchSet, facetLimit?: number, sections?: ReadonlyMap<string, number>): FacetCounts {
  const c = m.catalog;
  const other = facetLimit ?? OTHER_LIMIT;
  const { ids } = m;
  // One pass over the match set for the single-valued facets (typed-array counting).
  const form = new Int32Array(c.dict.form.values.length);
  const company = new Int32Array(c.dict.company.values.length);
  const years = new Map<number, number>();
  let yearCounts = new Int32Array(0);
  let yearBase = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const f = c.form[id];
    if (f >= 0) form[f]++;
    const co = c.company[id];
    if (co >= 0) company[co]++;
    const y = c.year[id];
    if (y) {
      if (y >= yearBase && y < yearBase + yearCounts.length) yearCounts[y - yearBase]++;
      else if (yearCounts.length === 0 && y > 0 && y < 10000) {
        yearBase = Math.max(0, y - 100);
        yearCounts = new Int32Array(200);
        yearCounts[y - yearBase]++;
      } else years.set(y, (years.get(y) ?? 0) + 1);
    }
  }
  yearCounts.forEach((n, k) => {
    if (n > 0) years.set(yearBase + k, (years.get(yearBase + k) ?? 0) + n);
  });
  const multi = (mv: MultiValue) => {
    const counts = new Int32Array(mv.dict.values.length);
    countMulti(ids, mv, counts);
    return top(counts, (code) => mv.dict.values[code], other);
  };
  const facets: Record<FacetName, [string, number][]> = {
    form: top(form, (code) => c.dict.form.values[code], other),
    year: [...years].sort((a, b) => b[0] - a[0]).map(([y, n]) => [String(y), n]),
    company: top(company, (code) => c.dict.company.values[code], facetLimit ?? DEFAULT_COMPANY_LIMIT),
    state: multi(c.state),
    sic: multi(c.sic),
    item: multi(c.item),
    section: sectionValues(sections, facetLimit),
  };
  return facets;
}

/**
 * `facets` of `query`, with each facet that has a selection in the query counted over the
 * query without it (shared/query/facet-selection.ts): one more match set per such facet,
 * cached like any other query's. `withSection` false: the section facet is left as it is
 * (deferred, SearchRequest.deferSectionFacet).
 */
export function facetsBesideSelection(
  db: Db,
  query: string,
  facets: FacetCounts,
  facetLimit?: number,
  withSection = true,
): FacetCounts {
  const out = { ...facets };
  for (const [name, beside] of Object.entries(queriesBesideSelection(query)) as [FacetName, string][]) {
    if (name === 'section' && !withSection) continue;
    const plan = planQuery(beside);
    const m = matchPlan(db, plan, false);
    if (name !== 'section') out[name] = facetCounts(m, facetLimit)[name];
    else {
      // Counted by reading the matching sections; past its limit the facet keeps its note.
      const counts = sectionFacet(db, m, plan);
      if (counts) out.section = sectionValues(counts, facetLimit);
    }
  }
  return out;
}

/** Matches per year or per month (by the filing's date: filed, else report), ascending. */
export function timelineBuckets(m: MatchSet, granularity: 'year' | 'month'): TimelineResponse {
  const counts = new Map<string, number>();
  const len = granularity === 'year' ? 4 : 7;
  for (const id of m.ids) {
    const date = m.catalog.date[id];
    if (date && date.length >= len) {
      const key = date.slice(0, len);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { granularity, buckets: [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
}
