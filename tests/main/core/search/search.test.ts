import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SortKey, SortOrder } from '../../../../src/shared/api/types';
import type { Db } from '../../../../src/main/core/db/open';
import { countResults, iterateResults, search, timeline } from '../../../../src/main/core/search';
import { planQuery } from '../../../../src/main/core/search/compile';
import { cachedMatch } from '../../../../src/main/core/search/match';
import { indexTerms } from '../../../../src/shared/query/text';
import { buildDb } from './fixture-db';
import { syntheticEntries } from './synthetic';

let db: Db;
beforeAll(() => {
  db = buildDb(syntheticEntries());
});
afterAll(() => db.close());

const ids = (query: string) => new Set(search(db, { query, limit: 10_000 }).results.map((r) => r.id));
const truth = (sql: string, ...params: unknown[]) =>
  new Set(
    db
      .prepare(`SELECT id FROM filings f WHERE ${sql}`)
      .pluck()
      .all(...params) as number[],
  );
/** Filings with a document whose text holds `word` as a whole (case-insensitive) word. */
const withWord = (word: string) => {
  const out = new Set<number>();
  for (const r of iterateResults(db, { query: '' })) {
    const docs = db.prepare('SELECT id FROM documents WHERE filing_id = ?').pluck().all(r.id) as number[];
    if (docs.some((d) => new RegExp(`\\b${word}\\b`, 'i').test(textOf(d)))) out.add(r.id);
  }
  return out;
};
const textOf = (docId: number): string => {
  const z = db.prepare('SELECT z FROM doc_text WHERE doc_id = ?').pluck().get(docId) as Buffer;
  return inflateRawSync(z).toString('utf8');
};

describe('filters match the rows they name', () => {
  it.each([
    ['form:8-K', "form_type = '8-K'"],
    ['form:8-K/A', "form_type = '8-K/A'"],
    ['form:10-K*', "form_type LIKE '10-K%'"],
    ['cik:42', "id IN (SELECT filing_id FROM companies WHERE cik = '0000000042')"],
    ['company:"washington mutual"', "company_name = 'WASHINGTON MUTUAL INC'"],
    ['company:école', "company_name = 'ÉCOLE HOLDINGS SA'"],
    ['state:de', "id IN (SELECT filing_id FROM companies WHERE state = 'DE')"],
    ['state:NV', "id IN (SELECT filing_id FROM companies WHERE name = 'NEVADA TARGET INC')"],
    ['company:nevada', "id IN (SELECT filing_id FROM companies WHERE name = 'NEVADA TARGET INC')"],
    ['sic:6189', "id IN (SELECT filing_id FROM companies WHERE sic = '6189')"],
    ['item:2.02', "id IN (SELECT filing_id FROM items WHERE code = '2.02')"],
    ['item:5', "id IN (SELECT filing_id FROM items WHERE code = '5')"],
    ['filed:2004', "filed_date BETWEEN '2004-01-01' AND '2004-12-31'"],
    ['filed:2004-03', "filed_date LIKE '2004-03-%'"],
    ['filed:2004-01-01..2004-06-30', "filed_date BETWEEN '2004-01-01' AND '2004-06-30'"],
    ['filed:2006..', "filed_date >= '2006-01-01'"],
    ['period:..1995', "period <= '1995-12-31'"],
    // date: the filed date, else the date of report (header-less documents have only that)
    ['date:2004', "coalesce(filed_date, period) BETWEEN '2004-01-01' AND '2004-12-31'"],
    ['date:..1996-06', "coalesce(filed_date, period) <= '1996-06-31'"],
    ['date:1995..', "coalesce(filed_date, period) >= '1995-01-01'"],
    ['date:..2100 -filed:..2100', 'filed_date IS NULL AND period IS NOT NULL'],
    ['exhibit:EX-99', "id IN (SELECT filing_id FROM documents WHERE type = 'EX-99.1')"],
    ['file:qtr2', "id IN (SELECT filing_id FROM files WHERE path LIKE '%QTR2%')"],
    ['-form:8-K form:8-K*', "form_type = '8-K/A'"],
    ['form:10-Q OR state:WA', "form_type = '10-Q' OR company_name = 'WASHINGTON MUTUAL INC'"],
  ])('%s', (query, sql) => {
    const expected = truth(sql);
    expect(expected.size).toBeGreaterThan(0);
    expect(ids(query)).toEqual(expected);
  });

  it('finds one filing by accession number', () => {
    const acc = db.prepare('SELECT accession FROM filings LIMIT 1 OFFSET 17').pluck().get() as string;
    const res = search(db, { query: `accession:${acc.replace(/-/g, '')}` });
    expect(res.results.map((r) => r.accessionNumber)).toEqual([acc]);
  });
});

describe('text queries', () => {
  it('words, stems and exhibits: "zebra" lives only in exhibits', () => {
    const expected = withWord('zebra');
    expect(expected.size).toBeGreaterThan(0);
    const res = search(db, { query: 'zebra', limit: 1000 });
    expect(new Set(res.results.map((r) => r.id))).toEqual(expected);
    for (const r of res.results) {
      expect(db.prepare('SELECT type FROM documents WHERE id = ?').pluck().get(r.docId)).toBe('EX-99.1');
      expect(r.snippetHits).toHaveLength(1);
      const [s, e] = r.snippetHits[0];
      expect(r.snippet.slice(s, e).toLowerCase()).toBe('zebra');
    }
  });

  it('matches stems: servicing finds "Servicing" and "servicing"', () => {
    expect(ids('services')).toEqual(withWord('servicing'));
  });

  it('phrases need the words in order', () => {
    const res = search(db, { query: '"loan servicing agreement"', limit: 1000 });
    expect(new Set(res.results.map((r) => r.id))).toEqual(withWord('loan servicing agreement'));
    const r = res.results[0];
    const [s, e] = r.snippetHits[0];
    expect(r.snippet.slice(s, e)).toBe('loan servicing agreement');
    expect(ids('"agreement servicing loan"').size).toBe(0);
  });

  it('negation excludes a filing when any of its documents matches', () => {
    const merger = withWord('merger');
    const acq = withWord('acquisition');
    expect(ids('merger -acquisition')).toEqual(new Set([...merger].filter((id) => !acq.has(id))));
    expect(ids('merger NOT acquisition')).toEqual(ids('merger -acquisition'));
    expect(ids('-merger')).toEqual(new Set([...truth('1')].filter((id) => !merger.has(id))));
  });

  it('OR, parentheses and text mixed with filters', () => {
    const merger = withWord('merger');
    const q10 = truth("form_type = '10-Q'");
    expect(ids('merger OR form:10-Q')).toEqual(new Set([...merger, ...q10]));
    expect(ids('(merger OR zebra) form:10-Q')).toEqual(
      new Set([...q10].filter((id) => merger.has(id) || withWord('zebra').has(id))),
    );
  });

  it('prefix queries match what FTS5 matches', () => {
    expect(ids('acqui*')).toEqual(withWord('acquisition'));
    const r = search(db, { query: 'divid*', limit: 1 }).results[0];
    const [s, e] = r.snippetHits[0];
    expect(r.snippet.slice(s, e)).toBe('dividend');
  });

  it('NEAR finds terms within the distance only', () => {
    expect(ids('NEAR(loan agreement, 1)')).toEqual(withWord('loan servicing agreement'));
    expect(ids('NEAR(loan agreement, 0)').size).toBe(0);
  });

  it('a query of punctuation alone matches nothing rather than everything', () => {
    expect(search(db, { query: '^ — ***x' }).total).toBeGreaterThanOrEqual(0);
    expect(search(db, { query: '— ^' }).total).toBe(0);
    expect(search(db, { query: '— form:8-K' }).total).toBe(truth("form_type = '8-K'").size);
  });

  it('snippet hits always point at matching words', () => {
    for (const query of ['servicing', 'merger revenue', '"loan servicing"', 'dividend*']) {
      const stems = new Set(indexTerms(query.replace(/[*"]/g, '')));
      for (const r of search(db, { query, limit: 50 }).results) {
        expect(r.snippet.length).toBeGreaterThan(0);
        for (const [s, e] of r.snippetHits) {
          for (const t of indexTerms(r.snippet.slice(s, e))) {
            expect([...stems].some((st) => t.startsWith(st))).toBe(true);
          }
        }
      }
    }
  });
});

const SORTS: SortKey[] = ['relevance', 'filed', 'period', 'date', 'company', 'form'];

describe('ordering and paging', () => {
  it.each(SORTS)('sort %s: pages walk the whole set once, in order', (sort) => {
    for (const order of ['asc', 'desc'] as SortOrder[]) {
      const query = sort === 'relevance' ? 'servicing' : '';
      const all = search(db, { query, sort, order, limit: 10_000 }).results;
      const total = countResults(db, query);
      expect(all).toHaveLength(total);
      const walked: number[] = [];
      for (let offset = 0; offset < total + 7; offset += 7) {
        const page = search(db, { query, sort, order, limit: 7, offset });
        expect(page.total).toBe(total);
        walked.push(...page.results.map((r) => r.id));
      }
      expect(new Set(walked).size).toBe(total);
      expect(walked).toEqual(all.map((r) => r.id));
      const exported = [...iterateResults(db, { query, sort, order })].map((r) => r.id);
      expect(exported).toEqual(walked);
    }
  });

  it('orders by the key, nulls last', () => {
    const check = <T>(values: (T | null)[], cmp: (a: T, b: T) => number) => {
      const firstNull = values.indexOf(null);
      const present = firstNull < 0 ? values : values.slice(0, firstNull);
      if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
      for (let i = 1; i < present.length; i++) expect(cmp(present[i - 1] as T, present[i] as T)).toBeLessThanOrEqual(0);
    };
    const str = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const rows = (sort: SortKey, order?: SortOrder) => search(db, { query: '', sort, order, limit: 10_000 }).results;
    check(
      rows('filed').map((r) => r.filedDate),
      (a, b) => str(b, a),
    );
    check(
      rows('filed', 'asc').map((r) => r.filedDate),
      str,
    );
    check(
      rows('period').map((r) => r.periodOfReport),
      (a, b) => str(b, a),
    );
    check(
      rows('date').map((r) => r.date),
      (a, b) => str(b, a),
    );
    check(
      rows('date', 'asc').map((r) => r.date),
      str,
    );
    check(
      rows('form').map((r) => r.formType),
      str,
    );
    check(
      rows('company').map((r) => r.companies[0]?.name?.toLowerCase() ?? null),
      str,
    );
    // Ties (one form) go newest first by the filing's date, filings without one last.
    const byForm = rows('form');
    for (const form of new Set(byForm.map((r) => r.formType)))
      check(
        byForm.filter((r) => r.formType === form).map((r) => r.date),
        (a, b) => str(b, a),
      );
    const scores = search(db, { query: 'servicing merger', limit: 10_000 }).results.map((r) => r.score as number);
    check(scores, (a, b) => b - a);
    expect(scores.every((s) => typeof s === 'number')).toBe(true);
  });

  it('answers an offset past the end with an empty page and the true total', () => {
    const res = search(db, { query: 'form:8-K', offset: 10_000 });
    expect(res.results).toEqual([]);
    expect(res.total).toBe(truth("form_type = '8-K'").size);
  });
});

describe('facets and timeline equal GROUP BY over the result set', () => {
  const groupBy = (sql: string, idSet: Set<number>) => {
    const rows = db
      .prepare(sql)
      .raw()
      .all(JSON.stringify([...idSet])) as [string, number][];
    return new Map(rows.map(([v, n]) => [String(v), n]));
  };
  const IN = 'IN (SELECT value FROM json_each(?))';

  it.each(['', 'servicing', 'form:8-K*', 'merger -acquisition state:DE', 'zebra'])('query %j', (query) => {
    const res = search(db, { query, facets: true, facetLimit: 1000, limit: 10_000 });
    const set = new Set(res.results.map((r) => r.id));
    const f = res.facets!;
    expect(new Map(f.form)).toEqual(
      groupBy(`SELECT form_type, count(*) FROM filings f WHERE id ${IN} AND form_type IS NOT NULL GROUP BY 1`, set),
    );
    // Years of the filing's date: filed, else date of report.
    const dated = `coalesce(filed_date, period)`;
    expect(new Map(f.year)).toEqual(
      groupBy(
        `SELECT substr(${dated}, 1, 4), count(*) FROM filings f WHERE id ${IN} AND ${dated} IS NOT NULL GROUP BY 1`,
        set,
      ),
    );
    expect(new Map(f.company)).toEqual(
      groupBy(
        `SELECT company_name, count(*) FROM filings f WHERE id ${IN} AND company_name IS NOT NULL GROUP BY 1`,
        set,
      ),
    );
    // A filing counts once under each distinct state (SIC) of its companies.
    for (const col of ['state', 'sic'] as const) {
      expect(new Map(f[col])).toEqual(
        groupBy(
          `SELECT ${col}, count(DISTINCT filing_id) FROM companies WHERE filing_id ${IN} AND ${col} IS NOT NULL GROUP BY 1`,
          set,
        ),
      );
    }
    expect(new Map(f.item)).toEqual(groupBy(`SELECT code, count(*) FROM items WHERE filing_id ${IN} GROUP BY 1`, set));
    // Most frequent first.
    for (const list of Object.values(f)) {
      if (list === f.year) continue;
      for (let i = 1; i < list.length; i++) expect(list[i - 1][1]).toBeGreaterThanOrEqual(list[i][1]);
    }
    const years = timeline(db, { query, granularity: 'year' }).buckets;
    expect(new Map(years)).toEqual(
      groupBy(
        `SELECT substr(${dated}, 1, 4), count(*) FROM filings f WHERE id ${IN} AND ${dated} IS NOT NULL GROUP BY 1`,
        set,
      ),
    );
    const months = timeline(db, { query, granularity: 'month' }).buckets;
    expect(months.map((b) => b[0])).toEqual([...months.map((b) => b[0])].sort());
    expect(months.reduce((n, b) => n + b[1], 0)).toBe(years.reduce((n, b) => n + b[1], 0));
  });

  it('cuts the company facet to facetLimit', () => {
    expect(search(db, { query: '', facets: true, facetLimit: 2 }).facets!.company).toHaveLength(2);
  });
});

describe('countResults', () => {
  it("computes, for an export's sort, the match set iterateResults then reuses", () => {
    const query = 'servicing dividend';
    const plan = planQuery(query);
    expect(cachedMatch(db, plan, true)).toBeUndefined();
    countResults(db, query, 'relevance');
    const ranked = cachedMatch(db, plan, true);
    expect(ranked?.score).toBeInstanceOf(Float64Array);
    countResults(db, 'servicing lease', 'filed');
    expect(cachedMatch(db, planQuery('servicing lease'), true)).toBeUndefined();
  });
});

describe('result rows', () => {
  it("carry each filing's metadata, companies in parse order, items and paths sorted, and its first document", () => {
    const res = search(db, { query: '', sort: 'filed', limit: 10_000 });
    expect(res.results.length).toBe(res.total);
    const filing = db
      .prepare('SELECT accession, form_type, filed_date, period, file_number FROM filings WHERE id = ?')
      .raw();
    const companies = db.prepare('SELECT name, cik, role, state, sic FROM companies WHERE filing_id = ? ORDER BY ord');
    const items = db.prepare('SELECT code FROM items WHERE filing_id = ? ORDER BY code').pluck();
    const paths = db.prepare('SELECT path FROM files WHERE filing_id = ? ORDER BY path').pluck();
    const firstDoc = db.prepare('SELECT min(id) FROM documents WHERE filing_id = ?').pluck();
    let withItems = 0;
    let withSeveral = 0;
    const kinds = { filed: 0, report: 0, none: 0 };
    for (const r of res.results) {
      expect([r.accessionNumber, r.formType, r.filedDate, r.periodOfReport, r.fileNumber]).toEqual(filing.get(r.id));
      // The filing's date: filed, else the date of report, and which of the two it is.
      const want = r.filedDate
        ? [r.filedDate, 'filed']
        : r.periodOfReport
          ? [r.periodOfReport, 'report']
          : [null, null];
      expect([r.date, r.dateKind]).toEqual(want);
      kinds[r.dateKind ?? 'none']++;
      expect(r.companies).toEqual(companies.all(r.id));
      expect(r.items).toEqual(items.all(r.id));
      expect(r.paths).toEqual(paths.all(r.id));
      expect(r.docId).toBe(firstDoc.get(r.id));
      if (r.items.length) withItems++;
      if (r.companies.length > 1) withSeveral++;
    }
    expect(withItems).toBeGreaterThan(10);
    expect(withSeveral).toBeGreaterThan(10);
    expect(kinds.report).toBeGreaterThan(0);
    expect(kinds.none).toBeGreaterThan(0);
  });

  it('a filing dated by its report is found, plotted and counted where one with a filed date would be', () => {
    const reportOnly = search(db, { query: '', sort: 'date', limit: 10_000 }).results.filter(
      (r) => r.dateKind === 'report',
    );
    expect(reportOnly.length).toBeGreaterThan(0);
    for (const r of reportOnly) {
      const year = r.date!.slice(0, 4);
      expect(ids(`date:${year}`).has(r.id)).toBe(true);
      // filed: is the filed date only: a filing without one never matches it.
      expect(ids(`filed:${year}`).has(r.id)).toBe(false);
      const inYear = search(db, { query: `date:${year}`, facets: true, limit: 0 });
      const plotted = timeline(db, { query: `date:${year}`, granularity: 'year' }).buckets;
      expect(plotted).toEqual([[year, inYear.total]]);
      expect(inYear.facets!.year).toEqual([[year, inYear.total]]);
    }
    // Sorting by date puts them among the dated filings, not after them.
    const byDate = search(db, { query: '', sort: 'date', limit: 10_000 }).results;
    const lastDated = byDate.findLastIndex((r) => r.date !== null);
    for (const r of reportOnly) expect(byDate.findIndex((x) => x.id === r.id)).toBeLessThan(lastDated);
  });
});
