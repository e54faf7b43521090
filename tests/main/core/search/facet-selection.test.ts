// Facets beside a selection (issue 14, item 4): values of one facet group OR, groups AND, and
// with `facetsBesideSelection` a facet with a selection counts the query without that group.
// Checked against GROUP BY over the filings each query should match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FacetCounts } from '../../../../src/shared/api/types';
import type { Db } from '../../../../src/main/core/db/open';
import { search } from '../../../../src/main/core/search';
import { buildDb } from './fixture-db';
import { syntheticEntries } from './synthetic';

let db: Db;
beforeAll(() => {
  db = buildDb(syntheticEntries());
});
afterAll(() => db.close());

const idsOf = (query: string) => search(db, { query, limit: 10_000 }).results.map((r) => r.id);
const IN = 'IN (SELECT value FROM json_each(?))';
const groupBy = (sql: string, ids: number[]) =>
  new Map((db.prepare(sql).raw().all(JSON.stringify(ids)) as [string, number][]).map(([v, n]) => [String(v), n]));
const dated = 'coalesce(filed_date, period)';
// The section facet reads sections' text; tests/main/core/search/sections.test.ts checks it.
const TRUTH: Record<Exclude<keyof FacetCounts, 'section'>, string> = {
  form: `SELECT form_type, count(*) FROM filings WHERE id ${IN} AND form_type IS NOT NULL GROUP BY 1`,
  year: `SELECT substr(${dated}, 1, 4), count(*) FROM filings WHERE id ${IN} AND ${dated} IS NOT NULL GROUP BY 1`,
  company: `SELECT company_name, count(*) FROM filings WHERE id ${IN} AND company_name IS NOT NULL GROUP BY 1`,
  state: `SELECT state, count(DISTINCT filing_id) FROM companies WHERE filing_id ${IN} AND state IS NOT NULL GROUP BY 1`,
  sic: `SELECT sic, count(DISTINCT filing_id) FROM companies WHERE filing_id ${IN} AND sic IS NOT NULL GROUP BY 1`,
  item: `SELECT code, count(*) FROM items WHERE filing_id ${IN} GROUP BY 1`,
};

describe('values of one group OR, groups AND', () => {
  it('a form group is the union of its forms; with another group, their intersection', () => {
    const k = new Set(idsOf('servicing form:8-K'));
    const q = new Set(idsOf('servicing form:10-K'));
    expect(k.size).toBeGreaterThan(0);
    expect(q.size).toBeGreaterThan(0);
    const union = idsOf('servicing (form:8-K OR form:10-K)');
    expect(new Set(union)).toEqual(new Set([...k, ...q]));
    const de = new Set(idsOf('state:DE'));
    const both = idsOf('servicing (form:8-K OR form:10-K) (state:DE OR state:NY)');
    const ny = new Set(idsOf('state:NY'));
    expect(new Set(both)).toEqual(new Set(union.filter((id) => de.has(id) || ny.has(id))));
    expect(both.length).toBeLessThan(union.length);
  });
});

describe('facetsBesideSelection', () => {
  // [query, the query each facet with a selection counts over]
  const cases: [string, Partial<Record<keyof FacetCounts, string>>][] = [
    ['(form:8-K OR form:10-K)', { form: '' }],
    [
      'servicing (form:8-K OR form:10-K) (state:DE OR state:NY)',
      {
        form: 'servicing (state:DE OR state:NY)',
        state: 'servicing (form:8-K OR form:10-K)',
      },
    ],
    ['(date:2003 OR date:2004) item:5 -trust', { year: 'item:5 -trust', item: '(date:2003 OR date:2004) -trust' }],
    // A top-level OR: no groups, every facet counts the results.
    ['servicing OR form:8-K', {}],
  ];
  it.each(cases)('%j', (query, beside) => {
    const res = search(db, { query, facets: true, facetsBesideSelection: true, facetLimit: 1000, limit: 0 });
    const plain = search(db, { query, facets: true, facetLimit: 1000, limit: 10_000 });
    expect(res.total).toBe(plain.total);
    const own = plain.results.map((r) => r.id);
    for (const name of Object.keys(TRUTH) as (keyof typeof TRUTH)[]) {
      const over = beside[name] === undefined ? own : idsOf(beside[name]!);
      expect(new Map(res.facets![name]), name).toEqual(groupBy(TRUTH[name], over));
      // Without the option, every facet counts the query's own results (cli search --facets).
      expect(new Map(plain.facets![name]), name).toEqual(groupBy(TRUTH[name], own));
    }
    // A selected facet offers values its selection excludes.
    if (beside.form !== undefined) expect(res.facets!.form.length).toBeGreaterThan(plain.facets!.form.length);
  });
});
