import { memo, useMemo } from 'react';
import { type FieldName, isFieldName, lex, removeFilter } from '../../../../shared/query';

interface Chip {
  key: string;
  field: FieldName;
  value: string;
  negated: boolean;
}

/** The query's field filters, each as a chip. The query stays the one source of truth. */
export function filterChips(query: string): Chip[] {
  const tokens = lex(query).tokens;
  const chips: Chip[] = [];
  tokens.forEach((t, i) => {
    const name = t.name?.toLowerCase();
    if (t.kind !== 'field' || !name || !isFieldName(name) || !t.text.trim()) return;
    const prev = tokens[i - 1];
    const negated = (prev?.kind === 'minus' && prev.end === t.start) || prev?.kind === 'not';
    chips.push({ key: `${t.start}:${name}:${t.text}`, field: name, value: t.text, negated });
  });
  return chips;
}

interface Props {
  query: string;
  onChange: (query: string) => void;
}

/** Removable chips for the filters in the query. */
export const FilterChips = memo(function FilterChips({ query, onChange }: Props) {
  const chips = useMemo(() => filterChips(query), [query]);
  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label="Active filters" data-testid="filter-chips">
      {chips.map((c) => (
        <li key={c.key} className={`chip${c.negated ? ' chip-negated' : ''}`}>
          <span className="chip-field">{c.negated ? `not ${c.field}` : c.field}</span>
          <span className="chip-value">{c.value}</span>
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove filter ${c.field}:${c.value}`}
            onClick={() => onChange(removeFilter(query, c.field, c.value))}
          >
            ×
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button
            type="button"
            className="link-button small"
            onClick={() => onChange(chips.reduce((q, c) => removeFilter(q, c.field, c.value), query))}
          >
            Clear filters
          </button>
        </li>
      )}
    </ul>
  );
});
