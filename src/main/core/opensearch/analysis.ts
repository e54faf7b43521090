// The OpenSearch analysis settings that reproduce the SQLite FTS5 tokenizer the embedded index
// uses (`porter unicode61 remove_diacritics 2`, mirrored in src/shared/query/text): a token is
// a run of letters, digits and private-use characters (combining diacritics may continue one),
// folded to lower case, diacritics removed from Latin letters only, then Porter-stemmed when it
// is 3 to 64 characters long. Only analysis-common's building blocks are used, so a stock
// OpenSearch node (or a managed one) can run it without extra plugins.
import { foldToken } from '../../../shared/query/text';

export const TEXT_ANALYZER = 'edgar_text';

/** Latin blocks whose letters SQLite folds (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional). */
const LATIN_RANGES: readonly (readonly [number, number])[] = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
];

/** Escapes one character for a `mapping` char filter rule. */
function ruleChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `mapping` rules that remove diacritics from Latin letters the way foldToken does, keeping the
 * letter's case (lower-casing comes after tokenizing), and drop combining diacritics. Derived
 * from foldToken itself, so the two cannot drift apart.
 */
export function diacriticMappings(): string[] {
  const rules: string[] = [];
  for (const [from, to] of LATIN_RANGES) {
    for (let code = from; code <= to; code++) {
      const c = String.fromCodePoint(code);
      const lower = c.toLowerCase();
      if (lower.length !== 1) continue; // a multi-char lower case: left to the lowercase filter
      const folded = foldToken(lower);
      if (folded === lower || folded.length === 0) continue;
      const out = c === lower ? folded : folded.toUpperCase();
      rules.push(`${ruleChar(c)} => ${[...out].map(ruleChar).join('')}`);
    }
  }
  // Combining diacritics inside a token are dropped (foldChar), never separators.
  for (let code = 0x300; code < 0x370; code++) rules.push(`${ruleChar(String.fromCodePoint(code))} => `);
  return rules;
}

/** The `settings.analysis` object of the filings index. */
export function analysisSettings(): Record<string, unknown> {
  return {
    char_filter: {
      edgar_fold: { type: 'mapping', mappings: diacriticMappings() },
    },
    tokenizer: {
      edgar_unicode61: {
        type: 'pattern',
        // group 0: every match is a token (a run of token characters).
        pattern: '[\\p{L}\\p{N}\\p{Co}][\\p{L}\\p{N}\\p{Co}\\u0300-\\u036f]*',
        group: 0,
      },
    },
    filter: {
      // FTS5 stems only tokens of 3 to 64 bytes; the rest pass through unchanged.
      edgar_stem_window: { type: 'keyword_marker', keywords_pattern: '^(.{1,2}|.{65,})$' },
    },
    analyzer: {
      [TEXT_ANALYZER]: {
        type: 'custom',
        char_filter: ['edgar_fold'],
        tokenizer: 'edgar_unicode61',
        filter: ['lowercase', 'edgar_stem_window', 'porter_stem'],
      },
    },
  };
}
