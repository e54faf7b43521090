// Recursive-descent parser: tokens -> AST. Grammar (operators are upper case, as in FTS5):
//   query   := or EOF
//   or      := and ("OR" and)*
//   and     := unary (["AND"] unary)*          adjacent terms are ANDed
//   unary   := ("NOT" | "-")* primary          each NOT is a level of nesting
//   primary := "(" or ")" | NEAR "(" term term+ ["," N] ")" | field:value | "phrase" | word[*]
// The first problem stops the parse and is returned as { message, position }.
import type { FieldName, NotNode, ParsedQuery, PhraseNode, QueryError, QueryNode, TermNode } from './ast';
import { checkFieldValue, FIELD_NAMES, isFieldName } from './fields';
import { lex, type LexKind, type LexToken } from './lexer';

/** Deeper nesting is refused: it is never useful and would strain recursion and FTS5. */
export const MAX_DEPTH = 32;
/** More terms than this are refused with a clear message rather than a slow query. */
export const MAX_TERMS = 500;
const DEFAULT_NEAR = 10;

class Failure {
  constructor(readonly error: QueryError) {}
}

class Parser {
  private i = 0;
  private depth = 0;
  private terms = 0;

  constructor(
    private readonly tokens: LexToken[],
    private readonly length: number,
  ) {}

  parse(): QueryNode | null {
    if (this.tokens.length === 0) return null;
    const node = this.or();
    const extra = this.peek();
    if (extra) this.fail(extra.kind === 'rparen' ? "Unexpected ')': no '(' to close" : 'Unexpected text', extra.start);
    return node;
  }

  private peek(kind?: LexKind): LexToken | undefined {
    const t = this.tokens[this.i];
    return t && (!kind || t.kind === kind) ? t : undefined;
  }

  private fail(message: string, position: number): never {
    throw new Failure({ message, position });
  }

  private endsTerm(t: LexToken | undefined): boolean {
    return !t || t.kind === 'rparen' || t.kind === 'or' || t.kind === 'and';
  }

  private or(): QueryNode {
    const children = [this.and()];
    for (let op = this.peek('or'); op; op = this.peek('or')) {
      this.i++;
      if (this.endsTerm(this.peek())) this.fail('OR needs a term on both sides', op.start);
      children.push(this.and());
    }
    return children.length === 1 ? children[0] : { type: 'or', children };
  }

  private and(): QueryNode {
    const children: QueryNode[] = [];
    for (let t = this.peek(); t && t.kind !== 'rparen' && t.kind !== 'or'; t = this.peek()) {
      if (t.kind === 'comma') {
        this.i++;
        continue;
      }
      if (t.kind === 'and') {
        this.i++;
        if (children.length === 0 || this.endsTerm(this.peek())) this.fail('AND needs a term on both sides', t.start);
        continue;
      }
      children.push(this.unary());
    }
    if (children.length === 0) {
      const t = this.peek();
      this.fail(t?.kind === 'or' ? 'OR needs a term on both sides' : 'Expected a search term', t?.start ?? this.length);
    }
    return children.length === 1 ? children[0] : { type: 'and', children };
  }

  /**
   * A run of NOT / '-' is read in a loop and each one counts as a level of nesting: a chain
   * of thousands is refused at the first NOT past the limit, never by a stack overflow (here
   * or in the code that walks the tree).
   */
  private unary(): QueryNode {
    const nots: LexToken[] = [];
    for (let t = this.peek(); t && (t.kind === 'not' || t.kind === 'minus'); t = this.peek()) {
      this.i++;
      const next = this.peek();
      if (this.endsTerm(next) || next?.kind === 'comma') this.fail(`${t.text} needs a term after it`, t.start);
      if (++this.depth > MAX_DEPTH)
        this.fail(`Too deeply nested: at most ${MAX_DEPTH} levels (NOT counts as one)`, t.start);
      nots.push(t);
    }
    let node = this.primary();
    const end = this.tokens[this.i - 1].end;
    for (let k = nots.length - 1; k >= 0; k--) {
      const not: NotNode = { type: 'not', child: node, span: { start: nots[k]!.start, end } };
      node = not;
    }
    this.depth -= nots.length;
    return node;
  }

  private count(position: number): void {
    if (++this.terms > MAX_TERMS) this.fail(`Too many terms: at most ${MAX_TERMS}`, position);
  }

  private primary(): QueryNode {
    const t = this.tokens[this.i++];
    switch (t.kind) {
      case 'lparen': {
        if (++this.depth > MAX_DEPTH) this.fail(`Too deeply nested: at most ${MAX_DEPTH} levels`, t.start);
        if (this.peek('rparen')) this.fail('Empty parentheses', t.start);
        const inner = this.or();
        if (!this.peek('rparen')) this.fail("Missing ')' to close this '('", t.start);
        this.i++;
        this.depth--;
        return inner;
      }
      case 'near':
        return this.near(t);
      case 'field':
        return this.field(t);
      case 'phrase':
      case 'word':
        return this.text(t);
      default:
        return this.fail(t.kind === 'rparen' ? "Unexpected ')': no '(' to close" : `Unexpected ${t.text}`, t.start);
    }
  }

  private text(t: LexToken): TermNode | PhraseNode {
    if (t.kind === 'word' && /^\**$/.test(t.text)) this.fail("'*' must follow a word", t.start);
    this.count(t.start);
    const span = { start: t.start, end: t.end };
    return { type: t.kind === 'phrase' ? 'phrase' : 'term', text: t.text, prefix: t.prefix === true, span };
  }

  private near(t: LexToken): QueryNode {
    const open = this.tokens[this.i++]; // the lexer only emits NEAR right before '('
    const terms: (TermNode | PhraseNode)[] = [];
    while (this.peek('word') || this.peek('phrase')) terms.push(this.text(this.tokens[this.i++]));
    let distance = DEFAULT_NEAR;
    const comma = this.peek('comma');
    if (comma) {
      this.i++;
      const n = this.peek('word');
      if (!n || !/^\d{1,4}$/.test(n.text) || n.prefix)
        this.fail('NEAR distance must be a number', n?.start ?? comma.end);
      distance = Number(n.text);
      this.i++;
    }
    if (!this.peek('rparen')) this.fail("NEAR(...) is missing its ')' or holds something other than terms", open.start);
    const close = this.tokens[this.i++];
    if (terms.length < 2) this.fail('NEAR needs at least two terms', t.start);
    return { type: 'near', terms, distance, span: { start: t.start, end: close.end } };
  }

  private field(t: LexToken): QueryNode {
    const name = (t.name ?? '').toLowerCase();
    if (!isFieldName(name)) this.fail(`Unknown field "${t.name}": use one of ${FIELD_NAMES.join(', ')}`, t.start);
    this.count(t.start);
    const valueStart = (t.nameEnd ?? t.start) + 1;
    const checked = checkFieldValue(name as FieldName, t.text);
    if ('error' in checked) this.fail(checked.error, valueStart);
    return { type: 'filter', field: name, raw: t.text, value: checked.value, span: { start: t.start, end: t.end } };
  }
}

/** Parses a query. Never throws; an empty query gives `{ ast: null, errors: [] }` (browse all). */
export function parseQuery(text: string): ParsedQuery {
  const { tokens, errors } = lex(text);
  if (errors.length) return { ast: null, errors };
  try {
    return { ast: new Parser(tokens, text.length).parse(), errors: [] };
  } catch (err) {
    if (err instanceof Failure) return { ast: null, errors: [err.error] };
    throw err;
  }
}
