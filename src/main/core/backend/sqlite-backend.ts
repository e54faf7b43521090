// The embedded backend: the SQLite core behind the search interface, unchanged in behaviour
// (each method is the core's own function; the core stays synchronous underneath).
import type { Db } from '../db/open';
import {
  browseCompanies,
  countResults,
  filingCompanies,
  getDocument,
  getFiling,
  iterateResults,
  related,
  searchRemembering,
  suggest,
  timeline,
} from '../search';
import { getStats } from '../store/status';
import type { SearchBackend } from './search-backend';

export function sqliteBackend(db: Db, dbPath: string): SearchBackend {
  return {
    name: 'sqlite',
    location: dbPath,
    // The user's searches: a costly one is remembered, to be asked again after a write (asked.ts).
    search: async (req) => searchRemembering(db, req),
    timeline: async (req) => timeline(db, req),
    count: async (query, sort) => countResults(db, query, sort),
    // A sync generator is an async iterable too; rows still load 500 at a time.
    iterate: (req) => toAsync(iterateResults(db, req)),
    filing: async (id) => getFiling(db, id),
    filingCompanies: async (id, page) =>
      db.prepare('SELECT 1 FROM filings WHERE id = ?').get(id) === undefined ? null : filingCompanies(db, id, page),
    document: async (req) => getDocument(db, req),
    related: async (id) => related(db, id),
    suggest: async (req) => suggest(db, req),
    browse: async (req) => browseCompanies(db, req),
    stats: async () => getStats(db, dbPath),
    close: async () => {},
  };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
