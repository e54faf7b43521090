import { memo, useCallback } from 'react';
import type { FacetCounts, FacetName } from '../../../../shared/api/types';
import { addFilter, hasFilter, removeFilter } from '../../../../shared/query';
import { Loading } from '../../components/states';
import { FACETS, type FacetInfo } from './facetFields';
import { FacetGroup } from './FacetGroup';

interface Props {
  facets: FacetCounts | null;
  /** Why a facet is empty although it may have values. */
  notes?: Partial<Record<FacetName, string>> | null;
  query: string;
  /** Functional update of the query text, so rapid clicks compose. */
  onQuery: (update: (query: string) => string) => void;
}

/** Counts per facet for the current results; a click adds or removes the filter in the query. */
export const FacetSidebar = memo(function FacetSidebar({ facets, notes, query, onQuery }: Props) {
  const toggle = useCallback(
    (facet: FacetInfo, value: string) =>
      onQuery((q) =>
        hasFilter(q, facet.field, value) ? removeFilter(q, facet.field, value) : addFilter(q, facet.field, value),
      ),
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
            values={facets[f.name] ?? []}
            note={notes?.[f.name]}
            isActive={(v) => hasFilter(query, f.field, v)}
            onToggle={toggle}
          />
        ))
      )}
    </nav>
  );
});
