// The check both ranking sources are held to: a best-first page from the ranked head
// (rank-top.ts) equals the same page of the full ranking (same filings, order, best
// documents and scores).
import { expect } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import type { DocumentSource } from '../../../../src/main/core/search/best-documents';
import { planQuery, type Plan } from '../../../../src/main/core/search/compile';
import { matchPlan, type MatchSet } from '../../../../src/main/core/search/match';
import { page } from '../../../../src/main/core/search/order';
import { headPage, rankHead, type RankedHead } from '../../../../src/main/core/search/rank-top';

/** Compares the page [offset, offset + limit) of `query`; returns the head and the page's length. */
export function expectHeadEqualsFull(
  db: Db,
  query: string,
  offset: number,
  limit: number,
  firstK: number,
  source: (plan: Plan & { match: string }, unranked: MatchSet) => DocumentSource,
): { head: RankedHead; length: number } {
  const plan = planQuery(query);
  if (!plan.match) throw new Error('a text query');
  // The unranked set first: asked second, the ranked set would be served from the cache.
  const unranked = matchPlan(db, plan, false);
  expect(unranked.score).toBeNull();
  const full = matchPlan(db, plan, true);
  const want = page(full, 'relevance', 'desc', offset, limit);
  const head = rankHead(unranked, source(plan as Plan & { match: string }, unranked), offset + limit, { firstK });
  const ids = headPage(unranked, head, offset, limit);
  expect(ids).toEqual(want);
  for (const id of ids) {
    expect(head.doc.get(id)).toBe(full.doc![id]);
    expect(head.score.get(id)).toBe(full.score![id]);
  }
  return { head, length: want.length };
}

/** Queries over tie-archive.ts: words, a phrase, OR, and filters (unfiltered ones first). */
export const TIE_QUERIES = [
  'stock',
  '"common stock"',
  'trust',
  'stock OR trust',
  'stock form:8-K',
  'stock -trust',
  'stock filed:2003..2006',
];
