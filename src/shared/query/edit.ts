// Small edits of a query string for the renderer: facet clicks add a value to its field's
// group (groups.ts: values of a group OR, groups AND), chips remove a group. They work on the
// lexer's spans, so the rest of the query is left exactly as typed.
import type { FieldName } from './ast';
import { filterGroups, groupWith, hasTopLevelOr, sameValue, type FilterGroup } from './groups';
import { lex } from './lexer';

/** `field:value`, quoted when the value holds spaces or characters the lexer would split on. */
export function formatFilter(field: FieldName, value: string): string {
  const clean = value.replace(/"/g, '').trim();
  return /[\s()",]/.test(clean) || clean === '' ? `${field}:"${clean}"` : `${field}:${clean}`;
}

/** One value as `field:value`, several as `(field:a OR field:b)`. */
export function formatGroup(field: FieldName, values: readonly string[]): string {
  const parts = values.map((v) => formatFilter(field, v));
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/**
 * Drops what an edit left dangling: an AND/OR with nothing on one side, and empty
 * parentheses. Token by token, so quoted text is never touched.
 */
function tidy(query: string): string {
  let q = query;
  for (let changed = true; changed;) {
    changed = false;
    const tokens = lex(q).tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      const operator = t.kind === 'or' || t.kind === 'and';
      const dangling =
        operator &&
        (!prev ||
          !next ||
          prev.kind === 'lparen' ||
          next.kind === 'rparen' ||
          next.kind === 'or' ||
          next.kind === 'and');
      const empty = t.kind === 'lparen' && next?.kind === 'rparen';
      if (dangling || empty) {
        // With the space on the side it separated: `(a OR )` -> `(a)`, `( OR a)` -> `(a)`.
        let [from, to] = [t.start, empty ? next!.end : t.end];
        if (dangling && (!next || next.kind === 'rparen'))
          [from, to] = [prev ? prev.end : from, next ? next.start : to];
        else if (dangling) to = next!.start;
        q = q.slice(0, from) + q.slice(to);
        changed = true;
        break;
      }
    }
  }
  return q.replace(/[ \t]{2,}/g, ' ').trim();
}

function splice(query: string, start: number, end: number, text: string): string {
  return query.slice(0, start) + text + query.slice(end);
}

/** The query without these groups (spans of `query`, e.g. from filterGroups). */
export function removeGroups(query: string, groups: readonly Pick<FilterGroup, 'start' | 'end'>[]): string {
  let out = query;
  for (const g of [...groups].sort((a, b) => b.start - a.start)) out = splice(out, g.start, g.end, '');
  return tidy(out);
}

/**
 * `field:` terms outside groups (negated, or inside an expression), with any leading '-' or
 * NOT (tidy() then drops an OR/AND left dangling).
 */
function looseSpans(query: string, field: FieldName, value?: string): [number, number][] {
  const tokens = lex(query).tokens;
  const inGroup = filterGroups(query);
  const spans: [number, number][] = [];
  tokens.forEach((t, k) => {
    if (t.kind !== 'field' || t.name?.toLowerCase() !== field) return;
    if (value !== undefined && !sameValue(field, t.text, value)) return;
    if (inGroup.some((g) => g.start <= t.start && t.end <= g.end)) return;
    let from = k;
    const prev = tokens[k - 1];
    if ((prev?.kind === 'minus' && prev.end === t.start) || prev?.kind === 'not') from = k - 1;
    spans.push([tokens[from].start, t.end]);
  });
  return spans;
}

/** `field:value` (any value when none is given) is in the query, in a group or anywhere else. */
export function hasFilter(query: string, field: FieldName, value?: string): boolean {
  if (value !== undefined && groupWith(query, field, value)) return true;
  return lex(query).tokens.some(
    (t) =>
      t.kind === 'field' && t.name?.toLowerCase() === field && (value === undefined || sameValue(field, t.text, value)),
  );
}

/**
 * Removes `value` from the groups of `field` (the whole group when it was its only value), or
 * every group of `field` when no value is given; `field:` terms outside groups go too.
 */
export function removeFilter(query: string, field: FieldName, value?: string): string {
  let out = query;
  const groups = filterGroups(out)
    .filter((g) => g.field === field)
    .reverse();
  for (const g of groups) {
    const keep = value === undefined ? [] : g.values.filter((v) => !sameValue(field, v, value));
    if (keep.length === g.values.length) continue;
    out = splice(out, g.start, g.end, keep.length ? formatGroup(field, keep) : '');
  }
  for (const [start, end] of looseSpans(out, field, value).reverse()) out = splice(out, start, end, '');
  return tidy(out);
}

/**
 * Adds `field:value`: into the first group of `field` (the values OR), else as a new group at
 * the end (ANDed with the whole query: a query whose top level is an OR is parenthesised).
 */
export function addFilter(query: string, field: FieldName, value: string): string {
  if (groupWith(query, field, value)) return query;
  const group = filterGroups(query).find((g) => g.field === field);
  if (group) return splice(query, group.start, group.end, formatGroup(field, [...group.values, value]));
  const base = query.trim();
  if (!base) return formatFilter(field, value);
  return `${hasTopLevelOr(base) ? `(${base})` : base} ${formatFilter(field, value)}`;
}

/** A facet click: removes `value` from its group when it is selected, else adds it. */
export function toggleFilter(query: string, field: FieldName, value: string): string {
  return groupWith(query, field, value) ? removeFilter(query, field, value) : addFilter(query, field, value);
}

/** Replaces any `field:` terms with `field:value` (e.g. picking a year on the timeline). */
export function setFilter(query: string, field: FieldName, value: string): string {
  return addFilter(removeFilter(query, field), field, value);
}
