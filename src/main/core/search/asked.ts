// The user's usual costly searches, asked again after a write. What a costly query kept
// (saved-best.ts, saved-matches.ts, saved-section-hits.ts) is emptied by every write to the
// archive: a catch-up at start that adds one filing makes the first search of the day rank
// `stock` over every document again (0.3-1 s at 100,000 real-size filings). So a search that
// had to keep work remembers its query here (search_asked, migration 014, which no trigger
// empties), and an indexing run that wrote asks the most asked of them again once its writes
// are committed (askAgainAfterWrite, called by indexFolders), before the user does. A query
// served from what was kept is not written again, and `asks` counts occasions at least
// `apartMs` apart (a request and its deferred section facet are one): the sessions and days a
// query was asked in, not its repeats.
// The table holds query texts the user typed, as the kept tables hold their FTS5 expressions:
// it stays in the archive's database on the user's disk, at most `kept` rows.
import type { SearchRequest, SearchResponse } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { KEPT_SEARCH_TABLES, keptSaves, writeIfFree } from './catalog-store';
import { QuerySyntaxError } from './errors';
import { SAVED_MATCHES } from './saved-matches';
import { search } from './search';
import { stmt } from './statements';

export const ASKED = {
  /** Queries asked again after a write: most asked first, then the costliest... */
  again: 16,
  /**
   * ...until the budget is spent: `budgetShare` of the run's own time, within [minBudgetMs,
   * maxBudgetMs]. A cold `stock` takes 0.2-0.5 s at 100,000 real-size filings; a check of
   * every root there takes ~25 s. Runs that follow each other (a downloader writing while the
   * app is open) thus spend at most a quarter more on it.
   */
  budgetShare: 0.25,
  minBudgetMs: 1000,
  maxBudgetMs: 5000,
  /** Queries remembered; the least recently asked go first. */
  kept: 64,
  /** Only queries asked within this many days are asked again. */
  withinDays: 60,
  /** Asks closer together than this count once. */
  apartMs: 3_600_000,
};

const DAY_MS = 86_400_000;

/**
 * Remembers that `query` was asked and its search kept work, which took `costMs`. Best effort:
 * never waits, never throws.
 */
export function rememberAsked(db: Db, query: string, costMs: number, now = Date.now()): boolean {
  try {
    return writeIfFree(db, () => {
      stmt<[string, number, number, number]>(
        db,
        `INSERT INTO search_asked (query, asks, asked_at, cost_ms) VALUES (?, 1, ?, ?)
         ON CONFLICT (query) DO UPDATE
         SET asks = asks + (excluded.asked_at >= asked_at + ?), asked_at = excluded.asked_at,
             cost_ms = excluded.cost_ms`,
      ).run(query, now, costMs, ASKED.apartMs);
      stmt<[number]>(
        db,
        'DELETE FROM search_asked WHERE query NOT IN (SELECT query FROM search_asked ORDER BY asked_at DESC, query LIMIT ?)',
      ).run(ASKED.kept);
      return true;
    });
  } catch {
    return false; // no such table: read-only on an older schema
  }
}

/**
 * The queries to ask again: asked within `withinDays`, most asked first, then the costliest
 * (within a budget, the user's longest waits go first), then the most recent.
 */
export function askedQueries(db: Db, now = Date.now()): string[] {
  try {
    return stmt<[number, number], string>(
      db,
      'SELECT query FROM search_asked WHERE asked_at >= ? ORDER BY asks DESC, cost_ms DESC, asked_at DESC, query LIMIT ?',
    )
      .pluck()
      .all(now - ASKED.withinDays * DAY_MS, ASKED.again) as string[];
  } catch {
    return []; // no such table: read-only on an older schema
  }
}

/** search(), remembering the query when its search had to keep work (the user's path). */
export function searchRemembering(db: Db, req: SearchRequest): SearchResponse {
  const before = keptSaves(db);
  const t0 = performance.now();
  const response = search(db, req);
  const costMs = performance.now() - t0;
  const query = req.query.trim();
  if (query && keptSaves(db) > before) rememberAsked(db, query, costMs);
  return response;
}

/** Whether every kept table is empty: a write emptied them since a search last kept work. */
function keptEmptied(db: Db): boolean {
  return KEPT_SEARCH_TABLES.every((table) => !stmt(db, `SELECT 1 FROM ${table} LIMIT 1`).get());
}

/** The time a run of `runMs` may spend asking remembered queries again (ASKED.budgetShare). */
export function askAgainBudgetMs(runMs: number): number {
  return Math.min(ASKED.maxBudgetMs, Math.max(ASKED.minBudgetMs, ASKED.budgetShare * runMs));
}

/**
 * After an indexing run that wrote (every kept table empty), asks the remembered queries again
 * in askedQueries' order until `budgetMs` is spent (the first is always asked); their work is
 * kept whatever it costs now (it was costly when they were remembered). Runs where the run ran
 * (the app's index worker, the CLI), on the writer's connection once its last write is
 * committed: the archive process's thread stays free for the user's own first query. Never
 * fails the run. Returns the queries asked.
 */
export function askAgainAfterWrite(db: Db, budgetMs = ASKED.maxBudgetMs): string[] {
  const asked: string[] = [];
  try {
    if (!keptEmptied(db)) return asked;
    const t0 = performance.now();
    for (const query of askedQueries(db)) {
      askAgain(db, query);
      asked.push(query);
      if (performance.now() - t0 >= budgetMs) break;
    }
  } catch (err) {
    console.warn('remembered searches not asked again:', err);
  }
  return asked;
}

/**
 * What is asked again for a remembered query: the app's first page and its facets, the section
 * facet included, keeping its matches and ranking (SAVED_MATCHES.afterMs 0 meanwhile: the
 * query is remembered because it was costly). A query this version refuses is forgotten.
 */
export function askAgain(db: Db, query: string): void {
  const afterMs = SAVED_MATCHES.afterMs;
  try {
    SAVED_MATCHES.afterMs = 0;
    search(db, { query, limit: 50, facets: true });
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err;
    writeIfFree(db, () => stmt<[string]>(db, 'DELETE FROM search_asked WHERE query = ?').run(query).changes > 0);
  } finally {
    SAVED_MATCHES.afterMs = afterMs;
  }
}
