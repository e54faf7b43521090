// Hostile queries: every one gets an answer or a QuerySyntaxError with a position inside the
// query, never any other exception (no SQL or FTS5 syntax error can leak out).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import {
  QuerySyntaxError,
  countResults,
  getDocument,
  iterateResults,
  search,
  timeline,
} from '../../../../src/main/core/search';
import { buildDb } from './fixture-db';
import { syntheticEntries } from './synthetic';

let db: Db;
beforeAll(() => {
  db = buildDb(syntheticEntries(60));
});
afterAll(() => db.close());

const HOSTILE = [
  '"',
  '"""',
  'merger "',
  '(',
  ')',
  '((merger)',
  '(merger))',
  'OR',
  'AND',
  'NOT',
  '-',
  '--',
  'merger OR OR trust',
  'NOT NOT merger',
  '*',
  '**',
  'a**',
  '*merger',
  '^',
  '^merger',
  "'; DROP TABLE filings; --",
  '" OR 1=1 --',
  "x'); DELETE FROM documents; --",
  'merger UNION SELECT * FROM sqlite_master',
  'body:merger',
  'head:x',
  '{head body}: merger',
  'doc_fts:merger',
  'rank:1',
  'NEAR(',
  'NEAR()',
  'NEAR(a b, -1)',
  'NEAR(a b, 99999)',
  'NEAR(a, b)',
  'NEAR/3',
  'merger NEAR trust',
  'a + b',
  'col:"unterminated',
  'form:"',
  'filed:2004-99-99',
  'filed:..',
  'cik:-1',
  'company:',
  ':',
  ':merger',
  '::',
  'http://example.com/a?b=c',
  '"merger" * *',
  '"" merger',
  '""',
  '\u0000',
  'merger\u0000trust',
  '"a\u0000b"',
  '🙂 merger 🙂',
  '🛑',
  '日本語 テキスト',
  'Ελληνικά',
  'مرحبا',
  'e\u0301cole',
  '\uD800',
  '\\',
  '%',
  '_',
  'x'.repeat(10_000),
  'merger '.repeat(1_430),
  '('.repeat(5_000) + ')'.repeat(5_000),
  '"'.repeat(10_000),
  '-'.repeat(10_000),
  'a OR '.repeat(2_000) + 'b',
  'NEAR(' + 'a '.repeat(3_000) + ')',
];

function answers(query: string): void {
  try {
    const res = search(db, { query, facets: true, limit: 5 });
    expect(res.total).toBeGreaterThanOrEqual(0);
    expect(res.results.length).toBeLessThanOrEqual(5);
    timeline(db, { query, granularity: 'month' });
    expect(countResults(db, query)).toBe(res.total);
    expect([...iterateResults(db, { query })].length).toBe(res.total);
    getDocument(db, { docId: 1, query });
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err;
    expect(err.position).toBeGreaterThanOrEqual(0);
    expect(err.position).toBeLessThanOrEqual(query.length);
    expect(err.message).toMatch(/\(at position \d+\)$/);
  }
}

describe('hostile queries', () => {
  it.each(HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 40)}… (${q.length} chars)` : q, q]))('%j', (_, q) =>
    answers(q),
  );

  it('leave the database intact', () => {
    expect(db.prepare('SELECT count(*) FROM filings').pluck().get()).toBe(60);
  });

  it('SQL fragments are searched as words', () => {
    const res = search(db, { query: "'; DROP TABLE filings; --" });
    expect(res.total).toBe(0);
  });

  it('random strings over the syntax alphabet never raise anything else', () => {
    const alphabet = fc.constantFrom(...'ab (")*-:^,\u0000é🙂'.split(''), 'OR ', 'AND ', 'NOT ', 'NEAR(', 'form:', '5');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => answers(parts.join(''))),
      { numRuns: 400 },
    );
  });
});
