// search() answered by OpenSearch: the engine finds, counts, ranks and facets the filings;
// the page's rows and snippets come from the SQLite catalog of record (the same loadResults and
// hit finder as the embedded search), so a result looks the same whichever backend answered.
import type { Client } from '@opensearch-project/opensearch';
import type {
  SearchRequest,
  SearchResponse,
  SortKey,
  TimelineRequest,
  TimelineResponse,
} from '../../../shared/api/types';
import { parseQuery } from '../../../shared/query';
import type { Db } from '../db/open';
import { planQuery } from '../search/compile';
import { sectionValues } from '../search/facets';
import { matchPlan } from '../search/match';
import { SECTION_FACET_NOTE, sectionFacet } from '../search/section-facet';
import { HitFinder } from '../search/hits';
import { defaultOrder } from '../search/order';
import { loadResults } from '../search/results';
import { facetAggregations, facetsFromAggregations, timelineAggregation, timelineFromAggregations } from './facets';
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
      return { nested: { ...nested, inner_hits: { size: 1, _source: false, docvalue_fields: ['documents.id'] } } };
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]));
  };
  return walk(query) as Dsl;
}

interface Hit {
  _score: number | null;
  fields: { id: number[] };
  inner_hits?: { documents: { hits: { hits: { fields: Record<string, number[]> }[] } } };
}

export async function openSearchSearch(
  db: Db,
  client: Client,
  index: string,
  req: SearchRequest,
): Promise<SearchResponse> {
  const t0 = performance.now();
  const plan = planQuery(req.query); // throws QuerySyntaxError as the embedded search does
  const t = translateQuery(parseQuery(req.query).ast);
  const sort = req.sort ?? 'relevance';
  const order = req.order ?? defaultOrder(sort);
  const limit = Math.max(0, Math.floor(req.limit ?? DEFAULT_LIMIT));
  const offset = Math.max(0, Math.floor(req.offset ?? 0));
  const byRelevance = sort === 'relevance' && t.scored;
  const sortSpec = byRelevance
    ? [{ _score: order }, { id: 'asc' }]
    : sort === 'relevance'
      ? [{ id: order === 'asc' ? 'asc' : 'desc' }]
      : [{ [SORT_FIELD[sort]]: { order, missing: '_last' } }, { id: 'asc' }];
  const res = await client.search({
    index,
    body: {
      query: withBestDocument(t.query),
      from: offset,
      size: limit,
      track_total_hits: true,
      _source: false,
      docvalue_fields: ['id'],
      track_scores: t.scored,
      sort: sortSpec,
      ...(req.facets ? { aggs: facetAggregations() } : {}),
    } as never,
  });
  const body = res.body as unknown as {
    hits: { total: { value: number }; hits: Hit[] };
    aggregations?: never;
  };
  const hits = body.hits.hits;
  const ids = hits.map((h) => h.fields.id[0]);
  const bestDoc = new Map<number, number>();
  const score = new Map<number, number>();
  for (const h of hits) {
    const id = h.fields.id[0];
    const doc = h.inner_hits?.documents.hits.hits[0]?.fields['documents.id']?.[0];
    if (doc !== undefined) bestDoc.set(id, doc);
    if (t.scored && h._score !== null) score.set(id, h._score);
  }
  const finder = plan.highlight.length ? new HitFinder(plan.highlight) : null;
  const results = loadResults(db, ids, {
    doc: (fid) => bestDoc.get(fid),
    // loadResults takes bm25 (smaller is better) and gives scores out larger-is-better.
    bm25: t.scored ? (fid) => (score.has(fid) ? -score.get(fid)! : null) : undefined,
    finder,
    // Each result names the section of its first hit, as the embedded search does.
    sections: finder ? { highlight: plan.highlight, filters: plan.sections } : undefined,
  });
  const response: SearchResponse = { total: body.hits.total.value, results };
  if (req.facets && body.aggregations) {
    response.facets = facetsFromAggregations(body.aggregations, req.facetLimit);
    // Sections are not in the OpenSearch records: the section facet is counted from the SQLite
    // catalog of record's own match set, as the rows and snippets are read from it.
    const counts = sectionFacet(db, matchPlan(db, plan, false), plan);
    response.facets.section = sectionValues(counts ?? undefined, req.facetLimit);
    if (counts === null) response.facetNotes = { section: SECTION_FACET_NOTE };
  }
  response.tookMs = Math.round((performance.now() - t0) * 10) / 10;
  return response;
}

export async function openSearchTimeline(
  client: Client,
  index: string,
  req: TimelineRequest,
): Promise<TimelineResponse> {
  planQuery(req.query);
  const t = translateQuery(parseQuery(req.query).ast);
  const res = await client.search({
    index,
    body: { query: t.query, size: 0, track_total_hits: true, aggs: timelineAggregation(req.granularity) } as never,
  });
  return timelineFromAggregations((res.body as unknown as { aggregations: never }).aggregations, req.granularity);
}
