import { memo, useMemo } from 'react';
import { type FieldName, filterGroups, isFieldName, lex, removeFilter, removeGroups } from '../../../../shared/query';

interface Chip {
  key: string;
  field: FieldName;
  /** A group's values (they OR); one value for a filter outside a group. */
  values: string[];
  negated: boolean;
  start: number;
  /** The query without this chip's filter. */
  remove: () => string;
}

/**
 * The query's field filters as chips: one per group (values of one field ORed, e.g. from
 * facet clicks), and one per filter elsewhere (negated, or inside an expression). The query
 * stays the one source of truth.
 */
export function filterChips(query: string): Chip[] {
  const groups = filterGroups(query);
  const chips: Chip[] = groups.map((g) => ({
    key: `${g.start}:${g.field}`,
    field: g.field,
    values: g.values,
    negated: false,
    start: g.start,
    remove: () => removeGroups(query, [g]),
  }));
  const tokens = lex(query).tokens;
  tokens.forEach((t, i) => {
    const name = t.name?.toLowerCase();
    if (t.kind !== 'field' || !name || !isFieldName(name) || !t.text.trim()) return;
    if (groups.some((g) => g.start <= t.start && t.end <= g.end)) return;
    const prev = tokens[i - 1];
    const negated = (prev?.kind === 'minus' && prev.end === t.start) || prev?.kind === 'not';
    chips.push({
      key: `${t.start}:${name}:${t.text}`,
      field: name,
      values: [t.text],
      negated,
      start: t.start,
      remove: () => removeFilter(query, name, t.text),
    });
  });
  return chips.sort((a, b) => a.start - b.start);
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
      {chips.map((c) => {
        const label = c.values.map((v) => `${c.field}:${v}`).join(' OR ');
        return (
          <li key={c.key} className={`chip${c.negated ? ' chip-negated' : ''}`} data-field={c.field} title={label}>
            <span className="chip-field">{c.negated ? `not ${c.field}` : c.field}</span>
            <span className="chip-value">
              {c.values.map((v, k) => (
                <span key={k}>
                  {k > 0 && <span className="chip-or"> or </span>}
                  {v}
                </span>
              ))}
            </span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove filter ${label}`}
              onClick={() => onChange(c.remove())}
            >
              ×
            </button>
          </li>
        );
      })}
      {chips.length > 1 && (
        <li>
          <button
            type="button"
            className="link-button small"
            onClick={() => onChange(chips.reduce((q, c) => removeFilter(q, c.field), query))}
          >
            Clear filters
          </button>
        </li>
      )}
    </ul>
  );
});
