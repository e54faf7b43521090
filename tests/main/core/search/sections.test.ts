// section: restricts text matches to the offsets of an Item. Checked against a scan of the
// section texts of generated 10-K and 10-Q filings: no hit outside the section, exact totals.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { getDocument, search } from '../../../../src/main/core/search';
import { planQuery } from '../../../../src/main/core/search/compile';
import { documentText } from '../../../../src/main/core/search/doc-text';
import { HitFinder } from '../../../../src/main/core/search/hits';
import { matchPlan } from '../../../../src/main/core/search/match';
import { SECTION_FACET_PENDING, sectionFacet } from '../../../../src/main/core/search/section-facet';
import { loadSectionHits, sectionHitsKey } from '../../../../src/main/core/search/saved-section-hits';
import { SAVED_MATCHES } from '../../../../src/main/core/search/saved-matches';
import { sectionAt, sectionsOfDocs } from '../../../../src/main/core/search/sections';
import { parseQuery, type TextNode } from '../../../../src/shared/query';
import { buildDb, writeFilings } from './fixture-db';
import { tenK } from './section-fixtures';

const filings = Array.from({ length: 40 }, (_, i) => tenK(i));
const db = buildDb(filings.map((f, i) => ({ path: `/f/${i}.txt`, filing: f })));
afterAll(() => db.close());

const textNodes = (q: string): TextNode[] => {
  const out: TextNode[] = [];
  const walk = (n: unknown): void => {
    const node = n as { type: string; children?: unknown[]; child?: unknown };
    if (node.type === 'term' || node.type === 'phrase' || node.type === 'near') out.push(node as TextNode);
    else if (node.type === 'and' || node.type === 'or') node.children!.forEach(walk);
  };
  walk(parseQuery(q).ast);
  return out;
};

/** Filings whose section `code` holds a hit of `text`, by scanning the section texts. */
function scan(text: string, code: string, formPrefix = ''): Set<string> {
  const finder = new HitFinder(textNodes(text));
  const out = new Set<string>();
  for (const f of filings) {
    if (!f.formType!.startsWith(formPrefix)) continue;
    for (const s of f.sections.filter((x) => x.code === code)) {
      const t = f.documents[s.document]!.text;
      for (const h of finder.hits(t, s.start, s.end)) if (h[1] <= s.end) out.add(f.accessionNumber!);
    }
  }
  return out;
}

function all(query: string) {
  return search(db, { query, limit: 1000 });
}

describe('section: restricts text matches to the section', () => {
  it.each([
    ['liquidity', '7'],
    ['cybersecurity', '1A'],
    ['"company reported liquidity"', '7'],
    ['infla*', '1'],
  ])('%s section:%s: totals equal a scan of the section texts, no hit outside it', (text, code) => {
    const res = all(`${text} section:${code}`);
    const expected = scan(text, code);
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(filings.length);
    expect(res.total).toBe(expected.size);
    expect(new Set(res.results.map((r) => r.accessionNumber))).toEqual(expected);
    for (const r of res.results) {
      expect(r.section?.code).toBe(code);
      const view = getDocument(db, { docId: r.docId!, query: `${text} section:${code}` })!;
      const s = view.sections!.find((x) => x.code === code)!;
      expect(view.hits.length).toBeGreaterThan(0);
      for (const [a, b] of view.hits) {
        expect(a).toBeGreaterThanOrEqual(s.start);
        expect(b).toBeLessThanOrEqual(s.end);
      }
    }
  });

  it('matches a section by the words of its printed title', () => {
    expect(all('cybersecurity section:"risk factors"').total).toBe(scan('cybersecurity', '1A').size);
    expect(all('liquidity section:"discussion and analysis"').total).toBe(scan('liquidity', '7').size);
  });

  it('combines with filters, sorting and exclusions', () => {
    expect(all('liquidity section:7 form:10-K405').total).toBe(scan('liquidity', '7', '10-K405').size);
    const both = all('liquidity section:7 -revenue');
    for (const r of both.results) expect(getDocument(db, { docId: r.docId!, query: 'revenue' })!.hits).toEqual([]);
    const byDate = search(db, { query: 'liquidity section:7', sort: 'filed', limit: 1000 });
    expect(byDate.total).toBe(scan('liquidity', '7').size);
  });

  it('needs every text conjunct inside the section', () => {
    const a = scan('liquidity', '7');
    const b = scan('supplier', '7');
    const expected = [...a].filter((x) => b.has(x)).length;
    expect(all('liquidity supplier section:7').total).toBe(expected);
  });

  it('without text, or under OR, selects filings that have the section', () => {
    expect(all('section:1A').total).toBe(filings.length);
    expect(all('section:9C').total).toBe(0);
    expect(all('section:9C OR form:10-K405').total).toBe(8);
  });

  // Long Items too: there a snippet is cut from a prefix of the text, which then names the section.
  const long = buildDb(Array.from({ length: 12 }, (_, i) => ({ path: `/l/${i}.txt`, filing: tenK(100 + i, 300) })));
  afterAll(() => long.close());
  it.each([
    ['liquidity', db],
    ['cybersecurity OR infla*', db],
    ['"company reported liquidity"', db],
    ['"liquidity cybersecurity"', long],
    ['supplier litigation', long],
    ['cybersecurity', long],
  ])(
    'names the section holding the first hit of the whole document text on plain text queries too: %s',
    (query, db) => {
      const res = search(db, { query, limit: 1000 });
      const finder = new HitFinder(textNodes(query));
      expect(res.results.some((r) => r.section)).toBe(true);
      for (const r of res.results) {
        const text = documentText(db, r.docId!)!;
        const first = finder.hits(text).next();
        const s = first.done ? null : sectionAt(sectionsOfDocs(db, [r.docId!]).get(r.docId!) ?? [], first.value[0]);
        expect(r.section).toEqual(s ? { code: s.code, title: s.title } : null);
      }
    },
  );
});

/** Filings per section code holding a hit of `text` (every section), by scanning the section texts. */
function scanFacet(text: string, only?: string): Map<string, number> {
  const finder = new HitFinder(textNodes(text));
  const out = new Map<string, number>();
  for (const f of filings) {
    const codes = new Set<string>();
    for (const s of f.sections) {
      if (only && s.code !== only) continue;
      const t = f.documents[s.document]!.text;
      for (const h of finder.hits(t, s.start, s.end)) if (h[1] <= s.end) codes.add(s.code);
    }
    // Only filings the query matches count (a hit in any document of the filing).
    if (!f.documents.some((d) => !finder.hits(d.text).next().done)) continue;
    for (const c of codes) out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}

describe('section facet', () => {
  it.each(['liquidity', 'cybersecurity', '"company reported liquidity"', 'infla*', 'liquidity supplier'])(
    '%s: filings per section code with a hit equal a scan of the section texts',
    (text) => {
      const facet = search(db, { query: text, limit: 1, facets: true }).facets!.section;
      const expected = scanFacet(text);
      expect(expected.size).toBeGreaterThan(1);
      expect(new Map(facet)).toEqual(expected);
      // Ordered by count, then code.
      const counts = facet.map(([, n]) => n);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    },
  );

  it('under section: counts only the named section, and equals the total', () => {
    const res = search(db, { query: 'liquidity section:7', limit: 1, facets: true });
    expect(res.facets!.section).toEqual([['7', res.total]]);
    expect(new Map(res.facets!.section)).toEqual(scanFacet('liquidity', '7'));
  });

  it('counts only filings the other filters keep', () => {
    const facet = new Map(search(db, { query: 'liquidity form:10-K405', limit: 1, facets: true }).facets!.section);
    const all = new Map(search(db, { query: 'liquidity', limit: 1, facets: true }).facets!.section);
    expect(facet.get('7')).toBeGreaterThan(0);
    expect(facet.get('7')).toBeLessThan(all.get('7')!);
  });

  it('is not counted at all past its limit of documents read, and the response says so', () => {
    const plan = planQuery('liquidity');
    // Copies: the facet is cached per match set.
    expect(sectionFacet(db, { ...matchPlan(db, plan, false) }, plan, 3)).toBeNull();
    expect(new Map(sectionFacet(db, { ...matchPlan(db, plan, false) }, plan, 1000)!)).toEqual(scanFacet('liquidity'));
    expect(search(db, { query: 'liquidity', limit: 1, facets: true }).facetNotes).toBeUndefined();
  });

  it('is empty for a query without text', () => {
    expect(search(db, { query: 'form:10-K', limit: 1, facets: true }).facets!.section).toEqual([]);
  });
});

describe('deferred section facet (deferSectionFacet)', () => {
  const req = { limit: 5, facets: true, facetsBesideSelection: true } as const;

  it('leaves the facet out of a text query answer, names it pending, and a request without the flag counts it', () => {
    const full = search(db, { query: 'liquidity', ...req });
    const first = search(db, { query: 'liquidity', ...req, deferSectionFacet: true });
    expect(first.pendingFacets).toEqual(['section']);
    expect(first.facetNotes).toEqual({ section: SECTION_FACET_PENDING });
    expect(first.facets!.section).toEqual([]);
    // Everything else is the answer of the full request.
    expect({ ...first.facets, section: full.facets!.section }).toEqual(full.facets);
    expect(first.results.map((r) => r.id)).toEqual(full.results.map((r) => r.id));
    expect(first.total).toBe(full.total);
    // The follow-up the app sends: no rows, no ranking.
    const later = search(db, { query: 'liquidity', sort: 'date', limit: 0, facets: true, facetsBesideSelection: true });
    expect(later.pendingFacets).toBeUndefined();
    expect(new Map(later.facets!.section)).toEqual(scanFacet('liquidity'));
  });

  it('defers the facet counted beside a section: selection too', () => {
    const first = search(db, { query: 'liquidity section:7', ...req, deferSectionFacet: true });
    expect(first.facets!.section).toEqual([]);
    expect(first.pendingFacets).toEqual(['section']);
    const later = search(db, { query: 'liquidity section:7', ...req });
    expect(new Map(later.facets!.section)).toEqual(scanFacet('liquidity'));
  });

  it('is not deferred when counting reads no document (a query without text)', () => {
    const res = search(db, { query: 'form:10-K', ...req, deferSectionFacet: true });
    expect(res.pendingFacets).toBeUndefined();
    expect(res.facetNotes).toBeUndefined();
  });
});

describe('kept section hits (saved-section-hits.ts)', () => {
  const defaults = { ...SAVED_MATCHES };
  afterEach(() => Object.assign(SAVED_MATCHES, defaults));
  const kept = () => db.prepare('SELECT count(*) FROM search_section_hits').pluck().get() as number;
  /** The facet of `query` counted again (a copy of the match set: the facet is cached per set). */
  const count = (query: string) => {
    const plan = planQuery(query);
    return sectionFacet(db, { ...matchPlan(db, plan, false) }, plan);
  };
  // Narrow filters first: a wider one then reads what they kept and reads only the rest.
  const queries = ['liquidity', '"company reported liquidity"', 'infla*', 'liquidity supplier'].flatMap((t) =>
    [' form:10-K405', ' form:10-Q', '', ' section:7', ' section:7 form:10-K405'].map((f) => t + f),
  );

  it('count what reading every document counts, on the count that keeps them and on the counts that read them', () => {
    db.exec('DELETE FROM search_section_hits');
    Object.assign(SAVED_MATCHES, { afterMs: Infinity });
    const want = queries.map(count);
    expect(kept()).toBe(0);
    expect(new Map(want[queries.indexOf('liquidity')]!)).toEqual(scanFacet('liquidity'));
    Object.assign(SAVED_MATCHES, { afterMs: 0 });
    for (let pass = 0; pass < 2; pass++) expect(queries.map(count)).toEqual(want);
    // One entry per text, hit terms and section filters; the unfiltered count added the filtered ones' rest.
    expect(kept()).toBe(8);
    const plan = planQuery('liquidity');
    const docs = loadSectionHits(db, sectionHitsKey(plan))!;
    expect(docs.size).toBe(matchPlan(db, plan, false).ids.length); // one sectioned document per filing here
    expect([...docs.values()].some((codes) => codes.length > 1)).toBe(true);
  });

  it('are not kept when reading took less than afterMs', () => {
    db.exec('DELETE FROM search_section_hits');
    Object.assign(SAVED_MATCHES, { afterMs: 60_000 });
    count('liquidity');
    expect(kept()).toBe(0);
  });

  it('are emptied by a write, and the next count reads the new filing', () => {
    const other = buildDb(filings.slice(0, 10).map((f, i) => ({ path: `/k/${i}.txt`, filing: f })));
    try {
      Object.assign(SAVED_MATCHES, { afterMs: 0 });
      const plan = planQuery('liquidity');
      const facet = () => new Map(sectionFacet(other, { ...matchPlan(other, plan, false) }, plan)!);
      const before = facet();
      expect(other.prepare('SELECT count(*) FROM search_section_hits').pluck().get()).toBe(1);
      writeFilings(other, [{ path: '/k/new.txt', filing: filings[10]! }]);
      expect(other.prepare('SELECT count(*) FROM search_section_hits').pluck().get()).toBe(0);
      const after = facet();
      expect(after.get('7')).toBe(before.get('7')! + 1);
    } finally {
      other.close();
    }
  });
});
