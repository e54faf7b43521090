// Kept best documents (saved-best.ts) must give the same head as FTS5 ranking every match:
// same filings, order, best documents and scores, with and without filters, at every page
// boundary, on an archive built to tie (tie-archive.ts), whatever number is kept. A write
// must empty what was kept, and another connection must read it back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { bestDocuments, documentsUpTo } from '../../../../src/main/core/search/best-documents';
import { generationOf } from '../../../../src/main/core/search/catalog-store';
import { planQuery } from '../../../../src/main/core/search/compile';
import { filterDocs } from '../../../../src/main/core/search/match';
import {
  keptFrom,
  loadKept,
  SAVED_BEST,
  savedSource,
  type SavedSource,
} from '../../../../src/main/core/search/saved-best';
import { SAVED_MATCHES } from '../../../../src/main/core/search/saved-matches';
import { search } from '../../../../src/main/core/search';
import { buildDb, doc, filing, writeFilings } from './fixture-db';
import { expectHeadEqualsFull, TIE_QUERIES } from './head-equality';
import { tieEntries } from './tie-archive';

const defaults = { ...SAVED_BEST };
const matchDefaults = { ...SAVED_MATCHES };
// These tests are about the count rules: a match slow enough to count as costly (a busy
// machine) would keep a ranking whatever its count (saved-matches.ts), so never here.
beforeEach(() => Object.assign(SAVED_MATCHES, { afterMs: Infinity }));
afterEach(() => {
  Object.assign(SAVED_BEST, defaults);
  Object.assign(SAVED_MATCHES, matchDefaults);
});

let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saved-best-'));
  db = buildDb(tieEntries(), join(dir, 'archive.db'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const kept = (d: Db) => d.prepare('SELECT count(*) FROM search_ranked').pluck().get() as number;

/** The head from savedSource against the full ranking; returns how many answers the kept list gave. */
function compare(query: string, offset: number, limit: number, firstK: number): number {
  let source: SavedSource | undefined;
  expectHeadEqualsFull(db, query, offset, limit, firstK, (plan, unranked) => {
    source = savedSource(db, plan.match, filterDocs(db, plan), unranked.matchedDocs ?? []);
    return source;
  });
  return source!.served;
}

describe('savedSource', () => {
  // Unfiltered first: a filtered query reads what its text's unfiltered ranking kept.
  const queries = TIE_QUERIES;
  const pages = [
    [0, 1],
    [0, 50],
    [50, 50],
    [63, 2],
    [250, 50],
    [299, 7],
    [0, 600],
    [880, 50],
  ] as const;
  // 5: fewer than a first fetch; 301: cut inside the big tie; 5,000: every match kept.
  for (const keep of [5, 64, 301, 5000]) {
    it(`equals the full ranking with ${keep} documents kept, at every page and first fetch`, () => {
      db.prepare('DELETE FROM search_ranked').run();
      Object.assign(SAVED_BEST, { fromDocs: 1, kept: keep });
      let served = 0;
      for (const q of queries)
        for (const firstK of [1, 7, 64, 1000])
          for (const [offset, limit] of pages) served += compare(q, offset, limit, firstK);
      expect(kept(db)).toBe(4); // one list per distinct FTS5 expression
      // Answers the kept list gave (the rest needed more than it holds); deterministic here.
      expect(served).toBeGreaterThanOrEqual({ 5: 1, 64: 5, 301: 30, 5000: 200 }[keep]!);
    });
  }

  it('keeps nothing for a query matching fewer documents than fromDocs, or ranked with a filter leaving fewer than half', () => {
    db.prepare('DELETE FROM search_ranked').run();
    Object.assign(SAVED_BEST, { fromDocs: 1_000_000 });
    expect(compare('stock', 0, 50, 200)).toBe(0);
    Object.assign(SAVED_BEST, { fromDocs: 1 });
    // Four years of the ten: 40% of the matches.
    expect(compare('stock filed:2003..2006', 0, 50, 200)).toBe(0);
    expect(kept(db)).toBe(0);
    expect(compare('stock', 0, 50, 200)).toBeGreaterThan(0);
    expect(kept(db)).toBe(1);
  });

  it('keeps the unfiltered best documents when a filter leaves at least half the matches, and fromDocs of them', () => {
    db.prepare('DELETE FROM search_ranked').run();
    // Every match kept (the big tie would cut a shorter list before a first fetch's 200).
    Object.assign(SAVED_BEST, { fromDocs: 1, kept: 5000 });
    // Nine years of the ten: 90% of the matches.
    expect(compare('stock filed:2001..2009', 0, 50, 200)).toBeGreaterThan(0);
    expect(kept(db)).toBe(1);
    const list = loadKept(db, planQuery('stock').match!)!;
    const rows = bestDocuments(db, planQuery('stock').match!, null, list.docs.length);
    expect(Array.from(list.docs)).toEqual(Array.from(rows.filter((_, i) => i % 2 === 0)));
    // The unfiltered ranking reads them.
    expect(compare('stock', 0, 50, 200)).toBeGreaterThan(0);
    // Every document of the text's matches reaches fromDocs, the 90% the filter allows do not: nothing kept.
    db.prepare('DELETE FROM search_ranked').run();
    Object.assign(SAVED_BEST, { fromDocs: bestDocuments(db, planQuery('stock').match!, null, 1e6).length / 2 });
    expect(compare('stock filed:2001..2009', 0, 50, 200)).toBe(0);
    expect(kept(db)).toBe(0);
  });

  it('is saved without changing the generation the catalog was built in, and read by another connection', () => {
    db.prepare('DELETE FROM search_ranked').run();
    Object.assign(SAVED_BEST, { fromDocs: 1, kept: 300 });
    const before = generationOf(db);
    compare('stock', 0, 50, 200);
    expect(generationOf(db)).toBe(before);
    const other = openDatabase(join(dir, 'archive.db'), { readonly: true });
    try {
      const match = planQuery('stock').match!;
      const list = loadKept(other, match)!;
      expect(list.docs.length).toBeGreaterThan(0);
      // FTS5's own rows, strictly better than the cut.
      const rows = bestDocuments(other, match, null, list.docs.length);
      expect(Array.from(list.docs)).toEqual(Array.from(rows.filter((_, i) => i % 2 === 0)));
      expect(Array.from(list.scores)).toEqual(Array.from(rows.filter((_, i) => i % 2 === 1)));
      expect(documentsUpTo(other, match, null, list.below).length / 2).toBeGreaterThan(list.docs.length);
    } finally {
      other.close();
    }
  });

  it('is emptied by a write, and the next ranking equals FTS5 on the new archive', () => {
    db.prepare('DELETE FROM search_ranked').run();
    // Every match kept: a list left over from before the write would answer every ranking.
    Object.assign(SAVED_BEST, { fromDocs: 1, kept: 5000 });
    expect(compare('stock', 0, 50, 200)).toBeGreaterThan(0);
    expect(kept(db)).toBe(1);
    // Short documents with the word in their head: they rank first, so a stale list would miss them.
    writeFilings(db, [
      {
        path: '/f/new.txt',
        filing: filing({ accessionNumber: '0000000009-05-000001', formType: 'STOCK', documents: [doc('stock')] }),
      },
    ]);
    expect(kept(db)).toBe(0);
    const r = search(db, { query: 'stock', limit: 5 });
    expect(r.results[0]!.accessionNumber).toBe('0000000009-05-000001');
    expect(compare('stock', 0, 50, 200)).toBeGreaterThan(0); // kept again, from the new archive
  });
});

describe('keptFrom', () => {
  it('keeps only documents strictly better than a score the cut may share', () => {
    const rows = Float64Array.from([1, -3, 2, -2, 3, -1, 4, -1]);
    expect(keptFrom(rows, 4)).toMatchObject({ below: -1 });
    expect(Array.from(keptFrom(rows, 4).docs)).toEqual([1, 2]);
    // Fewer rows than fetched: every match is there.
    const all = keptFrom(rows, 5);
    expect(all.below).toBe(Infinity);
    expect(Array.from(all.docs)).toEqual([1, 2, 3, 4]);
  });
});
