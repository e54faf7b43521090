// Item 10 of issue 12: a query of 4,999 NOTs overflowed the stack and came back as an
// internal error. A NOT counts as a level of nesting; past the limit the query is refused
// with the position of the first NOT too many, whatever else it holds.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../src/main/core/db/open';
import { QuerySyntaxError, search } from '../../src/main/core/search';
import { MAX_DEPTH, parseQuery } from '../../src/shared/query';
import { buildDb } from '../main/core/search/fixture-db';
import { syntheticEntries } from '../main/core/search/synthetic';

let db: Db;
beforeAll(() => {
  db = buildDb(syntheticEntries(10));
});
afterAll(() => db.close());

/** The error search gives for `query` (it must be a QuerySyntaxError). */
function syntaxError(query: string): QuerySyntaxError {
  try {
    search(db, { query });
  } catch (err) {
    expect(err).toBeInstanceOf(QuerySyntaxError);
    return err as QuerySyntaxError;
  }
  throw new Error(`no error for a query of ${query.length} characters`);
}

// [unit repeated 4,999 times, where the first level past MAX_DEPTH (the 33rd) starts]
it.each([
  ['NOT ', 4 * MAX_DEPTH],
  ['NOT NOT ', 4 * MAX_DEPTH],
  // Two levels a unit: the 33rd level is the NOT of unit 16.
  ['NOT -', 5 * (MAX_DEPTH / 2)],
  ['NOT (', 5 * (MAX_DEPTH / 2)],
])('refuses %j x 4,999 with the position of the first level past the limit', (unit, position) => {
  const query = unit.repeat(4999) + 'merger' + (unit.includes('(') ? ')'.repeat(4999) : '');
  const err = syntaxError(query);
  expect(err.message).toMatch(/Too deeply nested/);
  expect(err.position).toBe(position);
});

it('answers a run of 4,999 dashes before a word (one word to the lexer, not a NOT chain)', () => {
  expect(() => search(db, { query: '-'.repeat(4999) + 'merger' })).not.toThrow();
});

it('answers chains up to the limit, with the negation they spell', () => {
  const nots = 'NOT '.repeat(MAX_DEPTH - 1);
  const parsed = parseQuery(`${nots}merger`);
  expect(parsed.errors).toEqual([]);
  let depth = 0;
  for (let n = parsed.ast; n?.type === 'not'; n = n.child) depth++;
  expect(depth).toBe(MAX_DEPTH - 1);
  // Spans nest: each NOT covers the rest of the query.
  expect(parsed.ast).toMatchObject({ type: 'not', span: { start: 0, end: nots.length + 'merger'.length } });
  expect(() => search(db, { query: `${nots}merger` })).not.toThrow();
  expect(parseQuery(`NOT ${'NOT '.repeat(MAX_DEPTH)}merger`).errors[0]).toEqual({
    message: expect.stringMatching(/Too deeply nested/),
    position: 4 * MAX_DEPTH,
  });
});
