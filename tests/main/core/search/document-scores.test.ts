import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import { documentScores } from '../../../../src/main/core/search/match';
import { buildDb, doc, filing } from './fixture-db';

// documentScores takes two paths: per-rowid lookups for a few documents, one ranked pass over
// every match for many. Both must give the same bm25 for the same document.
let db: Db;
beforeAll(() => {
  const words = ['revenue', 'merger', 'revenue revenue growth', 'cash', 'revenue of the quarter'];
  db = buildDb(
    Array.from({ length: 120 }, (_, i) => ({
      path: `/f/${i}.txt`,
      filing: filing({
        accessionNumber: `0000000001-04-${String(i).padStart(6, '0')}`,
        documents: [doc(`${words[i % words.length]} filler text number ${i} ${'word '.repeat(i % 17)}`)],
      }),
    })),
  );
});
afterAll(() => db.close());

describe('documentScores', () => {
  it('gives the same scores through the per-document and the whole-set paths', () => {
    const match = '"revenue"';
    const all = db.prepare('SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?').pluck().all(match) as number[];
    expect(all.length).toBeGreaterThan(60);
    const many = documentScores(db, match, all);
    expect(many.size).toBe(all.length);
    for (let i = 0; i < all.length; i += 5) {
      const few = documentScores(db, match, all.slice(i, i + 5));
      for (const [id, score] of few) expect(many.get(id)).toBe(score);
    }
  });

  it('returns only the documents asked for, and none that do not match', () => {
    const match = '"merger"';
    const docs = db.prepare('SELECT id FROM documents').pluck().all() as number[];
    const scores = documentScores(db, match, docs);
    const matching = db.prepare('SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?').pluck().all(match) as number[];
    expect([...scores.keys()].sort((a, b) => a - b)).toEqual(matching.sort((a, b) => a - b));
  });
});
