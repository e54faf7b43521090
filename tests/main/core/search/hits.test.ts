// The hit finder jumps to candidate positions with a regular expression instead of stemming
// every token; it must find exactly what a full token-by-token scan finds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../../src/main/core/search/compile';
import { HitFinder, type Hit } from '../../../../src/main/core/search/hits';
import { porterStem, textTokens } from '../../../../src/shared/query/text';
import { CORPUS_EVAL, describeWithShared } from '../../../helpers/shared';

/** Reference: stem every token, match each pattern ending at each token, merge overlaps. */
function scanHits(query: string, text: string): Hit[] {
  const patterns = planQuery(query).highlight.flatMap((n) =>
    (n.type === 'near' ? n.terms : [n]).map((t) => ({
      stems: Array.from(textTokens(t.text), (x) => porterStem(x.folded)),
      prefix: t.prefix,
    })),
  );
  const toks = Array.from(textTokens(text), (t) => ({ ...t, stem: porterStem(t.folded) }));
  const raw: Hit[] = [];
  toks.forEach((_, i) => {
    let best = 0;
    for (const p of patterns) {
      const len = p.stems.length;
      if (i + len > toks.length || len === 0) continue;
      const ok = p.stems.every((s, j) =>
        p.prefix && j === len - 1 ? toks[i + j].stem.startsWith(s) : toks[i + j].stem === s,
      );
      if (ok) best = Math.max(best, len);
    }
    if (best) raw.push([toks[i].start, toks[i + best - 1].end]);
  });
  const merged: Hit[] = [];
  for (const h of raw) {
    const last = merged[merged.length - 1];
    if (last && h[0] < last[1]) last[1] = Math.max(last[1], h[1]);
    else merged.push([...h]);
  }
  return merged;
}

const QUERIES = [
  'company',
  'companies activity',
  'quarterly liability',
  'relational filing',
  'sensibility agreed',
  'servic*',
  'compan*',
  'e*',
  '"common stock"',
  '"pursuant to section"',
  '"section 13 or 15"',
  'NEAR(annual report, 5)',
  'delaware registrant',
  '2004 8-K',
];

const find = (query: string, text: string) => [...new HitFinder(planQuery(query).highlight).hits(text)];

describe('hit finder', () => {
  it('finds accented, upper-case and decomposed forms', () => {
    const text = 'ÉCOLE école Ecole e\u0301cole; ZÜRICH zurich. Filings FILED';
    expect(find('école zurich filing', text)).toEqual(scanHits('école zurich filing', text));
    expect(find('école', text).map(([s, e]) => text.slice(s, e))).toEqual(['ÉCOLE', 'école', 'Ecole', 'e\u0301cole']);
  });

  it('does not start a hit inside a word', () => {
    expect(find('stock', 'Livestock stock restock')).toEqual([[10, 15]]);
  });
});

describeWithShared('hit finder on real filings', () => {
  const texts = readdirSync(CORPUS_EVAL)
    .filter((f) => /\.(txt|htm)$/.test(f))
    .slice(0, 12)
    .map((f) => readFileSync(join(CORPUS_EVAL, f), 'utf8'));

  it.each(QUERIES)('%s: same hits as a full scan', (query) => {
    let total = 0;
    for (const text of texts) {
      const expected = scanHits(query, text);
      expect(find(query, text)).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(0);
  });
});
