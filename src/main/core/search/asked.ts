// The user's usual costly searches, asked again after a write. What a costly query kept
// (saved-best.ts, saved-matches.ts, saved-section-hits.ts) is emptied by every write to the
// archive: a catch-up at start that adds one filing makes the first search of the day rank
// `stock` over every document again (0.3-1 s at 100,000 real-size filings). So a search that
// had to keep work remembers its query here (search_asked, migration 014, which no trigger
// empties), and an indexing run that wrote asks the most asked of them again once its writes
// are committed (askAgainAfterWrite, called by indexFolders), before the user does. A query
// served from what was kept
// is not written again, and `asks` counts occasions at least `apartMs` apart (a request and
// its deferred section facet are one): the sessions and days a query was asked in, not its
// repeats.
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
  /** Queries asked again after a write, most asked first... */
  warm: 16,
  /** ...until this long was spent on them (a cold `stock` takes 0.2-1 s at 100,000 filings). */
  warmBudgetMs: 5000,
  /** Queries remembered; the least recently asked go first. */
  kept: 64,
  /** Only queries asked within this many days are asked again. */
  withinDays: 60,
  /** Asks closer together than this count once. */
  apartMs: 3_600_000,
};

const DAY_MS = 86_400_000;

/** Remembers that `query` was asked and its search kept work. Best effort: never waits, never throws. */
export function rememberAsked(db: Db, query: string, now = Date.now()): boolean {
  try {
    return writeIfFree(db, () => {
      stmt<[string, number, number]>(
        db,
        `INSERT INTO search_asked (query, asks, asked_at) VALUES (?, 1, ?)
         ON CONFLICT (query) DO UPDATE
         SET asks = asks + (excluded.asked_at >= asked_at + ?), asked_at = excluded.asked_at`,
      ).run(query, now, ASKED.apartMs);
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

/** The queries to ask again: asked within `withinDays`, most asked first, then most recent. */
export function askedQueries(db: Db, now = Date.now()): string[] {
  try {
    return stmt<[number, number], string>(
      db,
      'SELECT query FROM search_asked WHERE asked_at >= ? ORDER BY asks DESC, asked_at DESC, query LIMIT ?',
    )
      .pluck()
      .all(now - ASKED.withinDays * DAY_MS, ASKED.warm) as string[];
  } catch {
    return []; // no such table: read-only on an older schema
  }
}

/** search(), remembering the query when its search had to keep work (the user's path). */
export function searchRemembering(db: Db, req: SearchRequest): SearchResponse {
  const before = keptSaves(db);
  const response = search(db, req);
  const query = req.query.trim();
  if (query && keptSaves(db) > before) rememberAsked(db, query);
  return response;
}

/** Whether every kept table is empty: a write emptied them since a search last kept work. */
function keptEmptied(db: Db): boolean {
  return KEPT_SEARCH_TABLES.every((table) => !stmt(db, `SELECT 1 FROM ${table} LIMIT 1`).get());
}

/**
 * After an indexing run that wrote (every kept table empty), asks the remembered queries again,
 * most asked first, until warmBudgetMs is spent (the first is always asked); their work is kept whatever it costs now (it
 * was costly when they were remembered). Runs where the run ran (the app's index worker, the
 * CLI), on the writer's connection once its last write is committed: the archive process's
 * thread stays free for the user's own first query. Never fails the run. The queries asked.
 */
export function askAgainAfterWrite(db: Db): string[] {
  const asked: string[] = [];
  try {
    if (!keptEmptied(db)) return asked;
    const t0 = performance.now();
    for (const query of askedQueries(db)) {
      askAgain(db, query);
      asked.push(query);
      if (performance.now() - t0 >= ASKED.warmBudgetMs) break;
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
