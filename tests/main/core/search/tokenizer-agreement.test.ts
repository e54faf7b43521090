// Our tokenizer + stemmer must produce exactly the terms SQLite's FTS5 stores, or hits we
// locate in text would disagree with what FTS5 matched. fts5vocab lists the stored terms.
import Database from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { indexTerms } from '../../../../src/shared/query/text';
import { CORPUS_EVAL, describeWithShared } from '../../../helpers/shared';

function storedTerms(text: string): Set<string> {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(b, tokenize = 'porter unicode61 remove_diacritics 2');
           CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row');`);
  db.prepare('INSERT INTO t (b) VALUES (?)').run(text);
  const terms = new Set(db.prepare('SELECT term FROM v').pluck().all() as string[]);
  db.close();
  return terms;
}

const UNICODE_SAMPLE =
  'Café naïve résumé ÉCOLE straße Ørsted İstanbul Ⅻ ½ ２０２４ 日本語 ｆｕｌｌ œuvre Æther ﬁnance ' +
  'señor Zürich façade Ångström Ελληνικά Русский текст άλφα 😀 emoji' +
  ` ${'x'.repeat(63)}ings ${'y'.repeat(70)}ed ${'é'.repeat(40)}ing`;

it('agrees with FTS5 on a unicode sample and on token-length limits', () => {
  const mine = new Set(indexTerms(UNICODE_SAMPLE));
  expect([...mine].sort()).toEqual([...storedTerms(UNICODE_SAMPLE)].sort());
});

describeWithShared('tokenizer agreement on real filings', () => {
  it('produces the same term set as FTS5 for the eval corpus text', () => {
    const files = readdirSync(CORPUS_EVAL).filter((f) => /\.(txt|htm|html)$/.test(f));
    const text = files.map((f) => readFileSync(join(CORPUS_EVAL, f), 'utf8')).join('\n');
    const mine = new Set(indexTerms(text));
    const theirs = storedTerms(text);
    expect(theirs.size).toBeGreaterThan(5000);
    expect([...mine].filter((t) => !theirs.has(t))).toEqual([]);
    expect([...theirs].filter((t) => !mine.has(t))).toEqual([]);
  });
});
