// Facets and the timeline by aggregations, shaped and ordered exactly as the SQLite core's
// (search/facets.ts): count descending then value, years newest first and never cut, the
// company list short unless a limit is given. Every bucket is fetched and cut here, so the
// counts are exact on one shard and the cut does not depend on the engine's shard sizes.
import type { FacetCounts, FacetName, TimelineResponse } from '../../../shared/api/types';
import type { Dsl } from './query-dsl';

const DEFAULT_COMPANY_LIMIT = 10;
const OTHER_LIMIT = 200;
/** Buckets fetched per facet before the cut (distinct values of a facet in one result set). */
const ALL_BUCKETS = 65_536;

// Sections are not in the OpenSearch records (section: is refused there): search.ts counts the
// section facet from SQLite, and the aggregations leave it empty.
const FIELDS: Record<Exclude<FacetName, 'section'>, string> = {
  form: 'form',
  year: 'dateYear',
  company: 'company',
  state: 'states',
  sic: 'sics',
  item: 'items',
};

export function facetAggregations(): Dsl {
  const aggs: Dsl = {};
  for (const [name, field] of Object.entries(FIELDS)) aggs[`facet_${name}`] = { terms: { field, size: ALL_BUCKETS } };
  return aggs;
}

/**
 * Per facet with a selection (search/facets.ts facetsBesideSelection), its counts over the
 * query beside that selection (`queries`: the translated query without the facet's own
 * groups): a `global` aggregation (every filing, not only this query's) narrowed by a
 * `filter` of that query. One request answers the results and every such facet.
 */
export function besideAggregations(queries: Partial<Record<FacetName, Dsl>>): Dsl {
  const aggs: Dsl = {};
  for (const [name, query] of Object.entries(queries) as [FacetName, Dsl][]) {
    if (name === 'section') continue; // counted from the catalog of record (search.ts)
    const terms = { [`facet_${name}`]: { terms: { field: FIELDS[name], size: ALL_BUCKETS } } };
    aggs[`beside_${name}`] = { global: {}, aggs: { beside: { filter: query, aggs: terms } } };
  }
  return aggs;
}

/** `facets` with each facet of besideAggregations counted beside its selection. */
export function facetsBesideFromAggregations(aggs: Record<string, unknown>, facets: FacetCounts, facetLimit?: number) {
  const out = { ...facets };
  for (const name of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    const beside = aggs[`beside_${name}`] as { beside: Aggs } | undefined;
    if (!beside) continue;
    const own = { ...(aggs as Aggs), [`facet_${name}`]: beside.beside[`facet_${name}`] };
    out[name] = facetsFromAggregations(own, facetLimit)[name];
  }
  return out;
}

export function timelineAggregation(granularity: 'year' | 'month'): Dsl {
  return { timeline: { terms: { field: granularity === 'year' ? 'dateYear' : 'dateMonth', size: ALL_BUCKETS } } };
}

interface Bucket {
  key: string | number;
  doc_count: number;
}
type Aggs = Record<string, { buckets: Bucket[] }>;

const byCountThenValue = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function facetsFromAggregations(aggs: Aggs, facetLimit?: number): FacetCounts {
  const other = facetLimit ?? OTHER_LIMIT;
  const pairs = (name: keyof typeof FIELDS): [string, number][] =>
    aggs[`facet_${name}`].buckets
      .map((b) => [String(b.key), b.doc_count] as [string, number])
      .filter(([k]) => k !== '');
  const top = (name: keyof typeof FIELDS, limit: number) => pairs(name).sort(byCountThenValue).slice(0, limit);
  return {
    form: top('form', other),
    year: pairs('year')
      .filter(([y]) => Number(y) !== 0)
      .sort((a, b) => Number(b[0]) - Number(a[0])),
    company: top('company', facetLimit ?? DEFAULT_COMPANY_LIMIT),
    state: top('state', other),
    sic: top('sic', other),
    item: top('item', other),
    section: [],
  };
}

export function timelineFromAggregations(aggs: Aggs, granularity: 'year' | 'month'): TimelineResponse {
  const buckets = aggs.timeline.buckets.map((b) => [String(b.key), b.doc_count] as [string, number]);
  return { granularity, buckets: buckets.sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
}
