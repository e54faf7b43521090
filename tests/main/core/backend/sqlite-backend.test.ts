// The SQLite core behind the search interface answers exactly as the core's own functions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteBackend } from '../../../../src/main/core/backend/sqlite-backend';
import type { SearchBackend } from '../../../../src/main/core/backend/search-backend';
import type { Db } from '../../../../src/main/core/db/open';
import {
  browseCompanies,
  countResults,
  getDocument,
  getFiling,
  iterateResults,
  QuerySyntaxError,
  related,
  search,
  suggest,
  timeline,
} from '../../../../src/main/core/search';
import { buildDb } from '../search/fixture-db';
import { syntheticEntries } from '../search/synthetic';

let db: Db;
let backend: SearchBackend;
beforeAll(() => {
  db = buildDb(syntheticEntries());
  backend = sqliteBackend(db, ':memory:');
});
afterAll(() => db.close());

const QUERIES = ['', 'revenue', 'form:8-K OR revenue', '"washington mutual"', 'stock NOT form:10-K', 'filed:2004..'];

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('sqliteBackend', () => {
  it.each(QUERIES)('search, timeline, count and iterate equal the core for %j', async (query) => {
    expect(backend.name).toBe('sqlite');
    const { tookMs: _a, ...got } = await backend.search({ query, limit: 30, facets: true });
    const { tookMs: _b, ...want } = search(db, { query, limit: 30, facets: true });
    expect(got).toEqual(want);
    expect(await backend.timeline({ query, granularity: 'month' })).toEqual(
      timeline(db, { query, granularity: 'month' }),
    );
    expect(await backend.count(query, 'filed')).toBe(countResults(db, query, 'filed'));
    const rows = await collect(backend.iterate({ query, sort: 'filed', order: 'asc', snippets: true }));
    expect(rows).toEqual([...iterateResults(db, { query, sort: 'filed', order: 'asc', snippets: true })]);
    expect(rows.length).toBe(want.total);
  });

  it('answers a filing, its document, related filings, suggestions, browsing and stats from the catalog', async () => {
    const first = search(db, { query: 'revenue', limit: 1 }).results[0];
    expect(await backend.filing(first.id)).toEqual(getFiling(db, first.id));
    expect(await backend.document({ docId: first.docId!, query: 'revenue' })).toEqual(
      getDocument(db, { docId: first.docId!, query: 'revenue' }),
    );
    expect(await backend.related(first.id)).toEqual(related(db, first.id));
    expect(await backend.suggest({ field: 'form', prefix: '8' })).toEqual(suggest(db, { field: 'form', prefix: '8' }));
    expect(await backend.browse({ prefix: 'w' })).toEqual(browseCompanies(db, { prefix: 'w' }));
    expect((await backend.stats()).filings).toBe(countResults(db, ''));
    const companies = await backend.filingCompanies(first.id, { offset: 0, limit: 5 });
    expect(companies?.total).toBeGreaterThan(0);
    expect(await backend.filingCompanies(987_654_321, { offset: 0, limit: 5 })).toBeNull();
  });

  it('refuses a malformed query with its position, as the core does', async () => {
    await expect(backend.search({ query: 'revenue AND (' })).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(backend.count('"open')).rejects.toBeInstanceOf(QuerySyntaxError);
  });
});
