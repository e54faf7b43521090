// The translation's structure, without a cluster (tests/cluster/parity.cluster.test.ts checks
// its semantics against SQLite on a real node): which parts match within one document, which
// are filing conditions, and that terms are sent as our own stems.
import { describe, expect, it } from 'vitest';
import { MATCH_ALL, MATCH_NONE, translateQuery, type Dsl } from '../../../../src/main/core/opensearch/query-dsl';
import { parseQuery } from '../../../../src/shared/query';

const t = (q: string) => {
  const { ast, errors } = parseQuery(q);
  expect(errors).toEqual([]);
  return translateQuery(ast);
};

/** Every object in the tree under key `k`. */
function all(node: unknown, k: string, out: Dsl[] = []): Dsl[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, k, out));
  else if (node && typeof node === 'object') {
    for (const [key, v] of Object.entries(node)) {
      if (key === k) out.push(v as Dsl);
      all(v, k, out);
    }
  }
  return out;
}

describe('query AST -> OpenSearch DSL', () => {
  it('browses everything without a query and matches nothing for text without terms', () => {
    expect(t('').query).toEqual(MATCH_ALL);
    expect(t('"--"').query).toEqual(MATCH_NONE);
  });

  it('puts all positive text in ONE nested document query (FTS5 matches per document)', () => {
    const q = t('merger acquisition form:8-K');
    expect(q.scored).toBe(true);
    const nested = all(q.query, 'nested');
    expect(nested).toHaveLength(1);
    expect(nested[0].score_mode).toBe('max');
    expect(JSON.stringify(nested[0])).toContain('"merger"');
    expect(JSON.stringify(nested[0])).toContain('"acquisit"'); // our porter stem, not the word
    const filter = (q.query as { bool: { filter: Dsl[] } }).bool.filter;
    expect(filter).toEqual([{ term: { formCode: '8-K' } }]);
  });

  it('sends phrases as adjacent ordered spans per column, prefixes on the last stem', () => {
    const q = t('"material adverse"*');
    const near = all(q.query, 'span_near');
    expect(near.some((n) => n.slop === 0 && n.in_order === true)).toBe(true);
    const multi = all(q.query, 'span_multi');
    expect(multi.map((m) => JSON.stringify(m))).toEqual([
      JSON.stringify({ match: { prefix: { 'documents.head': { value: 'advers' } } } }),
      JSON.stringify({ match: { prefix: { 'documents.body': { value: 'advers' } } } }),
    ]);
  });

  it('gives NEAR an unordered span with the distance as slop, within one column', () => {
    const q = t('NEAR(goodwill impairment, 5)');
    const outer = all(q.query, 'span_near').filter((n) => n.in_order === false);
    expect(outer).toHaveLength(2); // head and body
    expect(outer.every((n) => n.slop === 5)).toBe(true);
  });

  it('turns exclusions and mixed trees into unscored filing conditions', () => {
    const q = t('merger NOT (tobacco OR form:10-K)');
    const nested = all(q.query, 'nested');
    expect(nested.map((n) => n.score_mode).sort()).toEqual(['max', 'none']);
    expect(all(q.query, 'must_not')).toHaveLength(1);
  });

  it('maps every field filter to a field of the record', () => {
    const fields = (q: string) => JSON.stringify(t(q).query);
    expect(fields('form:10-K*')).toContain('{"prefix":{"formCode":"10-K"}}');
    expect(fields('form:10-KSB')).toContain('{"term":{"formCode":"10KSB"}}');
    expect(fields('date:2004')).toContain('{"range":{"date":{"gte":"2004-01-01","lte":"2004-12-31"}}}');
    expect(fields('filed:2004')).toContain('{"range":{"filed":{"gte":"2004-01-01","lte":"2004-12-31"}}}');
    expect(fields('period:2004-03')).toContain('"period"');
    expect(fields('company:"Washington *Mutual"')).toContain('"*washington \\\\*mutual*"');
    expect(fields('cik:1234')).toContain('{"term":{"ciks":"0000001234"}}');
    expect(fields('state:de')).toContain('{"term":{"states":"DE"}}');
    expect(fields('sic:6189')).toContain('{"term":{"sics":"6189"}}');
    expect(fields('item:2.2')).toContain('{"term":{"items":"2.02"}}');
    expect(fields('accession:0000950129-95-001652')).toContain('{"term":{"key":"0000950129-95-001652"}}');
    expect(fields('exhibit:99')).toContain('{"prefix":{"exhibits":"EX-99."}}');
    expect(fields('file:2004/QTR1')).toContain('"paths"');
    expect(fields('section:1a')).toContain('{"term":{"documents.sections.code":"1A"}}');
    expect(fields('section:"Risk Factors"')).toContain(
      '{"wildcard":{"documents.sections.title":{"value":"*risk factors*"}}}',
    );
  });

  /** The nested documents.sections queries of a translation. */
  const sectionQueries = (q: Dsl) => all(q, 'nested').filter((n) => n.path === 'documents.sections');

  it('asks for each text conjunct inside a section that every top-level section: filter names', () => {
    const q = t('"material weakness" NEAR(goodwill impairment, 5) section:9A section:controls');
    const [docs] = all(q.query, 'nested');
    expect(docs.path).toBe('documents');
    expect(docs.score_mode).toBe('max');
    // The section filters restrict the text: no filing-level section condition is left.
    expect((q.query as { bool: { filter: Dsl[] } }).bool.filter).toEqual([]);
    const inside = sectionQueries(q.query);
    expect(inside).toHaveLength(2); // one per text conjunct
    for (const s of inside) {
      const json = JSON.stringify(s);
      expect(json).toContain('{"term":{"documents.sections.code":"9A"}}');
      expect(json).toContain('"*controls*"');
      expect(s.score_mode).toBe('none');
    }
    // A NEAR conjunct hits inside the section at any of its terms, as the hit finder marks them.
    const near = JSON.stringify(inside[1]);
    expect(near).toContain('{"term":{"documents.sections.text":{"value":"goodwil","boost":1}}}');
    expect(near).toContain('{"term":{"documents.sections.text":{"value":"impair","boost":1}}}');
    expect(JSON.stringify(inside[0])).toContain('"span_term":{"documents.sections.text":"weak"}');
  });

  it('reads section: as "has such a section" without text, under OR and under NOT', () => {
    const alone = t('section:7 form:10-K');
    expect(alone.scored).toBe(false);
    expect(JSON.stringify(alone.query)).not.toContain('documents.sections.text');
    expect(sectionQueries(alone.query)).toHaveLength(1);
    for (const q of ['risk (section:7 OR form:8-K)', 'risk -section:1A']) {
      const x = t(q).query;
      expect(JSON.stringify(x), q).not.toContain('documents.sections.text');
      expect(sectionQueries(x), q).toHaveLength(1);
    }
  });
});
