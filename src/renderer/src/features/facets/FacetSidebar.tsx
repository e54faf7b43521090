import { memo, useCallback } from 'react';
import type { FacetCounts, FacetName } from '../../../../shared/api/types';
import { filterGroups, groupWith, sameValue, toggleFilter } from '../../../../shared/query';
import { Loading } from '../../components/states';
import { FACETS, type FacetInfo } from './facetFields';
import { FacetGroup } from './FacetGroup';

/**
 * The counted values, then any selected value they lack (count 0: another group's selection
 * leaves none of it), so a selection can always be clicked off where it was clicked on.
 */
function withSelected(query: string, facet: FacetInfo, counted: [string, number][]): [string, number][] {
  const selected = filterGroups(query)
    .filter((g) => g.field === facet.field)
    .flatMap((g) => g.values);
  const missing = selected.filter((v) => !counted.some(([c]) => sameValue(facet.field, c, v)));
  return missing.length ? [...counted, ...missing.map((v): [string, number] => [v, 0])] : counted;
}

interface Props {
  facets: FacetCounts | null;
  /** Why a facet is empty although it may have values. */
  notes?: Partial<Record<FacetName, string>> | null;
  query: string;
  /** Functional update of the query text, so rapid clicks compose. */
  onQuery: (update: (query: string) => string) => void;
}

/**
 * Counts per facet; a click adds the value to its field's group in the query (values of a
 * group OR, groups AND) or takes it out. A facet with a selection counts beside it (the query
 * without its own group), so its other values stay clickable.
 */
export const FacetSidebar = memo(function FacetSidebar({ facets, notes, query, onQuery }: Props) {
  const toggle = useCallback(
    (facet: FacetInfo, value: string) => onQuery((q) => toggleFilter(q, facet.field, value)),
    [onQuery],
  );
  return (
    <nav className="facets" aria-label="Filters" data-testid="facets">
      {!facets ? (
        <Loading label="Counting…" />
      ) : (
        FACETS.map((f) => (
          <FacetGroup
            key={f.name}
            facet={f}
            values={withSelected(query, f, facets[f.name] ?? [])}
            note={notes?.[f.name]}
            isActive={(v) => groupWith(query, f.field, v) !== undefined}
            onToggle={toggle}
          />
        ))
      )}
    </nav>
  );
});
