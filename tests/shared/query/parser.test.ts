import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_TERMS, parseQuery, type QueryNode } from '../../../src/shared/query';

/** The AST without spans, for compact expectations. */
function shape(n: QueryNode | null): unknown {
  if (!n) return null;
  switch (n.type) {
    case 'term':
      return n.prefix ? `${n.text}*` : n.text;
    case 'phrase':
      return `"${n.text}"${n.prefix ? '*' : ''}`;
    case 'near':
      return { near: n.terms.map(shape), distance: n.distance };
    case 'filter':
      return { [n.field]: n.value };
    case 'not':
      return { not: shape(n.child) };
    default:
      return { [n.type]: n.children.map(shape) };
  }
}

const ok = (q: string) => {
  const r = parseQuery(q);
  expect(r.errors).toEqual([]);
  return shape(r.ast);
};
const err = (q: string) => {
  const r = parseQuery(q);
  expect(r.ast).toBeNull();
  expect(r.errors).toHaveLength(1);
  return r.errors[0];
};

describe('parseQuery: text', () => {
  it('treats an empty query as browse-all', () => {
    expect(parseQuery('')).toEqual({ ast: null, errors: [] });
    expect(parseQuery('   \t\n')).toEqual({ ast: null, errors: [] });
  });

  it('ANDs adjacent words and keeps phrases and prefixes', () => {
    expect(ok('loan servicing')).toEqual({ and: ['loan', 'servicing'] });
    expect(ok('"material definitive agreement" serv*')).toEqual({
      and: ['"material definitive agreement"', 'serv*'],
    });
    expect(ok('"asset backed"*')).toEqual('"asset backed"*');
  });

  it('binds AND tighter than OR, honours parentheses and explicit AND', () => {
    expect(ok('a b OR c')).toEqual({ or: [{ and: ['a', 'b'] }, 'c'] });
    expect(ok('a (b OR c)')).toEqual({ and: ['a', { or: ['b', 'c'] }] });
    expect(ok('a AND b')).toEqual({ and: ['a', 'b'] });
  });

  it('reads NOT and -word as negation, lower-case operators as words', () => {
    expect(ok('merger NOT acquisition')).toEqual({ and: ['merger', { not: 'acquisition' }] });
    expect(ok('merger -acquisition')).toEqual({ and: ['merger', { not: 'acquisition' }] });
    expect(ok('war or peace')).toEqual({ and: ['war', 'or', 'peace'] });
    expect(ok('- merger')).toEqual({ and: ['-', 'merger'] });
    expect(ok('pre-tax')).toEqual('pre-tax');
  });

  it('parses NEAR with and without a distance', () => {
    expect(ok('NEAR(loan servicing, 5)')).toEqual({ near: ['loan', 'servicing'], distance: 5 });
    expect(ok('NEAR("asset backed" trust)')).toEqual({ near: ['"asset backed"', 'trust'], distance: 10 });
    expect(ok('near them')).toEqual({ and: ['near', 'them'] });
  });

  it('treats control characters (NUL included) as spaces', () => {
    expect(ok('loan\u0000servicing')).toEqual({ and: ['loan', 'servicing'] });
  });
});

describe('parseQuery: fields', () => {
  it('normalises every field', () => {
    expect(ok('form:8-k')).toEqual({ form: { kind: 'form', form: '8-K', family: false } });
    expect(ok('form:10-K*')).toEqual({ form: { kind: 'form', form: '10-K', family: true } });
    expect(ok('form:10-K/A')).toEqual({ form: { kind: 'form', form: '10-K/A', family: false } });
    expect(ok('company:"washington mutual"')).toEqual({ company: { kind: 'text', text: 'washington mutual' } });
    expect(ok('cik:1234')).toEqual({ cik: { kind: 'code', code: '0000001234' } });
    expect(ok('item:2.02')).toEqual({ item: { kind: 'code', code: '2.02' } });
    expect(ok('item:2.2')).toEqual({ item: { kind: 'code', code: '2.02' } });
    expect(ok('item:5')).toEqual({ item: { kind: 'code', code: '5' } });
    expect(ok('state:de')).toEqual({ state: { kind: 'code', code: 'DE' } });
    expect(ok('sic:6189')).toEqual({ sic: { kind: 'code', code: '6189' } });
    expect(ok('accession:000095012995001652')).toEqual({
      accession: { kind: 'code', code: '0000950129-95-001652' },
    });
    expect(ok('exhibit:EX-99')).toEqual({ exhibit: { kind: 'code', code: 'EX-99' } });
    expect(ok('exhibit:10.1')).toEqual({ exhibit: { kind: 'code', code: 'EX-10.1' } });
    expect(ok('file:QTR1')).toEqual({ file: { kind: 'text', text: 'qtr1' } });
    expect(ok('FORM:8-K')).toEqual({ form: { kind: 'form', form: '8-K', family: false } });
  });

  it('reads dates, months, years and open ranges', () => {
    const range = (from: string | null, to: string | null) => ({ kind: 'range', from, to });
    expect(ok('filed:2004-01-01..2004-06-30')).toEqual({ filed: range('2004-01-01', '2004-06-30') });
    expect(ok('filed:2004')).toEqual({ filed: range('2004-01-01', '2004-12-31') });
    expect(ok('filed:2004-03')).toEqual({ filed: range('2004-03-01', '2004-03-31') });
    expect(ok('filed:2004..')).toEqual({ filed: range('2004-01-01', null) });
    expect(ok('filed:..2004-06')).toEqual({ filed: range(null, '2004-06-31') });
    expect(ok('period:2004')).toEqual({ period: range('2004-01-01', '2004-12-31') });
  });

  it('lets filters alone form a query, mixed with text and negated', () => {
    expect(ok('form:8-K -item:2.02 merger')).toEqual({
      and: [
        { form: { kind: 'form', form: '8-K', family: false } },
        { not: { item: { kind: 'code', code: '2.02' } } },
        'merger',
      ],
    });
  });

  it('reports bad values at the value, unknown fields at the field', () => {
    expect(err('merger body:x')).toEqual({ message: expect.stringMatching(/Unknown field "body"/), position: 7 });
    expect(err('cik:abc')).toEqual({ message: expect.stringMatching(/^cik:/), position: 4 });
    expect(err('x filed:2004-13')).toEqual({ message: expect.stringMatching(/^filed:/), position: 8 });
    expect(err('filed:..')).toMatchObject({ position: 6 });
    expect(err('form:')).toMatchObject({ message: 'form: needs a value', position: 5 });
    expect(err('accession:12')).toMatchObject({ position: 10 });
  });
});

describe('parseQuery: errors carry positions', () => {
  it.each([
    ['"unclosed phrase', 0, /Unclosed quote/],
    ['merger "a b', 7, /Unclosed quote/],
    ['(merger', 0, /Missing '\)'/],
    ['merger)', 6, /Unexpected '\)'/],
    ['()', 0, /Empty parentheses/],
    ['OR', 0, /OR needs a term/],
    ['merger OR', 7, /OR needs a term/],
    ['AND merger', 0, /AND needs a term/],
    ['merger NOT', 7, /NOT needs a term/],
    ['*', 0, /'\*' must follow a word/],
    ['NEAR(merger)', 0, /at least two terms/],
    ['NEAR(a b, x)', 10, /distance must be a number/],
    ['NEAR(a b', 4, /missing its '\)'/],
  ])('%s', (q, position, message) => {
    const e = err(q);
    expect(e.position).toBe(position);
    expect(e.message).toMatch(message);
  });

  it('caps nesting and term counts with a message, without overflowing the stack', () => {
    expect(err('('.repeat(MAX_DEPTH + 1) + 'x' + ')'.repeat(MAX_DEPTH + 1)).message).toMatch(/nested/);
    expect(err('('.repeat(10_000)).message).toMatch(/nested/);
    expect(err('w '.repeat(MAX_TERMS + 1)).message).toMatch(/Too many terms/);
    expect(ok('(('.repeat(5) + 'x' + '))'.repeat(5))).toBe('x');
  });
});
