// CSS from a filing loses everything that could fetch a resource. It is read with a CSS
// Syntax Level 3 tokenizer (@csstools/css-tokenizer), the same tokens the browser will see:
// escapes are decoded in names (`\75 rl(`, `u\rl(`, `\000075rl(` are all the function
// `url`), comments and strings are tokens of their own, and an unclosed `url(` is one
// bad-url token that ends at the end of the input. One pass over the tokens, so the work is
// linear in the size of the CSS whatever it holds (a regex over the text was quadratic on
// repeated `url(` without a closing bracket).
import { tokenizer, TokenType, type CSSToken } from '@csstools/css-tokenizer';

/**
 * Functions that load a resource, after vendor prefixes: url() and the image functions that
 * take a bare string as a URL (`image-set("a.png" 1x)`), plus element() and src().
 */
const FETCHING_FUNCTION = /^(?:-[a-z]+-)?(?:url|src|image|image-set|cross-fade|element)$/;
/** At-rules that load a resource by themselves: `@import "x.css";`. */
const FETCHING_AT_RULE = /^(?:-[a-z]+-)?import$/;

const REPLACEMENT = ' none ';

export interface CssStats {
  /** Tokens read, over both passes: at most about twice the CSS's length. */
  tokens: number;
}

function fetches(token: CSSToken): 'function' | 'token' | 'at-rule' | null {
  switch (token[0]) {
    case TokenType.URL:
    case TokenType.BadURL:
      return 'token';
    case TokenType.Function:
      return FETCHING_FUNCTION.test(token[4].value.toLowerCase()) ? 'function' : null;
    case TokenType.AtKeyword:
      return FETCHING_AT_RULE.test(token[4].value.toLowerCase()) ? 'at-rule' : null;
    default:
      return null;
  }
}

const OPENERS = new Set<string>([TokenType.Function, TokenType.OpenParen, TokenType.OpenSquare, TokenType.OpenCurly]);
const CLOSERS = new Set<string>([TokenType.CloseParen, TokenType.CloseSquare, TokenType.CloseCurly]);

/** One pass: the CSS with each fetching construct replaced by `none` (or dropped, for @import). */
function strip(css: string, stats: CssStats): { out: string; found: boolean } {
  const reader = tokenizer({ css });
  const parts: string[] = [];
  let found = false;
  // While skipping a fetching function or at-rule: the bracket depth that ends it.
  let skipping: 'function' | 'at-rule' | null = null;
  let depth = 0;
  for (;;) {
    const token = reader.nextToken();
    stats.tokens++;
    const type = token[0];
    if (type === TokenType.EOF) break;
    if (skipping) {
      if (OPENERS.has(type)) depth++;
      else if (CLOSERS.has(type)) depth--;
      // A function ends at its own ')'; an at-rule at ';' or the end of its block (or of its parent).
      if (skipping === 'function' && depth === 0) skipping = null;
      else if (skipping === 'at-rule') {
        if (depth < 0) {
          skipping = null;
          parts.push(token[1]); // the parent block's '}' is not ours to drop
        } else if (depth === 0 && (type === TokenType.Semicolon || type === TokenType.CloseCurly)) skipping = null;
      }
      continue;
    }
    const kind = fetches(token);
    if (kind === null) {
      parts.push(token[1]);
      continue;
    }
    found = true;
    if (kind === 'token') parts.push(REPLACEMENT);
    else if (kind === 'function') {
      parts.push(REPLACEMENT);
      skipping = 'function';
      depth = 1;
    } else {
      skipping = 'at-rule';
      depth = 0;
    }
  }
  return { out: parts.join(''), found };
}

/**
 * The CSS (a stylesheet or a style attribute) without anything that loads a resource. The
 * result is read again; should it still fetch (it cannot, but this is the only guard the
 * sanitiser itself has), nothing is kept.
 */
export function stripCssUrls(css: string, stats: CssStats = { tokens: 0 }): string {
  const first = strip(css, stats);
  if (!first.found) return css;
  const second = strip(first.out, stats);
  return second.found ? '' : first.out;
}
