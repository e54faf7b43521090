// Kept matches (saved-matches.ts) must answer exactly as FTS5 does: the same documents in the
// same order, so every total, page, best document, score and facet is the same, on the first
// ask (which keeps them) and on the next (which reads them). A write must empty them; another
// connection must read them; an expression that was costly to match keeps its ranking too.
// The first fetch of a ranking scales with documents per filing (rank-top.ts scaledFetch).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { localSource, type DocumentSource } from '../../../../src/main/core/search/best-documents';
import { planQuery } from '../../../../src/main/core/search/compile';
import { matchPlan } from '../../../../src/main/core/search/match';
import { rankHead, scaledFetch } from '../../../../src/main/core/search/rank-top';
import { loadMatched, packDocs, SAVED_MATCHES, unpackDocs } from '../../../../src/main/core/search/saved-matches';
import { search } from '../../../../src/main/core/search';
import { buildDb, doc, filing, writeFilings } from './fixture-db';
import { expectHeadEqualsFull, TIE_QUERIES } from './head-equality';
import { tieEntries } from './tie-archive';

const defaults = { ...SAVED_MATCHES };
afterEach(() => Object.assign(SAVED_MATCHES, defaults));

let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saved-matches-'));
  db = buildDb(tieEntries(), join(dir, 'archive.db'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const empty = () => db.exec('DELETE FROM search_matched; DELETE FROM search_ranked;');
/** FTS5's own documents for an expression, in its order. */
const ftsDocs = (d: Db, match: string) =>
  JSON.parse(
    d.prepare('SELECT json_group_array(rowid) FROM doc_fts WHERE doc_fts MATCH ?').pluck().get(match) as string,
  ) as number[];
const QUERIES = [...TIE_QUERIES, '"stock of the trust"', 'NEAR(stock trust, 3)', 'exhibit'];
const ask = (query: string, offset = 0, sort: 'relevance' | 'date' = 'relevance') =>
  search(db, { query, limit: 40, offset, facets: true, sort });
/** Requests no other test has cached in memory (match.ts keeps the last 4 match sets). */
const flush = () => ['agreement', 'issued', 'options', 'preferred', 'holdings'].forEach((q) => ask(q));

describe('packDocs', () => {
  it('packs ascending ids as bits when that is smaller, else as ids, and unpacks them in order', () => {
    const dense = Int32Array.from({ length: 200 }, (_, i) => i * 2 + (i % 3 === 0 ? 1 : 0)).filter(
      (d, i, a) => i === 0 || d > a[i - 1]!,
    );
    const withTopBits = Int32Array.from([0, 31, 32, 63, 64, 95, 96, 127]);
    for (const docs of [dense, withTopBits]) {
      const packed = packDocs(docs);
      expect(Object.keys(packed.arrays)).toEqual(['bits']);
      expect(Array.from(unpackDocs(packed)!)).toEqual(Array.from(docs));
    }
    const sparse = Int32Array.from([5, 90_000, 1_000_000]);
    const unordered = Int32Array.from([3, 1, 2, 4, 5, 6, 7, 8]);
    for (const docs of [sparse, unordered, new Int32Array(0)]) {
      const packed = packDocs(docs);
      expect(Object.keys(packed.arrays)).toEqual(['docs']);
      expect(Array.from(unpackDocs(packed)!)).toEqual(Array.from(docs));
    }
    // A count the bits do not hold is not a list of this version.
    const bits = packDocs(withTopBits);
    expect(unpackDocs({ ...bits, strings: { count: ['9'] } })).toBeNull();
    expect(unpackDocs({ ...bits, strings: { count: ['7'] } })).toBeNull();
    expect(unpackDocs(null)).toBeNull();
  });
});

describe('kept matches', () => {
  it('answer every request as FTS5 does, on the ask that keeps them and on the asks that read them', () => {
    empty();
    Object.assign(SAVED_MATCHES, { afterMs: Infinity });
    // By date, each filing shows its first matching document: the kept order must be FTS5's.
    const asks = (q: string) => [ask(q), ask(q, 40), ask(q, 0, 'date')];
    const want = QUERIES.map(asks);
    expect(count('search_matched')).toBe(0);
    const strip = (r: ReturnType<typeof ask>) => ({ ...r, tookMs: 0 });
    Object.assign(SAVED_MATCHES, { afterMs: 0 });
    for (let pass = 0; pass < 2; pass++) {
      flush();
      QUERIES.forEach((q, i) => expect(asks(q).map(strip)).toEqual(want[i]!.map(strip)));
    }
    // One list per distinct FTS5 expression (filters are not part of it), FTS5's own documents.
    const expressions = new Set(QUERIES.map((q) => planQuery(q).match!));
    for (const match of expressions) expect(Array.from(loadMatched(db, match)!)).toEqual(ftsDocs(db, match));
  });

  it('are not kept when FTS5 found the documents faster than afterMs', () => {
    empty();
    Object.assign(SAVED_MATCHES, { afterMs: 60_000 });
    flush();
    for (const q of QUERIES) ask(q);
    expect(count('search_matched')).toBe(0);
  });

  it('keep the ranking of a costly expression however few documents it matches', () => {
    empty();
    Object.assign(SAVED_MATCHES, { afterMs: 0 });
    flush();
    // 'trust' matches far fewer documents than saved-best's fromDocs (16,384).
    ask('trust');
    expect(count('search_ranked')).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM search_ranked WHERE part = ?').pluck().get('"trust"')).toBe(1);
  });

  it('are read by another connection, and emptied by a write', () => {
    empty();
    Object.assign(SAVED_MATCHES, { afterMs: 0 });
    flush();
    ask('exhibit');
    const match = planQuery('exhibit').match!;
    const other = openDatabase(join(dir, 'archive.db'), { readonly: true });
    try {
      expect(Array.from(loadMatched(other, match)!)).toEqual(ftsDocs(other, match));
    } finally {
      other.close();
    }
    const before = ask('exhibit').total;
    writeFilings(db, [
      {
        path: '/f/new-exhibit.txt',
        filing: filing({ accessionNumber: '0000000009-05-000002', documents: [doc('a new exhibit')] }),
      },
    ]);
    expect(count('search_matched')).toBe(0);
    expect(ask('exhibit').total).toBe(before + 1);
    expect(Array.from(loadMatched(db, match)!)).toEqual(ftsDocs(db, match)); // kept again, from the new archive
  });
});

describe('scaledFetch', () => {
  // 12 filings of 30 exhibits each with the word, and 60 filings with it once: 420 documents.
  let fund: Db;
  beforeAll(() => {
    fund = buildDb([
      ...Array.from({ length: 12 }, (_, i) => ({
        path: `/fund/${i}.txt`,
        filing: filing({
          accessionNumber: `0000000002-04-${String(i).padStart(6, '0')}`,
          formType: 'N-CSR',
          filedDate: `2004-0${1 + (i % 2)}-10`,
          documents: Array.from({ length: 30 }, (_, k) =>
            doc(`registered under the investment company act ${'fund '.repeat(k % 4)}`, {
              sequence: k + 1,
              filename: `ex${k}.txt`,
            }),
          ),
        }),
      })),
      ...Array.from({ length: 60 }, (_, i) => ({
        path: `/other/${i}.txt`,
        filing: filing({
          accessionNumber: `0000000003-04-${String(i).padStart(6, '0')}`,
          filedDate: '2005-03-01',
          documents: [doc(`the investment company act of 1940 ${'and '.repeat(i % 9)}`)],
        }),
      })),
    ]);
  });
  afterAll(() => fund.close());

  /** A source that counts its fetches. */
  const counting = (source: DocumentSource) => {
    const fetched: number[] = [];
    return {
      fetched,
      best: (k: number) => (fetched.push(k), source.best(k)),
      upTo: (bound: number) => source.upTo(bound),
    };
  };

  it('fetches documents per filing times a first fetch, so clustered matches take one fetch', () => {
    const plan = planQuery('"investment company act"');
    const m = matchPlan(fund, plan, false);
    expect(m.ids.length).toBe(72);
    expect(m.matchedDocs!.length).toBe(420);
    // 420 documents in 72 filings: 6 per filing.
    expect(scaledFetch(m, 50)).toBe(200 * 6);
    const source = counting(localSource(fund, plan.match!, null));
    const head = rankHead(m, source, 50);
    expect(source.fetched).toEqual([1200]);
    expect(head.complete).toBe(true);
    // Not scaled: the fetch grows in steps, each a ranking of every match.
    const plain = counting(localSource(fund, plan.match!, null));
    rankHead(m, plain, 72, { firstK: 50 });
    expect(plain.fetched.length).toBeGreaterThan(1);
    // Either way the head is the full ranking's.
    for (const [offset, limit] of [
      [0, 50],
      [50, 22],
    ] as const) {
      expectHeadEqualsFull(fund, '"investment company act"', offset, limit, 200, (p) =>
        localSource(fund, p.match, null),
      );
    }
  });

  it('counts only the documents of filings the filters leave', () => {
    // The 60 single-document filings: one document per filing, no scaling.
    const only = matchPlan(fund, planQuery('"investment company act" filed:2005'), false);
    expect(only.ids.length).toBe(60);
    expect(scaledFetch(only, 50)).toBe(200);
    const funds = matchPlan(fund, planQuery('"investment company act" form:N-CSR'), false);
    // 30 documents per filing: 6,000, capped where saved-best's kept list ends.
    expect(scaledFetch(funds, 50)).toBe(4096);
  });
});
