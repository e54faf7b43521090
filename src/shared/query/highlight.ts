// Tokens with kinds and spans, for syntax highlighting as the query is typed.
import type { QueryError } from './ast';
import { lex } from './lexer';
import { parseQuery } from './parser';

export type HighlightKind =
  'word' | 'prefix' | 'phrase' | 'field-name' | 'field-value' | 'operator' | 'paren' | 'punct';

export interface HighlightToken {
  kind: HighlightKind;
  start: number;
  end: number;
}

export interface QueryHighlight {
  tokens: HighlightToken[];
  /** The parse errors, with positions the renderer can underline. */
  errors: QueryError[];
}

export function highlightQuery(text: string): QueryHighlight {
  const tokens: HighlightToken[] = [];
  for (const t of lex(text).tokens) {
    const { start, end } = t;
    switch (t.kind) {
      case 'field': {
        const colon = (t.nameEnd ?? start) + 1;
        tokens.push({ kind: 'field-name', start, end: colon }, { kind: 'field-value', start: colon, end });
        break;
      }
      case 'word':
        tokens.push({ kind: t.prefix ? 'prefix' : 'word', start, end });
        break;
      case 'phrase':
        tokens.push({ kind: 'phrase', start, end });
        break;
      case 'lparen':
      case 'rparen':
        tokens.push({ kind: 'paren', start, end });
        break;
      case 'comma':
        tokens.push({ kind: 'punct', start, end });
        break;
      default:
        tokens.push({ kind: 'operator', start, end });
    }
  }
  return { tokens, errors: parseQuery(text).errors };
}
