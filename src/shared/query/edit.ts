// Small edits of a query string for the renderer: facet clicks add a filter, chips remove one.
// They work on the lexer's spans, so the rest of the query is left exactly as typed.
import type { FieldName } from './ast';
import { lex, type LexToken } from './lexer';

/** `field:value`, quoted when the value holds spaces or characters the lexer would split on. */
export function formatFilter(field: FieldName, value: string): string {
  const clean = value.replace(/"/g, '').trim();
  return /[\s()",]/.test(clean) || clean === '' ? `${field}:"${clean}"` : `${field}:${clean}`;
}

function sameValue(t: LexToken, value: string | undefined): boolean {
  return value === undefined || t.text.trim().toLowerCase() === value.replace(/"/g, '').trim().toLowerCase();
}

/** The filter terms of `field` (with value `value`, when given) in `query`, with any leading '-'. */
function filterSpans(query: string, field: FieldName, value?: string): [number, number][] {
  const tokens = lex(query).tokens;
  const spans: [number, number][] = [];
  tokens.forEach((t, k) => {
    if (t.kind !== 'field' || t.name?.toLowerCase() !== field || !sameValue(t, value)) return;
    const prev = tokens[k - 1];
    spans.push([prev?.kind === 'minus' && prev.end === t.start ? prev.start : t.start, t.end]);
  });
  return spans;
}

export function hasFilter(query: string, field: FieldName, value?: string): boolean {
  return filterSpans(query, field, value).length > 0;
}

/** Removes every `field:` term (only those with `value`, when given). */
export function removeFilter(query: string, field: FieldName, value?: string): string {
  let out = query;
  for (const [start, end] of filterSpans(query, field, value).reverse()) out = out.slice(0, start) + out.slice(end);
  return out.replace(/[ \t]{2,}/g, ' ').trim();
}

/** Appends `field:value` unless the query already has it. */
export function addFilter(query: string, field: FieldName, value: string): string {
  if (hasFilter(query, field, value)) return query;
  const base = query.trim();
  return base ? `${base} ${formatFilter(field, value)}` : formatFilter(field, value);
}

/** Replaces any `field:` terms with `field:value` (e.g. picking a year on the timeline). */
export function setFilter(query: string, field: FieldName, value: string): string {
  return addFilter(removeFilter(query, field), field, value);
}
