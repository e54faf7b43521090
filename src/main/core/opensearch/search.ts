// search() answered by OpenSearch: the engine finds, counts, ranks and facets the filings;
// the page's rows and snippets come from the SQLite catalog of record (the same loadResults and
// hit finder as the embedded search), so a result looks the same whichever backend answered.
import type { Client } from '@opensearch-project/opensearch';
import type {
  FacetName,
  SearchRequest,
  SearchResponse,
  SearchResult,
  SortKey,
  SortOrder,
  TimelineRequest,
  TimelineResponse,
} from '../../../shared/api/types';
import { parseQuery, queriesBesideSelection } from '../../../shared/query';
import type { Db } from '../db/open';
import type { IterateRequest } from '../backend/search-backend';
import { planQuery, type Plan } from '../search/compile';
import { sectionValues } from '../search/facets';
import { matchPlan } from '../search/match';
import { defersSectionFacet, sectionFacet, sectionFacetNotes } from '../search/section-facet';
import { HitFinder } from '../search/hits';
import { defaultOrder } from '../search/order';
import { loadResults } from '../search/results';
import {
  besideAggregations,
  facetAggregations,
  facetsBesideFromAggregations,
  facetsFromAggregations,
  timelineAggregation,
  timelineFromAggregations,
} from './facets';
import { closePit, openPit, pageHits, walkHits, type PageHit, type SortedQuery } from './paging';
import { translateQuery, type Dsl } from './query-dsl';

const DEFAULT_LIMIT = 50;

const SORT_FIELD: Record<Exclude<SortKey, 'relevance'>, string> = {
  filed: 'filed',
  period: 'period',
  date: 'date',
  company: 'companySort',
  form: 'form',
};

/** The nested text query of a translation, asked for its best document (inner hit). */
function withBestDocument(query: Dsl): Dsl {
  const json = JSON.stringify(query);
  if (!json.includes('"score_mode":"max"')) return query;
  // Only the scored nested query (positive text) names the best document.
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const o = n as Record<string, unknown>;
    const nested = o.nested as Record<string, unknown> | undefined;
    if (nested && nested.score_mode === 'max') {
      // Ties go to the lower document id, as the embedded search's best document does.
      const inner = {
        size: 1,
        _source: false,
        docvalue_fields: ['documents.id'],
        sort: [{ _score: 'desc' }, { 'documents.id': 'asc' }],
      };
      return { nested: { ...nested, inner_hits: inner } };
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]));
  };
  return walk(query) as Dsl;
}

/** A request's query, sort and hit fields, and what the page's rows need from SQLite. */
function sortedQuery(index: string, req: { query: string; sort?: SortKey; order?: SortOrder }) {
  const plan = planQuery(req.query); // throws QuerySyntaxError as the embedded search does
  const t = translateQuery(parseQuery(req.query).ast);
  const sort = req.sort ?? 'relevance';
  const order = req.order ?? defaultOrder(sort);
  const byRelevance = sort === 'relevance' && t.scored;
  const sortSpec = byRelevance
    ? [{ _score: order }, { id: 'asc' }]
    : sort === 'relevance'
      ? [{ id: order === 'asc' ? 'asc' : 'desc' }]
      : [{ [SORT_FIELD[sort]]: { order, missing: '_last' } }, { id: 'asc' }];
  const q: SortedQuery = {
    index,
    body: {
      query: withBestDocument(t.query),
      _source: false,
      docvalue_fields: ['id'],
      track_scores: t.scored,
      sort: sortSpec,
    },
  };
  return { plan, t, q };
}

/** The rows of hits, read from the catalog with the engine's best document and score. */
function rowsOf(db: Db, hits: readonly PageHit[], plan: Plan, scored: boolean, snippets: boolean): SearchResult[] {
  const bestDoc = new Map<number, number>();
  const score = new Map<number, number>();
  const ids = hits.map((h) => h.fields.id[0]);
  for (const h of hits) {
    const id = h.fields.id[0];
    const doc = h.inner_hits?.documents.hits.hits[0]?.fields['documents.id']?.[0];
    if (doc !== undefined) bestDoc.set(id, doc);
    if (scored && h._score !== null) score.set(id, h._score);
  }
  const finder = snippets && plan.highlight.length ? new HitFinder(plan.highlight) : null;
  return loadResults(db, ids, {
    doc: (fid) => bestDoc.get(fid),
    // loadResults takes bm25 (smaller is better) and gives scores out larger-is-better.
    bm25: scored ? (fid) => (score.has(fid) ? -score.get(fid)! : null) : undefined,
    finder,
    // Each result names the section of its first hit, as the embedded search does.
    sections: finder ? { highlight: plan.highlight, filters: plan.sections } : undefined,
  });
}

/** The translated query of each facet's query beside its selection. */
function translatedBeside(queries: Partial<Record<FacetName, string>>): Partial<Record<FacetName, Dsl>> {
  const out: Partial<Record<FacetName, Dsl>> = {};
  for (const [name, query] of Object.entries(queries) as [FacetName, string][]) {
    out[name] = translateQuery(parseQuery(query).ast).query;
  }
  return out;
}

export interface OpenSearchTarget {
  client: Client;
  index: string;
  /** The engine's result window (tests make it small to reach past it cheaply). */
  window?: number;
}

export async function openSearchSearch(db: Db, target: OpenSearchTarget, req: SearchRequest): Promise<SearchResponse> {
  const t0 = performance.now();
  const { client, index } = target;
  const { plan, t, q } = sortedQuery(index, req);
  const limit = Math.max(0, Math.floor(req.limit ?? DEFAULT_LIMIT));
  const offset = Math.max(0, Math.floor(req.offset ?? 0));
  const beside = req.facets && req.facetsBesideSelection ? queriesBesideSelection(req.query) : {};
  const aggs = req.facets ? { ...facetAggregations(), ...besideAggregations(translatedBeside(beside)) } : null;
  // Exact total and facets in one request, the page (at any depth) in another.
  const [counted, hits] = await Promise.all([
    client.search({
      index,
      body: { query: t.query, size: 0, track_total_hits: true, ...(aggs ? { aggs } : {}) },
    } as never),
    pageHits(client, q, offset, limit, target.window),
  ]);
  const body = counted.body as unknown as { hits: { total: { value: number } }; aggregations?: never };
  const results = rowsOf(db, hits, plan, t.scored, true);
  const response: SearchResponse = { total: body.hits.total.value, results };
  if (req.facets && body.aggregations) {
    let facets = facetsFromAggregations(body.aggregations, req.facetLimit);
    // The section facet is counted from the SQLite catalog of record's own match set (hit
    // offsets against section ranges), as the rows and snippets are read from it.
    const later = defersSectionFacet(req, plan);
    const counts = later ? null : sectionFacet(db, matchPlan(db, plan, false), plan);
    facets.section = sectionValues(counts ?? undefined, req.facetLimit);
    Object.assign(response, sectionFacetNotes(later, counts));
    facets = facetsBesideFromAggregations(body.aggregations, facets, req.facetLimit);
    if (beside.section !== undefined && !later) {
      // Past its limit the facet keeps the results' counts and note, as the embedded search does.
      const besidePlan = planQuery(beside.section);
      const own = sectionFacet(db, matchPlan(db, besidePlan, false), besidePlan);
      if (own) facets.section = sectionValues(own, req.facetLimit);
    }
    response.facets = facets;
  }
  response.tookMs = Math.round((performance.now() - t0) * 10) / 10;
  return response;
}

export async function openSearchCount(target: OpenSearchTarget, query: string): Promise<number> {
  planQuery(query);
  const t = translateQuery(parseQuery(query).ast);
  const res = await target.client.search({
    index: target.index,
    body: { query: t.query, size: 0, track_total_hits: true },
  } as never);
  return (res.body as unknown as { hits: { total: { value: number } } }).hits.total.value;
}

/** Rows per request of an export walk (the embedded iterate loads 500 at a time too). */
const ITERATE_CHUNK = 500;
/** A selection this small is sent as a terms filter; a larger one is filtered here. */
const TERMS_LIMIT = 65_536;

/**
 * Every result of a query in order, for export: a point-in-time walk with search_after, one
 * chunk of rows at a time, so any number of results is reached and memory stays flat.
 */
export async function* openSearchIterate(
  db: Db,
  target: OpenSearchTarget,
  req: IterateRequest,
): AsyncGenerator<SearchResult> {
  const { plan, t, q } = sortedQuery(target.index, req);
  const wanted = req.ids ? new Set(req.ids) : null;
  if (req.ids && req.ids.length <= TERMS_LIMIT) {
    q.body.query = { bool: { must: [q.body.query], filter: [{ terms: { id: req.ids } }] } };
  }
  const chunk = Math.min(ITERATE_CHUNK, target.window ?? ITERATE_CHUNK);
  const pitId = await openPit(target.client, target.index);
  try {
    for await (const hits of walkHits(target.client, q, pitId, { chunk })) {
      const kept = wanted ? hits.filter((h) => wanted.has(h.fields.id[0])) : hits;
      yield* rowsOf(db, kept, plan, t.scored, req.snippets === true);
    }
  } finally {
    await closePit(target.client, pitId);
  }
}

export async function openSearchTimeline(target: OpenSearchTarget, req: TimelineRequest): Promise<TimelineResponse> {
  const { client, index } = target;
  planQuery(req.query);
  const t = translateQuery(parseQuery(req.query).ast);
  const res = await client.search({
    index,
    body: { query: t.query, size: 0, track_total_hits: true, aggs: timelineAggregation(req.granularity) } as never,
  });
  return timelineFromAggregations((res.body as unknown as { aggregations: never }).aggregations, req.granularity);
}
