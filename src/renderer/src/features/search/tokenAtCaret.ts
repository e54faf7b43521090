import type { SuggestField } from '../../../../shared/api/types';
import { FIELD_NAMES } from '../../../../shared/query';

export const SUGGEST_FIELDS: readonly SuggestField[] = ['form', 'company', 'state', 'item', 'sic', 'cik', 'exhibit'];

export type CaretContext =
  | { kind: 'field-name'; prefix: string; start: number; end: number }
  | { kind: 'field-value'; field: SuggestField; prefix: string; start: number; end: number }
  | { kind: 'none' };

/**
 * What is being typed at the caret: the start of a field name (`fo` → `form:`) or a field's
 * value (`company:"wash` → company names). A quoted value may hold spaces.
 */
export function tokenAtCaret(text: string, caret: number): CaretContext {
  const before = text.slice(0, caret);
  // The current term starts after the last space that is not inside an open quote.
  let start = 0;
  let quoted = false;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === '"') quoted = !quoted;
    else if (!quoted && /[\s(]/.test(before[i])) start = i + 1;
  }
  let end = caret;
  while (end < text.length && !/[\s)]/.test(text[end])) end++;
  const raw = before.slice(start);
  const negated = raw.startsWith('-');
  const offset = negated ? start + 1 : start;
  const term = negated ? raw.slice(1) : raw;

  const field = /^([A-Za-z]+):"?(.*)$/.exec(term);
  if (field) {
    const name = field[1].toLowerCase() as SuggestField;
    if (!SUGGEST_FIELDS.includes(name)) return { kind: 'none' };
    return { kind: 'field-value', field: name, prefix: field[2].replace(/"$/, ''), start: offset, end };
  }
  if (
    /^[A-Za-z]+$/.test(term) &&
    FIELD_NAMES.some((f) => f.startsWith(term.toLowerCase()) && f !== term.toLowerCase())
  ) {
    return { kind: 'field-name', prefix: term.toLowerCase(), start: offset, end };
  }
  return { kind: 'none' };
}
