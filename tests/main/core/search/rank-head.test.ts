// Best-first pages from the ranked head (rank-top.ts) must equal pages of the full ranking:
// same filings in the same order, same best document, same score. Checked on an archive
// built to tie (tie-archive.ts), with and without filters, at every page boundary the head's
// growth could get wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import { planQuery } from '../../../../src/main/core/search/compile';
import { filterDocs, matchPlan } from '../../../../src/main/core/search/match';
import { localSource } from '../../../../src/main/core/search/best-documents';
import { relevancePage } from '../../../../src/main/core/search/rank-top';
import { buildDb } from './fixture-db';
import { expectHeadEqualsFull, TIE_QUERIES } from './head-equality';
import { tieEntries } from './tie-archive';

let db: Db;
/** Heads that stopped short of the whole match set: the growth and tie paths ran. */
let partialHeads = 0;
beforeAll(() => {
  db = buildDb(tieEntries());
});
afterAll(() => db.close());

function compare(query: string, offset: number, limit: number, firstK: number): number {
  const { head, length } = expectHeadEqualsFull(db, query, offset, limit, firstK, (plan) =>
    localSource(db, plan.match, filterDocs(db, plan)),
  );
  if (!head.complete) partialHeads++;
  return length;
}

describe('relevancePage', () => {
  const queries = TIE_QUERIES;
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
