import { useEffect, useMemo, useState } from 'react';
import type { SuggestField, Suggestion } from '../../../../shared/api/types';
import { formatFilter, QUERY_FIELDS } from '../../../../shared/query';
import { api } from '../../api/client';
import { formatCount } from '../../components/format';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { type CaretContext, tokenAtCaret } from './tokenAtCaret';

export interface Completion {
  key: string;
  label: string;
  detail: string;
  /** The query text once this completion is taken, and where the caret goes. */
  text: string;
  caret: number;
}

function splice(
  text: string,
  ctx: Extract<CaretContext, { start: number }>,
  insert: string,
): Pick<Completion, 'text' | 'caret'> {
  const tail = text.slice(ctx.end);
  const spacer = insert.endsWith(':') || tail.startsWith(' ') ? '' : ' ';
  return { text: text.slice(0, ctx.start) + insert + spacer + tail, caret: ctx.start + insert.length + spacer.length };
}

/** Completions for the term at the caret: field names first, then values from the index. */
export function useAutocomplete(text: string, caret: number | null): Completion[] {
  const ctx = useMemo(() => (caret === null ? ({ kind: 'none' } as const) : tokenAtCaret(text, caret)), [text, caret]);
  const valueCtx = ctx.kind === 'field-value' ? ctx : null;
  const request = useDebouncedValue(valueCtx ? `${valueCtx.field}\u0000${valueCtx.prefix}` : '', 100);
  const [values, setValues] = useState<{ request: string; list: Suggestion[] }>({ request: '', list: [] });

  useEffect(() => {
    if (!request) return;
    const [field, prefix] = request.split('\u0000');
    let current = true;
    api['search:suggest']({ field: field as SuggestField, prefix, limit: 12 }).then(
      (list) => current && setValues({ request, list }),
      () => current && setValues({ request, list: [] }),
    );
    return () => {
      current = false;
    };
  }, [request]);

  return useMemo(() => {
    if (ctx.kind === 'field-name') {
      return QUERY_FIELDS.filter((f) => f.name.startsWith(ctx.prefix)).map((f) => ({
        key: `field:${f.name}`,
        label: `${f.name}:`,
        detail: f.description,
        ...splice(text, ctx, `${f.name}:`),
      }));
    }
    if (ctx.kind === 'field-value' && values.request === `${ctx.field}\u0000${ctx.prefix}`) {
      return values.list.map((s) => ({
        key: `value:${s.value}`,
        label: s.label || s.value,
        detail: `${formatCount(s.count)} ${s.count === 1 ? 'filing' : 'filings'}`,
        ...splice(text, ctx, formatFilter(ctx.field, s.value)),
      }));
    }
    return [];
  }, [ctx, text, values]);
}
