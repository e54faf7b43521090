import { describe, expect, it } from 'vitest';
import {
  addFilter,
  FACET_FIELD,
  FIELD_NAMES,
  filterGroups,
  queriesBesideSelection,
  sameValue,
  toggleFilter,
  formatFilter,
  hasFilter,
  highlightQuery,
  parseQuery,
  QUERY_FIELDS,
  removeFilter,
  setFilter,
} from '../../../src/shared/query';

describe('filter edits', () => {
  it('quotes values that need it, and the result parses back', () => {
    expect(formatFilter('form', '8-K')).toBe('form:8-K');
    expect(formatFilter('company', 'WASHINGTON MUTUAL INC')).toBe('company:"WASHINGTON MUTUAL INC"');
    const q = addFilter('merger', 'company', 'Smith (UK) "Ltd"');
    expect(q).toBe('merger company:"Smith (UK) Ltd"');
    expect(parseQuery(q).errors).toEqual([]);
  });

  it('adds once, removes with or without a value, keeps the rest as typed', () => {
    // A filter ANDs with the whole query: a top-level OR is parenthesised first.
    let q = addFilter('"loan servicing"  OR  trust', 'form', '8-K');
    expect(q).toBe('("loan servicing"  OR  trust) form:8-K');
    expect(addFilter(q, 'form', '8-k')).toBe(q);
    q = addFilter(q, 'form', '10-K');
    expect(q).toBe('("loan servicing"  OR  trust) (form:8-K OR form:10-K)');
    expect(hasFilter(q, 'form', '10-K')).toBe(true);
    expect(removeFilter(q, 'form', '8-K')).toBe('("loan servicing" OR trust) form:10-K');
    expect(removeFilter(q, 'form')).toBe('("loan servicing" OR trust)');
    // Outside a group (in an expression, negated) a filter is removed with what it leaves dangling.
    expect(removeFilter('"loan servicing" OR trust form:10-K', 'form')).toBe('"loan servicing" OR trust');
    expect(removeFilter('(merger OR form:8-K) x', 'form', '8-K')).toBe('(merger) x');
    expect(removeFilter('form:8-K OR merger', 'form')).toBe('merger');
    expect(removeFilter('-form:8-K merger', 'form')).toBe('merger');
    expect(removeFilter('merger AND NOT form:8-K', 'form')).toBe('merger');
    expect(setFilter('merger filed:2003 filed:2004', 'filed', '2005')).toBe('merger filed:2005');
    expect(addFilter('', 'state', 'DE')).toBe('state:DE');
  });

  it('a facet click ORs values of one field in one group; a second click takes its value out', () => {
    let q = toggleFilter('merger', 'form', '10-K');
    expect(q).toBe('merger form:10-K');
    q = toggleFilter(q, 'form', '10-Q');
    expect(q).toBe('merger (form:10-K OR form:10-Q)');
    q = toggleFilter(q, 'state', 'DE');
    q = toggleFilter(q, 'form', '8-K');
    expect(q).toBe('merger (form:10-K OR form:10-Q OR form:8-K) state:DE');
    expect(filterGroups(q).map((g) => [g.field, g.values])).toEqual([
      ['form', ['10-K', '10-Q', '8-K']],
      ['state', ['DE']],
    ]);
    q = toggleFilter(q, 'form', '10-q'); // the same form in another spelling
    expect(q).toBe('merger (form:10-K OR form:8-K) state:DE');
    q = toggleFilter(toggleFilter(q, 'form', '10-K'), 'form', '8-K');
    expect(q).toBe('merger state:DE');
    expect(parseQuery('merger (form:10-K OR form:10-Q) state:DE').errors).toEqual([]);
  });

  it('reads groups only where they narrow the whole query', () => {
    const groups = (q: string) => filterGroups(q).map((g) => [g.field, g.values, q.slice(g.start, g.end)]);
    expect(groups('x (form:10-K OR form:10-Q) AND company:"acme corp"')).toEqual([
      ['form', ['10-K', '10-Q'], '(form:10-K OR form:10-Q)'],
      ['company', ['acme corp'], 'company:"acme corp"'],
    ]);
    // Not groups: negated, mixed fields, inside an expression, under a top-level OR.
    expect(groups('-form:8-K NOT (form:10-K OR form:10-Q)')).toEqual([]);
    expect(groups('(form:10-K OR state:DE) (merger OR form:8-K)')).toEqual([]);
    expect(groups('form:8-K OR merger')).toEqual([]);
    // Equal values in other spellings.
    expect(sameValue('form', '10-KSB', '10ksb')).toBe(true);
    expect(sameValue('cik', '320193', '0000320193')).toBe(true);
    expect(sameValue('date', '2004', '2004-01-01..2004-12-31')).toBe(true);
    expect(sameValue('form', '10-K', '10-K/A')).toBe(false);
  });

  it("each facet with a selection counts beside it: the query without its field's groups", () => {
    expect(queriesBesideSelection('merger (form:10-K OR form:10-Q) date:2004 form:8-K')).toEqual({
      form: 'merger date:2004',
      year: 'merger (form:10-K OR form:10-Q) form:8-K',
    });
    expect(queriesBesideSelection('merger -form:8-K')).toEqual({});
    // Every facet names the field it selects by, and that field parses.
    for (const field of Object.values(FACET_FIELD)) expect(FIELD_NAMES).toContain(field);
  });

  it('exposes the field names for autocomplete', () => {
    expect(FIELD_NAMES).toEqual(QUERY_FIELDS.map((f) => f.name));
    expect(FIELD_NAMES).toContain('exhibit');
    for (const f of QUERY_FIELDS) expect(parseQuery(f.example).errors).toEqual([]);
  });
});

describe('highlightQuery', () => {
  it('returns kinds and spans covering the query', () => {
    const q = 'form:8-K (merger OR "plan of" serv*) -x NEAR(a b, 3)';
    const { tokens, errors } = highlightQuery(q);
    expect(errors).toEqual([]);
    const parts = tokens.map((t) => [t.kind, q.slice(t.start, t.end)]);
    expect(parts).toEqual([
      ['field-name', 'form:'],
      ['field-value', '8-K'],
      ['paren', '('],
      ['word', 'merger'],
      ['operator', 'OR'],
      ['phrase', '"plan of"'],
      ['prefix', 'serv*'],
      ['paren', ')'],
      ['operator', '-'],
      ['word', 'x'],
      ['operator', 'NEAR'],
      ['paren', '('],
      ['word', 'a'],
      ['word', 'b'],
      ['punct', ','],
      ['word', '3'],
      ['paren', ')'],
    ]);
  });

  it('still highlights a query with an error and reports where', () => {
    const { tokens, errors } = highlightQuery('merger "open');
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'phrase']);
    expect(errors).toEqual([{ message: expect.stringMatching(/Unclosed/), position: 7 }]);
  });
});
