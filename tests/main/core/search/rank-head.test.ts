// Best-first pages from the ranked head (rank-top.ts) must equal pages of the full ranking:
// same filings in the same order, same best document, same score. Checked on an archive
// built to tie (tie-archive.ts), with and without filters, at every page boundary the head's
// growth could get wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import { planQuery } from '../../../../src/main/core/search/compile';
import { filterDocs, matchPlan } from '../../../../src/main/core/search/match';
import { page } from '../../../../src/main/core/search/order';
import { localSource } from '../../../../src/main/core/search/best-documents';
import { headPage, rankHead, relevancePage } from '../../../../src/main/core/search/rank-top';
import { buildDb } from './fixture-db';
import { tieEntries } from './tie-archive';

let db: Db;
/** Heads that stopped short of the whole match set: the growth and tie paths ran. */
let partialHeads = 0;
beforeAll(() => {
  db = buildDb(tieEntries());
});
afterAll(() => db.close());

function compare(query: string, offset: number, limit: number, firstK: number): number {
  const plan = planQuery(query);
  if (!plan.match) throw new Error('a text query');
  // The unranked set first: asked second, the ranked set would be served from the cache.
  const unranked = matchPlan(db, plan, false);
  expect(unranked.score).toBeNull();
  const full = matchPlan(db, plan, true);
  const want = page(full, 'relevance', 'desc', offset, limit);
  const source = localSource(db, plan.match, filterDocs(db, plan));
  const head = rankHead(unranked, source, offset + limit, { firstK });
  if (!head.complete) partialHeads++;
  const ids = headPage(unranked, head, offset, limit);
  expect(ids).toEqual(want);
  for (const id of ids) {
    expect(head.doc.get(id)).toBe(full.doc![id]);
    expect(head.score.get(id)).toBe(full.score![id]);
  }
  return want.length;
}

describe('relevancePage', () => {
  const queries = [
    'stock',
    '"common stock"',
    'trust',
    'stock OR trust',
    'stock form:8-K',
    'stock -trust',
    'stock filed:2003..2006',
  ];
  for (const q of queries) {
    it(`equals the full ranking for ${q} at every page, however few documents come first`, () => {
      let seen = 0;
      for (const firstK of [1, 7, 64, 1000])
        for (const [offset, limit] of [
          [0, 1],
          [0, 50],
          [50, 50],
          [0, 64],
          [63, 2],
          [250, 50],
          [299, 7],
          [0, 600],
          [880, 50],
        ]) {
          seen += compare(q, offset, limit, firstK);
        }
      expect(seen).toBeGreaterThan(0);
    });
  }

  it('stopped short of the whole match set for most small first fetches', () => {
    expect(partialHeads).toBeGreaterThan(50);
  });

  it('keeps the head with its match set: a page it holds reuses it, a deeper one grows it', () => {
    const plan = planQuery('stock');
    const m = matchPlan(db, plan, false);
    const stockSource = () => localSource(db, plan.match!, null);
    const first = relevancePage(m, stockSource, 0, 10).head;
    expect(first.complete).toBe(false);
    expect(relevancePage(m, stockSource, 10, 10).head).toBe(first);
    const deep = relevancePage(m, stockSource, 500, 50).head;
    expect(deep).not.toBe(first);
    expect(deep.ids.length).toBeGreaterThanOrEqual(550);
    expect(relevancePage(m, stockSource, 0, 10).head).toBe(deep);
  });
});
