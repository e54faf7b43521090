import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripCssUrls, type CssStats } from '../../../src/renderer/src/features/viewer/safe-css';

/**
 * An oracle written apart from the code under test: CSS escapes decoded by their definition
 * (CSS Syntax 3, 4.3.7), comments removed, case folded; then any fetching construct is a
 * substring. Inputs are generated without quoted text, where the substring would be harmless.
 */
function decoded(css: string): string {
  return (
    css
      .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
      // One left-to-right scan, as the tokenizer reads ('\\\\55' is a backslash, then '55'). An
      // escaped code point is always part of a name: punctuation becomes the name letter 'x'.
      .replace(
        /\\([0-9a-fA-F]{1,6})(\r\n|[ \t\n\r\f])?|\\([^\n\r\f])/g,
        (_, hex?: string, _ws?: string, ch?: string) => {
          const c = hex === undefined ? ch! : String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
          return /^[a-zA-Z0-9_-]$/.test(c) ? c : 'x';
        },
      )
      .toLowerCase()
  );
}
const FETCHES = /(^|[^a-z0-9_-])(-[a-z]+-)?(url|src|image|image-set|cross-fade|element)\(|@import/;
const fetchesAfterDecoding = (css: string) => FETCHES.test(decoded(css));

/** The spellings of `url` a browser reads as the same function name. */
const URL_SPELLINGS = [
  'url',
  'URL',
  'uRl',
  '\\75 rl',
  '\\75rl',
  '\\000075rl',
  '\\000075 rl',
  'u\\rl',
  '\\u\\r\\l',
  'u\\72 l',
  'ur\\6c ',
  'u\\52 L',
  '\\55 \\52 \\4c ',
];
const OTHER_FETCHERS = [
  'image-set',
  '-webkit-image-set',
  'image',
  'cross-fade',
  '-webkit-cross-fade',
  'element',
  '-moz-element',
  'src',
];

describe('stripCssUrls', () => {
  it.each(URL_SPELLINGS)('removes url() spelled %s, in a rule, a style attribute and a custom property', (name) => {
    for (const css of [
      `body { background: ${name}(http://evil.example/a.png) }`,
      `background-image: ${name}( "http://evil.example/a.png" ); color: red`,
      `:root { --bg: ${name}(http://evil.example/a.png); } p { background: var(--bg) }`,
    ]) {
      expect(fetchesAfterDecoding(css)).toBe(true);
      const out = stripCssUrls(css);
      expect(fetchesAfterDecoding(out), `${css} -> ${out}`).toBe(false);
      expect(out).not.toContain('evil.example');
    }
  });

  it.each(OTHER_FETCHERS)('removes %s(), which fetches a bare string', (name) => {
    const out = stripCssUrls(`div { background: ${name}("http://evil.example/a.png" 1x, 'b.png' 2x) red }`);
    expect(out).not.toContain('evil.example');
    expect(out).toContain('red');
  });

  it('drops @import in every spelling, with the rest of the stylesheet kept', () => {
    for (const rule of [
      '@import "http://evil.example/x.css";',
      '@IMPORT url(http://evil.example/x.css) screen;',
      '@\\69 mport "http://evil.example/x.css";',
    ]) {
      const out = stripCssUrls(`${rule} p { color: red } @media print { ${rule} h1 { margin: 0 } }`);
      expect(out).not.toContain('evil.example');
      expect(out).toContain('p { color: red }');
      expect(out).toContain('h1 { margin: 0 } }');
    }
  });

  it('keeps CSS that fetches nothing exactly as written, comments and strings included', () => {
    const css = `p.note { font: 10pt "Times New Roman"; content: "see url(x)"; } /* url(y) */ td { border: 1px solid #000 }`;
    expect(stripCssUrls(css)).toBe(css);
  });

  it('leaves no fetching construct in generated hostile CSS', () => {
    const piece = fc.oneof(
      fc.constantFrom(...URL_SPELLINGS, ...OTHER_FETCHERS).map((n) => `${n}(`),
      fc.constantFrom('url(', '@import ', '@\\69mport ', ')', '(', '{', '}', ';', ':', ' ', '\\', '\n', '/*', '*/'),
      fc.constantFrom('http://evil.example/a.png', 'x', '--v', 'var(--v)', 'background', '\\', '"', "'"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const out = stripCssUrls(pieces.join(''));
        // A quote opens a string, where 'url(' is text: the oracle cannot judge those.
        if (!pieces.some((p) => p.includes('"') || p.includes("'"))) expect(fetchesAfterDecoding(out)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stripCssUrls on hostile sizes', () => {
  /** Inputs that made the old regex quadratic, or that stress a tokenizer: unclosed and nested. */
  const HOSTILE: Record<string, (n: number) => string> = {
    'unclosed url(': (n) => 'url('.repeat(n / 4),
    'unclosed escaped url(': (n) => '\\75 rl('.repeat(n / 7),
    'unclosed image-set(': (n) => 'a{b:image-set('.repeat(n / 14),
    'open brackets': (n) => '('.repeat(n),
    'unclosed @import': (n) => '@import '.repeat(n / 8),
    'url( in an unclosed comment': (n) => `/*${'url('.repeat(n / 4)}`,
    'url( in an unclosed string': (n) => `a{b:"${'url('.repeat(n / 4)}`,
  };

  it.each(Object.keys(HOSTILE))('%s: 1 MB completes in a number of tokens linear in its size', (name) => {
    const make = HOSTILE[name]!;
    const small: CssStats = { tokens: 0 };
    const large: CssStats = { tokens: 0 };
    const outSmall = stripCssUrls(make(100_000), small);
    const outLarge = stripCssUrls(make(1_000_000), large);
    // In a comment or a string, url( is text and stays; anywhere else it is gone.
    if (name.includes(' in an unclosed ')) expect(outLarge).toBe(make(1_000_000));
    else expect(fetchesAfterDecoding(outSmall) || fetchesAfterDecoding(outLarge)).toBe(false);
    // Two passes over at most one token per character.
    expect(large.tokens).toBeLessThanOrEqual(2 * 1_000_000 + 2);
    // Ten times the input is at most about ten times the work.
    expect(large.tokens).toBeLessThanOrEqual(11 * small.tokens + 2);
  });
});
