// Filter groups: how facet selections live in the query text. A group is a conjunct of the
// query's top level made only of filters of one field: `form:10-K`, or several ORed in
// parentheses, `(form:10-K OR form:10-Q)`. Values inside a group OR together; groups (and
// everything else at the top level) AND. A query whose top level is an OR has no groups:
// none of its filters narrows the whole result set.
import { normalizeFormCode } from '../edgar/form-codes';
import type { FieldName } from './ast';
import { checkFieldValue, isFieldName } from './fields';
import { lex, type LexToken } from './lexer';

export interface FilterGroup {
  field: FieldName;
  /** The values as typed (without quotes), in query order. */
  values: string[];
  /** [start, end) of the group in the query text, its parentheses included. */
  start: number;
  end: number;
}

const fieldOf = (t: LexToken | undefined): FieldName | null => {
  const name = t?.kind === 'field' ? t.name?.toLowerCase() : undefined;
  return name && isFieldName(name) && t!.text.trim() ? name : null;
};

/** `t` is negated by the token before it (`-form:8-K`, `NOT (...)`). */
const negated = (prev: LexToken | undefined, t: LexToken) =>
  prev?.kind === 'not' || (prev?.kind === 'minus' && prev.end === t.start);

/** Index of the ')' closing the '(' at `open`, or -1. */
function closing(tokens: LexToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].kind === 'lparen') depth++;
    else if (tokens[i].kind === 'rparen' && --depth === 0) return i;
  }
  return -1;
}

/** The tokens hold an OR outside any parentheses. */
function topLevelOr(tokens: LexToken[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'lparen') depth++;
    else if (t.kind === 'rparen') depth--;
    else if (t.kind === 'or' && depth === 0) return true;
  }
  return false;
}

/** `a OR b OR c` of filters of one field, or null. */
function orOfOneField(inner: LexToken[]): { field: FieldName; values: string[] } | null {
  if (inner.length % 2 === 0) return null;
  const field = fieldOf(inner[0]);
  if (!field) return null;
  const values: string[] = [];
  for (let k = 0; k < inner.length; k++) {
    if (k % 2 === 1) {
      if (inner[k].kind !== 'or') return null;
    } else {
      if (fieldOf(inner[k]) !== field) return null;
      values.push(inner[k].text);
    }
  }
  return { field, values };
}

/** The query's filter groups, in query order (a field may have several: they AND). */
export function filterGroups(query: string): FilterGroup[] {
  const { tokens } = lex(query);
  if (topLevelOr(tokens)) return [];
  const groups: FilterGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const field = fieldOf(t);
    if (field && !negated(tokens[i - 1], t)) {
      groups.push({ field, values: [t.text], start: t.start, end: t.end });
    } else if (t.kind === 'lparen') {
      const close = closing(tokens, i);
      if (close < 0) return groups; // unbalanced: nothing after it is a group
      const or = negated(tokens[i - 1], t) ? null : orOfOneField(tokens.slice(i + 1, close));
      if (or) groups.push({ ...or, start: t.start, end: tokens[close].end });
      i = close; // nested filters belong to their expression, not to a group
    }
  }
  return groups;
}

/** A value in one spelling: `form:10-KSB` = `form:10ksb`, `cik:320193` = `cik:0000320193`. */
export function canonicalValue(field: FieldName, raw: string): string {
  const checked = checkFieldValue(field, raw);
  if ('error' in checked) return raw.replace(/"/g, '').trim().toLowerCase();
  const v = checked.value;
  return v.kind === 'form' ? `${normalizeFormCode(v.form)}${v.family ? '*' : ''}` : JSON.stringify(v);
}

export const sameValue = (field: FieldName, a: string, b: string) =>
  canonicalValue(field, a) === canonicalValue(field, b);

/** The group of `field` holding `value`, if any. */
export function groupWith(query: string, field: FieldName, value: string): FilterGroup | undefined {
  return filterGroups(query).find((g) => g.field === field && g.values.some((v) => sameValue(field, v, value)));
}

/** The query has an OR at its top level: a filter added to it must AND with all of it. */
export function hasTopLevelOr(query: string): boolean {
  return topLevelOr(lex(query).tokens);
}
