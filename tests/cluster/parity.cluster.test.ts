// Parity of the OpenSearch translation with the SQLite search: the corpus and the seeds are
// indexed by the real indexer (SQLite, the catalog of record), every filing is sent to a real
// node, and a query corpus of 300 queries must give equal totals and equal match sets; the
// relevance heads must overlap (section: queries included). Prints one `parity:` line with the
// figures; facets beside a selection are compared on queries that have one.
import { Client } from '@opensearch-project/opensearch';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openDatabase, type Db } from '../../src/main/core/db/open';
import { indexFolders } from '../../src/main/core/indexer/index-folders';
import { indexDefinition } from '../../src/main/core/opensearch/mapping';
import { translateQuery } from '../../src/main/core/opensearch/query-dsl';
import { openSearchCount, openSearchIterate, openSearchSearch } from '../../src/main/core/opensearch/search';
import type { SearchResponse, SearchResult, SortKey, SortOrder } from '../../src/shared/api/types';
import { filingIds, filingRecord } from '../../src/main/core/opensearch/records';
import { search, timeline } from '../../src/main/core/search';
import {
  facetAggregations,
  facetsFromAggregations,
  timelineAggregation,
  timelineFromAggregations,
} from '../../src/main/core/opensearch/facets';
import { planQuery } from '../../src/main/core/search/compile';
import { matchPlan } from '../../src/main/core/search/match';
import { parseQuery, queriesBesideSelection } from '../../src/shared/query';
import { CORPUS_FILES, describeWithShared, SEEDS_DIR } from '../helpers/shared';
import { queryCorpus } from './query-corpus';

const INDEX = 'parity-filings';

describeWithShared('OpenSearch backend parity with SQLite (corpus + seeds)', () => {
  let dir: string;
  let db: Db;
  let client: Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'edgar-parity-'));
    const dbPath = join(dir, 'archive.db');
    await indexFolders({ dbPath, roots: [CORPUS_FILES, SEEDS_DIR], parseWorkers: 2 });
    db = openDatabase(dbPath);
    client = new Client({ node: inject('opensearchUrl') });
    await client.indices.create({ index: INDEX, body: indexDefinition() });
    const ids = filingIds(db);
    for (let i = 0; i < ids.length; i += 50) {
      const body = ids.slice(i, i + 50).flatMap((id) => {
        const r = filingRecord(db, id);
        return r ? [{ index: { _index: INDEX, _id: String(id) } }, r] : [];
      });
      const res = await client.bulk({ body });
      expect((res.body as { errors: boolean }).errors).toBe(false);
    }
    await client.indices.refresh({ index: INDEX });
  });

  afterAll(async () => {
    await client?.indices.delete({ index: INDEX }, { ignore: [404] });
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openSearchIds(query: string): Promise<{ total: number; ids: number[]; top: number[]; aggs: never }> {
    const { ast } = parseQuery(query);
    const t = translateQuery(ast);
    const res = await client.search({
      index: INDEX,
      body: {
        query: t.query,
        size: 10_000,
        track_total_hits: true,
        _source: false,
        sort: t.scored ? [{ _score: 'desc' }, { id: 'asc' }] : [{ id: 'asc' }],
        docvalue_fields: ['id'],
        aggs: {
          ...facetAggregations(),
          ...timelineAggregation('year'),
          month: timelineAggregation('month').timeline,
        } as never,
      },
    });
    const body = res.body as unknown as {
      hits: { total: { value: number }; hits: { fields: { id: number[] } }[] };
      aggregations: never;
    };
    const ids = body.hits.hits.map((h) => h.fields.id[0]);
    return {
      total: body.hits.total.value,
      ids: [...ids].sort((a, b) => a - b),
      top: ids.slice(0, 20),
      aggs: body.aggregations,
    };
  }

  it('totals and match sets are equal for every query; relevance heads overlap', async () => {
    const queries = queryCorpus(db);
    expect(queries.length).toBeGreaterThanOrEqual(200);
    let equalTotals = 0;
    let equalSets = 0;
    let equalFacets = 0;
    let equalTimelines = 0;
    let overlapSum = 0;
    let ranked = 0;
    let matched = 0;
    const misses: string[] = [];
    for (const q of queries) {
      const sqlite = [...matchPlan(db, planQuery(q), false).ids].sort((a, b) => a - b);
      const os = await openSearchIds(q);
      if (sqlite.length > 0) matched++;
      if (os.total === sqlite.length) equalTotals++;
      if (os.ids.length === sqlite.length && os.ids.every((id, i) => id === sqlite[i])) equalSets++;
      else misses.push(`${q}: SQLite ${sqlite.length}, OpenSearch ${os.total}`);
      const facets = search(db, { query: q, limit: 0, facets: true }).facets;
      // The aggregations have no section facet (openSearchSearch counts it from SQLite; compared below).
      if (JSON.stringify(facetsFromAggregations(os.aggs)) === JSON.stringify({ ...facets, section: [] })) equalFacets++;
      else misses.push(`${q}: facets differ`);
      const years = timelineFromAggregations(os.aggs, 'year');
      const aggs = os.aggs as Record<string, unknown>;
      const months = timelineFromAggregations({ timeline: aggs.month } as never, 'month');
      const same =
        JSON.stringify(years) === JSON.stringify(timeline(db, { query: q, granularity: 'year' })) &&
        JSON.stringify(months) === JSON.stringify(timeline(db, { query: q, granularity: 'month' }));
      if (same) equalTimelines++;
      else misses.push(`${q}: timeline differs`);
      if (translateQuery(parseQuery(q).ast).scored && sqlite.length > 0) {
        const head = search(db, { query: q, limit: 20 }).results.map((r) => r.id);
        const shared = os.top.filter((id) => head.includes(id)).length;
        overlapSum += shared / Math.min(20, head.length);
        ranked++;
      }
    }
    const overlap = ranked ? overlapSum / ranked : 1;
    console.log(
      `parity: ${queries.length} queries (${matched} matching something), totals equal ${equalTotals}/${queries.length}, ` +
        `match sets equal ${equalSets}/${queries.length}, facets equal ${equalFacets}/${queries.length}, ` +
        `timelines equal ${equalTimelines}/${queries.length}, top-20 overlap ${overlap.toFixed(3)} over ${ranked} ranked queries`,
    );
    if (misses.length) console.log(`parity misses:\n  ${misses.join('\n  ')}`);
    expect(misses).toEqual([]);
    expect(overlap).toBeGreaterThanOrEqual(0.8);
  });

  it('search() through OpenSearch answers as the embedded search does: totals, facets, rows and snippets', async () => {
    const queries = queryCorpus(db).filter((_, i) => i % 8 === 0);
    let sameRows = 0;
    let otherDoc = 0;
    for (const q of queries) {
      const embedded = search(db, { query: q, limit: 20, facets: true });
      const remote = await openSearchSearch(db, { client, index: INDEX }, { query: q, limit: 20, facets: true });
      expect(remote.total, q).toBe(embedded.total);
      expect(remote.facets, q).toEqual(embedded.facets);
      // Unranked pages (filters only) are in the same order; ranked ones may order ties and
      // near-ties differently, so compare each result by filing.
      const byId = new Map(embedded.results.map((r) => [r.id, r]));
      for (const r of remote.results) {
        const e = byId.get(r.id);
        if (!e) continue;
        // The best document is each engine's own ranking of a filing's documents (BM25 with
        // different statistics); the section of the first hit follows it, so it is compared
        // where both engines chose the same document.
        const sameDoc = r.docId === e.docId;
        if (!sameDoc) otherDoc++;
        const loose = { score: null, snippet: null, snippetHits: null, docId: null };
        const sectionless = sameDoc ? {} : { section: null };
        expect({ ...r, ...loose, ...sectionless }, q).toEqual({ ...e, ...loose, ...sectionless });
        if (e.snippet) expect(r.snippet, q).toBeTruthy();
        sameRows++;
      }
    }
    console.log(
      `parity (search API): ${queries.length} queries, ${sameRows} result rows identical but for score and snippet ` +
        `(${otherDoc} with another best document, section not compared)`,
    );
    expect(sameRows).toBeGreaterThan(50);
    expect(otherDoc).toBeLessThan(sameRows / 10);
  });

  it('facets beside the selection (values OR within a group) count as the embedded search counts them', async () => {
    // Queries with a selection: those of the corpus, and groups of several values of each facet.
    const all = search(db, { query: '', limit: 0, facets: true }).facets!;
    const two = (name: keyof typeof all, field: string) =>
      `(${all[name]
        .slice(0, 2)
        .map(([v]) => `${field}:${/\s/.test(v) ? `"${v}"` : v}`)
        .join(' OR ')})`;
    const groups = [
      two('form', 'form'),
      two('year', 'date'),
      two('state', 'state'),
      two('sic', 'sic'),
      two('item', 'item'),
      '(section:7 OR section:1A)',
    ];
    const corpus = queryCorpus(db).filter((q) => Object.keys(queriesBesideSelection(q)).length > 0);
    const queries = [
      ...corpus,
      ...groups,
      ...groups.map((g) => `agreement ${g}`),
      ...groups.map((g, i) => `${g} ${groups[(i + 1) % groups.length]}`),
      `risk ${groups[0]} ${groups[1]} section:1A`,
    ];
    let equal = 0;
    const misses: string[] = [];
    for (const q of queries) {
      // The app's first answer defers the section facet (deferSectionFacet); both backends alike.
      for (const deferSectionFacet of [false, true]) {
        const req = { query: q, limit: 0, facets: true, facetsBesideSelection: true, deferSectionFacet };
        const embedded = search(db, req);
        const remote = await openSearchSearch(db, { client, index: INDEX }, req);
        const same = (r: SearchResponse) => JSON.stringify([r.facets, r.facetNotes, r.pendingFacets]);
        if (same(remote) === same(embedded)) equal++;
        else misses.push(`${q}${deferSectionFacet ? ' (deferred)' : ''}`);
      }
    }
    console.log(
      `parity (facets beside selection): ${queries.length} queries with selections, facets equal ${equal}/${2 * queries.length} (each also deferred)`,
    );
    expect(misses).toEqual([]);
    expect(queries.length).toBeGreaterThan(50);
  });

  it('pages past the result window and exports every result by point in time + search_after', async () => {
    // The engine refuses from + size past index.max_result_window; a small window here makes
    // the corpus reach past it as 10,000 would at scale.
    const WINDOW = 40;
    await client.indices.putSettings({ index: INDEX, body: { index: { max_result_window: WINDOW } } });
    try {
      await expect(client.search({ index: INDEX, body: { from: WINDOW, size: 10 } })).rejects.toThrow(
        /Result window is too large/,
      );
      const target = { client, index: INDEX, window: WINDOW };
      const cases: { query: string; sort: SortKey; order?: SortOrder }[] = [
        { query: '', sort: 'relevance' },
        { query: 'form:8-K OR form:10-K', sort: 'filed', order: 'desc' },
        { query: 'company', sort: 'relevance' },
        { query: 'agreement NOT form:4', sort: 'date', order: 'asc' },
      ];
      let deepPages = 0;
      let exported = 0;
      for (const c of cases) {
        const rows: SearchResult[] = [];
        for await (const r of openSearchIterate(db, target, { ...c, snippets: true })) rows.push(r);
        const ids = rows.map((r) => r.id);
        const embedded = [...matchPlan(db, planQuery(c.query), false).ids].sort((a, b) => a - b);
        expect(ids.length, c.query).toBe(embedded.length);
        expect(
          [...ids].sort((a, b) => a - b),
          c.query,
        ).toEqual(embedded);
        expect(await openSearchCount(target, c.query)).toBe(ids.length);
        expect(ids.length, c.query).toBeGreaterThan(WINDOW + 25);
        exported += ids.length;
        // Pages inside, across and past the window are slices of the one order.
        for (const offset of [0, WINDOW - 10, WINDOW, WINDOW + 1, 3 * WINDOW + 7, ids.length - 10, ids.length + 5]) {
          const page = await openSearchSearch(db, target, { ...c, offset, limit: 25 });
          expect(page.total).toBe(ids.length);
          expect(
            page.results.map((r) => r.id),
            `${c.query} at ${offset}`,
          ).toEqual(ids.slice(offset, offset + 25));
          if (offset + 25 > WINDOW) deepPages++;
        }
        // A selection exports only its filings, in the same order.
        const picked = ids.filter((_, i) => i % 7 === 3);
        const selected: number[] = [];
        for await (const r of openSearchIterate(db, target, { ...c, ids: picked })) selected.push(r.id);
        expect(selected).toEqual(picked);
      }
      console.log(`deep paging: ${deepPages} pages past a ${WINDOW}-hit window, ${exported} rows exported by PIT`);
    } finally {
      await client.indices.putSettings({ index: INDEX, body: { index: { max_result_window: 10_000 } } });
    }
  });
});
