// The user's usual costly searches (asked.ts): a search that kept work is remembered
// (search_asked, migration 014), no write forgets it, and it is asked again after a write that
// emptied what was kept, so the user's next ask of it is served from what that kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sqliteBackend } from '../../../../src/main/core/backend/sqlite-backend';
import type { Db } from '../../../../src/main/core/db/open';
import { search } from '../../../../src/main/core/search';
import {
  ASKED,
  askAgain,
  askAgainAfterWrite,
  askAgainBudgetMs,
  askedQueries,
  rememberAsked,
  searchRemembering,
} from '../../../../src/main/core/search/asked';
import { keptSaves } from '../../../../src/main/core/search/catalog-store';
import { SAVED_BEST } from '../../../../src/main/core/search/saved-best';
import { SAVED_MATCHES } from '../../../../src/main/core/search/saved-matches';
import { buildDb } from './fixture-db';
import { tieEntries } from './tie-archive';

const defaults = { matches: { ...SAVED_MATCHES }, best: { ...SAVED_BEST }, asked: { ...ASKED } };
afterEach(() => {
  Object.assign(SAVED_MATCHES, defaults.matches);
  Object.assign(SAVED_BEST, defaults.best);
  Object.assign(ASKED, defaults.asked);
});

let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asked-'));
  db = buildDb(tieEntries(), join(dir, 'archive.db'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => db.exec('DELETE FROM search_asked; DELETE FROM search_matched; DELETE FROM search_ranked;'));

const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const asked = () =>
  db.prepare('SELECT query, asks FROM search_asked ORDER BY query').all() as { query: string; asks: number }[];
/** Every expression is costly: FTS5's matches are kept, and so is the ranking. */
const allCostly = () => (SAVED_MATCHES.afterMs = 0);
/** Nothing is kept. */
const noneCostly = () => {
  SAVED_MATCHES.afterMs = Infinity;
  SAVED_BEST.fromDocs = Infinity;
};
const ask = (query: string) => searchRemembering(db, { query, limit: 20, facets: true });
/** A write to the archive: the triggers empty every kept table (migration 012). */
const write = () => db.exec('UPDATE filings SET form_type = form_type WHERE id = (SELECT min(id) FROM filings)');
/** Requests that leave nothing of `stock` in match.ts's memory (it keeps the last 4 match sets). */
const flush = () =>
  ['agreement', 'issued', 'options', 'preferred', 'holdings'].forEach((q) => search(db, { query: q }));

describe('remembering the searches that kept work', () => {
  it('remembers a query whose search kept work, and not one that kept nothing', () => {
    noneCostly();
    const saves = keptSaves(db);
    ask('trust');
    expect(keptSaves(db)).toBe(saves);
    expect(asked()).toEqual([]);
    allCostly();
    SAVED_BEST.fromDocs = defaults.best.fromDocs;
    ask('stock');
    expect(count('search_ranked')).toBeGreaterThan(0);
    expect(asked()).toEqual([{ query: 'stock', asks: 1 }]);
  });

  it('does not write again when a repeat is served from what was kept, and survives a write', () => {
    allCostly();
    ask('  stock ');
    flush();
    const saves = keptSaves(db);
    ask('stock');
    expect(keptSaves(db)).toBe(saves);
    write();
    expect(count('search_ranked')).toBe(0);
    expect(asked()).toEqual([{ query: 'stock', asks: 1 }]);
  });

  it('counts asks apartMs apart, forgets the least recent beyond `kept`, offers the most asked, then costliest, first', () => {
    const t = Date.UTC(2026, 11, 1);
    rememberAsked(db, 'stock', 5, t);
    rememberAsked(db, 'stock', 5, t + 60_000); // the same occasion (the deferred section facet)
    rememberAsked(db, 'trust', 50, t + 1000);
    rememberAsked(db, 'stock', 5, t + 60_000 + ASKED.apartMs - 1); // within apartMs of the last ask
    rememberAsked(db, 'stock', 5, t + 60_000 + 2 * ASKED.apartMs);
    const later = t + 60_000 + 2 * ASKED.apartMs + 1;
    rememberAsked(db, '"common stock"', 10, later);
    expect(asked()).toEqual([
      { query: '"common stock"', asks: 1 },
      { query: 'stock', asks: 2 },
      { query: 'trust', asks: 1 },
    ]);
    const now = later + 1;
    // Asked as often: the costlier first, though asked longer ago.
    expect(askedQueries(db, now)).toEqual(['stock', 'trust', '"common stock"']);
    // Older than withinDays: not asked again.
    expect(askedQueries(db, t + 1000 + ASKED.withinDays * 86_400_000 + 1)).toEqual(['stock', '"common stock"']);
    ASKED.again = 1;
    expect(askedQueries(db, now)).toEqual(['stock']);
    ASKED.kept = 2;
    rememberAsked(db, 'exhibit', 1, now);
    expect(asked().map((r) => r.query)).toEqual(['"common stock"', 'exhibit']);
  });
  it('keeps the cost of the last time a query had to be computed', () => {
    const t = Date.now();
    rememberAsked(db, 'trust', 50, t);
    rememberAsked(db, 'stock', 10, t);
    expect(askedQueries(db, t)).toEqual(['trust', 'stock']);
    rememberAsked(db, 'trust', 2, t + 1); // kept ranking served part of it: cheaper now
    expect(askedQueries(db, t + 1)).toEqual(['stock', 'trust']);
  });
});

describe('asking them again after a write', () => {
  const ranked = () => db.prepare('SELECT part FROM search_ranked ORDER BY part').pluck().all();

  it('keeps their work again, costly or not now, without counting an ask; the next ask is served from it', () => {
    allCostly();
    ask('stock');
    ask('"common stock"');
    const before = db.prepare('SELECT * FROM search_asked ORDER BY query').all();
    write();
    expect(count('search_ranked') + count('search_matched')).toBe(0);
    // Nothing counts as costly in this small archive now: what was remembered is kept anyway.
    Object.assign(SAVED_MATCHES, defaults.matches);
    expect(askAgainAfterWrite(db).sort()).toEqual(['"common stock"', 'stock']);
    expect(ranked()).toEqual(['"common stock"', '"stock"']);
    expect(SAVED_MATCHES.afterMs).toBe(defaults.matches.afterMs);
    expect(db.prepare('SELECT * FROM search_asked ORDER BY query').all()).toEqual(before);
    flush();
    const saves = keptSaves(db);
    const answer = ask('stock');
    expect(keptSaves(db)).toBe(saves);
    // The same answer as a search that keeps nothing.
    noneCostly();
    db.exec('DELETE FROM search_matched; DELETE FROM search_ranked;');
    flush();
    const { tookMs: _a, ...served } = answer;
    const { tookMs: _b, ...fresh } = search(db, { query: 'stock', limit: 20, facets: true });
    expect(served).toEqual(fresh);
  });

  it('asks nothing when no write emptied what was kept', () => {
    allCostly();
    ask('stock');
    expect(askAgainAfterWrite(db)).toEqual([]);
  });

  it('asks them, most asked first, until the budget is spent after one', () => {
    allCostly();
    ask('"common stock"');
    ask('stock');
    rememberAsked(db, 'stock', 1, Date.now() + ASKED.apartMs); // asked on two occasions
    const again = (budgetMs?: number) => {
      write();
      askAgainAfterWrite(db, budgetMs);
      return ranked();
    };
    expect(again(0)).toEqual(['"stock"']); // spent by the first query asked
    expect(again()).toEqual(['"common stock"', '"stock"']);
  });

  it("spends a quarter of the run's time on them, at least 1 s, at most 5 s", () => {
    expect(askAgainBudgetMs(200)).toBe(1000);
    expect(askAgainBudgetMs(8000)).toBe(2000);
    expect(askAgainBudgetMs(25_000)).toBe(5000);
  });

  it('forgets a remembered query this version refuses, and asks the others', () => {
    rememberAsked(db, 'stock AND', 1);
    allCostly();
    ask('stock');
    write();
    expect(() => askAgain(db, 'stock AND')).not.toThrow();
    expect(asked().map((r) => r.query)).toEqual(['stock']);
    rememberAsked(db, 'stock AND', 1, Date.now() + ASKED.apartMs);
    rememberAsked(db, 'stock AND', 1, Date.now() + 2 * ASKED.apartMs); // asked most: first
    expect(askAgainAfterWrite(db)).toEqual(['stock AND', 'stock']);
    expect(ranked()).toEqual(['"stock"']);
  });
});

describe("the embedded backend's search (the app's and the CLI's)", () => {
  it('remembers what it asked', async () => {
    allCostly();
    await sqliteBackend(db, db.name).search({ query: 'trust', limit: 5 });
    expect(asked()).toEqual([{ query: 'trust', asks: 1 }]);
  });
});
