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
import { bestDocuments, mergeBest } from './best-documents';
import { catalog } from './catalog';
import { planQuery, type Plan } from './compile';
import { facetCounts, timelineBuckets } from './facets';
import { HitFinder } from './hits';
import { cachedMatch, documentScores, filterDocs, matchPlan, type MatchSet } from './match';
import { defaultOrder, ordered, page } from './order';
import { rankThreadOf } from './rank-thread';
import { firstFetch, hasHead, relevancePage, type FirstFetch } from './rank-top';
import { loadResults } from './results';

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

/**
 * The share of document ids this thread scores itself, after matching and counting; the
 * ranking thread scores the rest meanwhile. Measured at 100,000 filings: "stock" then takes
 * ~28 ms on either side instead of ~37 ms on the ranking thread alone (each side repeats
 * FTS5's document-frequency pass, so halves cost more than half).
 */
const OWN_SHARE = 0.35;

/**
 * The first fetch of a best-first page, split with the ranking thread when there is one and
 * it has work to do: the thread scores the higher document ids while this thread matches,
 * counts and builds facets, then scores the lower ones; the two best-k lists are merged.
 */
function firstFetchOnThread(
  db: Db,
  plan: Plan,
  need: number,
  allowedDocs: () => Uint8Array | null,
): FirstFetch | undefined {
  const thread = rankThreadOf(db);
  const match = plan.match;
  if (!thread?.ready || !match) return undefined;
  const known = cachedMatch(db, plan, false);
  if (known && (known.score || hasHead(known, need))) return undefined;
  const k = firstFetch(need);
  const allowed = allowedDocs();
  const split = Math.floor(catalog(db).docFiling.length * OWN_SHARE);
  const theirs = thread.bestDocuments(match, allowed, k, [split, Number.MAX_SAFE_INTEGER]);
  return {
    k,
    rows: () => {
      const mine = bestDocuments(db, match, allowed, k, [0, split]);
      const other = theirs();
      return other && mergeBest(mine, other, k);
    },
  };
}

export function search(db: Db, req: SearchRequest): SearchResponse {
  const t0 = performance.now();
  const plan = planQuery(req.query);
  const sort = req.sort ?? 'relevance';
  const order = req.order ?? defaultOrder(sort);
  const limit = Math.max(0, Math.floor(req.limit ?? DEFAULT_LIMIT));
  const offset = Math.max(0, Math.floor(req.offset ?? 0));
  const byRelevance = sort === 'relevance' && plan.match !== null;
  const headOnly = byRelevance && order === 'desc' && offset + limit <= HEAD_LIMIT;
  // The ranking thread, when there is one, scores while this thread matches and counts.
  // The filters' documents, for ranking: computed once, and only if ranking happens.
  let docs: Uint8Array | null | undefined;
  const allowedDocs = () => (docs === undefined ? (docs = filterDocs(db, plan)) : docs);
  const first = headOnly ? firstFetchOnThread(db, plan, offset + limit, allowedDocs) : undefined;
  const m = matchPlan(db, plan, byRelevance && !headOnly);
  const facets = req.facets ? facetCounts(m, req.facetLimit) : undefined;
  const finder = plan.highlight.length ? new HitFinder(plan.highlight) : null;
  let results: SearchResult[];
  if (headOnly && !m.score && plan.match) {
    const { ids, head } = relevancePage(db, m, plan.match, allowedDocs, offset, limit, first);
    results = loadResults(db, ids, {
      doc: (fid) => head.doc.get(fid),
      bm25: (fid) => head.score.get(fid) ?? null,
      finder,
    });
  } else {
    const ids = page(m, sort, order, offset, limit);
    results = loadResults(db, ids, { doc: docIn(m), bm25: scorer(db, m, plan.match, ids), finder });
  }
  const response: SearchResponse = { total: m.ids.length, results };
  if (facets) response.facets = facets;
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
    yield* loadResults(db, Array.from(all.subarray(i, i + CHUNK)), { doc: docIn(m), bm25, finder });
  }
}
