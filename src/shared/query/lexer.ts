// Query text -> tokens. Never throws: problems (an unclosed quote, an empty field value)
// are reported as errors beside the tokens, so the renderer can still highlight the rest.
import type { QueryError, Span } from './ast';

export type LexKind =
  'word' | 'phrase' | 'field' | 'or' | 'and' | 'not' | 'minus' | 'near' | 'lparen' | 'rparen' | 'comma';

export interface LexToken extends Span {
  kind: LexKind;
  /** Words and phrases: the text without quotes or trailing '*'. Fields: the value. */
  text: string;
  /** A trailing '*' (prefix search). */
  prefix?: boolean;
  /** Fields: the field name as typed and where it ends (the ':' follows). */
  name?: string;
  nameEnd?: number;
}

export interface LexResult {
  tokens: LexToken[];
  errors: QueryError[];
}

// Control characters (NUL included) separate terms like spaces: they can never reach FTS5.
const isSpace = (c: string) => c <= ' ' || c === '\x7f' || /\s/.test(c);
const isWordStop = (c: string) => isSpace(c) || c === '(' || c === ')' || c === '"' || c === ',';
const FIELD_START = /^([A-Za-z]+):/;
const OPERATORS: Record<string, LexKind> = { OR: 'or', AND: 'and', NOT: 'not' };

export function lex(text: string): LexResult {
  const tokens: LexToken[] = [];
  const errors: QueryError[] = [];
  let i = 0;

  /** Reads a quoted string starting at `start` (on the quote); returns [content, end]. */
  const quoted = (start: number): [string, number] => {
    const close = text.indexOf('"', start + 1);
    if (close < 0) {
      errors.push({ message: 'Unclosed quote: add a closing "', position: start });
      return [text.slice(start + 1), text.length];
    }
    return [text.slice(start + 1, close), close + 1];
  };

  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', start, end: i + 1, text: c });
      i++;
      continue;
    }
    if (c === '"') {
      const [content, end] = quoted(i);
      const prefix = text[end] === '*';
      tokens.push({ kind: 'phrase', start, end: prefix ? end + 1 : end, text: content, prefix });
      i = prefix ? end + 1 : end;
      continue;
    }
    if (c === '-' && i + 1 < text.length && !isWordStop(text[i + 1]) && text[i + 1] !== '-') {
      tokens.push({ kind: 'minus', start, end: i + 1, text: '-' });
      i++;
      continue;
    }
    const field = FIELD_START.exec(text.slice(i, i + 40));
    if (field) {
      const nameEnd = i + field[1].length;
      let valueStart = nameEnd + 1;
      let value: string;
      if (text[valueStart] === '"') {
        [value, i] = quoted(valueStart);
        valueStart++;
      } else {
        i = valueStart;
        while (i < text.length && !isSpace(text[i]) && text[i] !== ')') i++;
        value = text.slice(valueStart, i);
      }
      tokens.push({ kind: 'field', start, end: i, text: value, name: field[1], nameEnd });
      continue;
    }
    while (i < text.length && !isWordStop(text[i])) i++;
    const word = text.slice(start, i);
    if (word === 'NEAR' && text[i] === '(') {
      tokens.push({ kind: 'near', start, end: i, text: word });
      continue;
    }
    const op = OPERATORS[word];
    if (op) {
      tokens.push({ kind: op, start, end: i, text: word });
      continue;
    }
    const prefix = word.length > 1 && word.endsWith('*');
    tokens.push({ kind: 'word', start, end: i, text: prefix ? word.slice(0, -1) : word, prefix });
  }
  return { tokens, errors };
}
