// search(): the query -> one match set -> exact total, one ordered page with snippets, and
// facets, all derived from that set.
import type {
  SearchRequest,
  SearchResponse,
  SearchResult,
  SortKey,
  SortOrder,
  TimelineRequest,
  TimelineResponse,
} from '../../../shared/api/types';
import type { Db } from '../db/open';
import type { DocumentSource } from './best-documents';
import { planQuery } from './compile';
import { facetCounts, facetsBesideSelection, timelineBuckets } from './facets';
import { HitFinder } from './hits';
import { defersSectionFacet, sectionFacet, sectionFacetNotes } from './section-facet';
import { documentScores, filterDocs, matchPlan, type MatchSet } from './match';
import { defaultOrder, ordered, page } from './order';
import { relevancePage } from './rank-top';
import { loadResults } from './results';
import { savedSource } from './saved-best';

const DEFAULT_LIMIT = 50;
/** Best-first pages ending within this many filings rank only the head (see rank-top). */
const HEAD_LIMIT = 1000;

/**
 * bm25 per result: from the match set when it was ranked, else computed for just these
 * documents (sorting by date needs no score for the other 99,950 matches).
 */
function scorer(db: Db, m: MatchSet, match: string | null, ids: readonly number[]) {
  if (!match) return undefined;
  const score = m.score;
  if (score) return (fid: number) => score[fid];
  const doc = m.doc;
  const byDoc = documentScores(db, match, doc ? ids.map((id) => doc[id]).filter((d) => d > 0) : []);
  return (_fid: number, docId: number) => byDoc.get(docId) ?? null;
}

/** A match set's document of a filing (its best one when ranked). */
const docIn = (m: MatchSet) => (m.doc ? (fid: number) => m.doc![fid] : undefined);

export function search(db: Db, req: SearchRequest): SearchResponse {
  const t0 = performance.now();
  const plan = planQuery(req.query);
  const sort = req.sort ?? 'relevance';
  const order = req.order ?? defaultOrder(sort);
  const limit = Math.max(0, Math.floor(req.limit ?? DEFAULT_LIMIT));
  const offset = Math.max(0, Math.floor(req.offset ?? 0));
  const byRelevance = sort === 'relevance' && plan.match !== null;
  // Section-restricted matches are ranked whole (the head ranking reads every FTS5 match).
  const headOnly = byRelevance && order === 'desc' && offset + limit <= HEAD_LIMIT && plan.sections.length === 0;
  // Where ranking gets its documents: created once, and only if ranking happens (it
  // evaluates the filters' documents).
  let ranking: DocumentSource | undefined;
  const m = matchPlan(db, plan, byRelevance && !headOnly);
  const source = (match: string) =>
    (ranking ??= savedSource(db, match, filterDocs(db, plan), m.matchedDocs ?? [], m.costly));
  const later = defersSectionFacet(req, plan);
  const sections = req.facets && !later ? sectionFacet(db, m, plan) : null;
  let facets = req.facets ? facetCounts(m, req.facetLimit, sections ?? undefined) : undefined;
  if (facets && req.facetsBesideSelection)
    facets = facetsBesideSelection(db, req.query, facets, req.facetLimit, !later);
  const finder = plan.highlight.length ? new HitFinder(plan.highlight) : null;
  let results: SearchResult[];
  const match = plan.match;
  if (headOnly && !m.score && match) {
    const { ids, head } = relevancePage(m, () => source(match), offset, limit);
    results = loadResults(db, ids, {
      doc: (fid) => head.doc.get(fid),
      bm25: (fid) => head.score.get(fid) ?? null,
      finder,
      sections: { highlight: plan.highlight, filters: plan.sections },
    });
  } else {
    const ids = page(m, sort, order, offset, limit);
    results = loadResults(db, ids, {
      doc: docIn(m),
      bm25: scorer(db, m, plan.match, ids),
      finder,
      sections: { highlight: plan.highlight, filters: plan.sections },
    });
  }
  const response: SearchResponse = { total: m.ids.length, results };
  if (facets) response.facets = facets;
  if (facets) Object.assign(response, sectionFacetNotes(later, sections));
  response.tookMs = Math.round((performance.now() - t0) * 10) / 10;
  return response;
}

export function timeline(db: Db, req: TimelineRequest): TimelineResponse {
  return timelineBuckets(matchPlan(db, planQuery(req.query), false), req.granularity);
}

/**
 * The number of filings `query` matches. An export passes the sort it will iterate in, so
 * the match set computed here (ranked for relevance) is the one iterateResults reuses.
 */
export function countResults(db: Db, query: string, sort?: SortKey): number {
  return matchPlan(db, planQuery(query), sort === 'relevance').ids.length;
}

export interface IterateOptions {
  query: string;
  sort?: SortKey;
  order?: SortOrder;
  /** Only these filings (still ordered by `sort`); absent means the whole result set. */
  ids?: readonly number[];
  /** Cut a snippet for each row (costs a document read per row). */
  snippets?: boolean;
}

const CHUNK = 500;

/**
 * Every result of a query, in order, for export. Only the ordered ids (4 bytes each) are held;
 * rows are loaded CHUNK at a time, so memory stays flat however many rows are written.
 */
export function* iterateResults(db: Db, opts: IterateOptions): Generator<SearchResult> {
  const plan = planQuery(opts.query);
  const sort = opts.sort ?? 'relevance';
  let m = matchPlan(db, plan, sort === 'relevance');
  if (opts.ids) {
    const wanted = new Set(opts.ids);
    m = { ...m, ids: m.ids.filter((id) => wanted.has(id)) }; // the cached set stays whole
  }
  const all = ordered(m, sort, opts.order ?? defaultOrder(sort));
  const finder = opts.snippets && plan.highlight.length ? new HitFinder(plan.highlight) : null;
  // Scores for the whole set at once: one ranked pass, not one per chunk.
  const bm25 = scorer(db, m, plan.match, Array.from(all));
  for (let i = 0; i < all.length; i += CHUNK) {
    yield* loadResults(db, Array.from(all.subarray(i, i + CHUNK)), {
      doc: docIn(m),
      bm25,
      finder,
      sections: finder ? { highlight: plan.highlight, filters: plan.sections } : undefined,
    });
  }
}
