import { describe, expect, it } from 'vitest';
import { analysisSettings, diacriticMappings, TEXT_ANALYZER } from '../../../../src/main/core/opensearch/analysis';

describe('OpenSearch analysis settings', () => {
  it('folds Latin diacritics as the FTS5 tokenizer does, keeping case for the lowercase filter', () => {
    const rules = new Set(diacriticMappings());
    expect(rules.has('\\u00e9 => \\u0065')).toBe(true); // é -> e
    expect(rules.has('\\u00c9 => \\u0045')).toBe(true); // É -> E
    expect(rules.has('\\u1ea1 => \\u0061')).toBe(true); // ạ -> a (Latin Extended Additional)
    expect(rules.has('\\u0301 => ')).toBe(true); // a combining acute is dropped
    // Letters SQLite leaves alone: no decomposition (ø, ß) and non-Latin scripts (Greek ά).
    const sources = [...rules].map((r) => r.split(' => ')[0]);
    expect(sources).not.toContain('\\u00f8');
    expect(sources).not.toContain('\\u00df');
    expect(sources).not.toContain('\\u03ac');
  });

  it('declares one custom analyzer from analysis-common building blocks only', () => {
    const a = analysisSettings() as { analyzer: Record<string, { tokenizer: string; filter: string[] }> };
    expect(a.analyzer[TEXT_ANALYZER].tokenizer).toBe('edgar_unicode61');
    expect(a.analyzer[TEXT_ANALYZER].filter).toEqual(['lowercase', 'edgar_stem_window', 'porter_stem']);
  });
});
