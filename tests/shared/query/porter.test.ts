import { describe, expect, it } from 'vitest';
import { foldToken, indexTerms, porterStem, textTokens } from '../../../src/shared/query/text';

describe('porterStem (FTS5 porter)', () => {
  it.each([
    ['servicing', 'servic'],
    ['service', 'servic'],
    ['services', 'servic'],
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['agreed', 'agre'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['relational', 'relat'],
    ['generalization', 'gener'],
    ['happy', 'happi'],
    ['controll', 'control'],
    ['at', 'at'],
    ['sky', 'sky'],
  ])('%s -> %s', (word, stem) => expect(porterStem(word)).toBe(stem));

  it('passes tokens over 64 bytes through unchanged', () => {
    const long = 'a'.repeat(61) + 'ings'; // 65 bytes
    expect(porterStem(long)).toBe(long);
  });
});

describe('textTokens (unicode61, remove_diacritics 2)', () => {
  it('splits on punctuation, folds case and diacritics, keeps offsets', () => {
    const text = 'Form 8-K: Café NAÏVE re-filing';
    const toks = [...textTokens(text)];
    expect(toks.map((t) => t.folded)).toEqual(['form', '8', 'k', 'cafe', 'naive', 're', 'filing']);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['Form', '8', 'K', 'Café', 'NAÏVE', 're', 'filing']);
    expect(foldToken('ÉCOLE')).toBe('ecole');
  });

  it('gives the stored terms', () => {
    expect(indexTerms('Loan servicing agreements')).toEqual(['loan', 'servic', 'agreement']);
    expect(indexTerms('— *** 🙂')).toEqual([]);
  });
});
