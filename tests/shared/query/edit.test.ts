import { describe, expect, it } from 'vitest';
import {
  addFilter,
  FIELD_NAMES,
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
    let q = addFilter('"loan servicing"  OR  trust', 'form', '8-K');
    expect(q).toBe('"loan servicing"  OR  trust form:8-K');
    expect(addFilter(q, 'form', '8-k')).toBe(q);
    q = addFilter(q, 'form', '10-K');
    expect(hasFilter(q, 'form', '10-K')).toBe(true);
    expect(removeFilter(q, 'form', '8-K')).toBe('"loan servicing" OR trust form:10-K');
    expect(removeFilter(q, 'form')).toBe('"loan servicing" OR trust');
    expect(removeFilter('-form:8-K merger', 'form')).toBe('merger');
    expect(setFilter('merger filed:2003 filed:2004', 'filed', '2005')).toBe('merger filed:2005');
    expect(addFilter('', 'state', 'DE')).toBe('state:DE');
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
