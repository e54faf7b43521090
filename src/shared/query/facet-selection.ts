// Which query field each facet selects by, and the query each facet's counts are taken
// from. A facet with a selection (a group of its field, groups.ts) counts over the query
// without that group, so its other values stay clickable and show what adding them gives:
// `form:10-K` still lists 10-Q with its count. Every other facet counts the query as it is.
import type { FacetName } from '../api/types';
import type { FieldName } from './ast';
import { filterGroups } from './groups';
import { removeGroups } from './edit';

/** The field a click on a facet's value adds (the year facet: the filing's date). */
export const FACET_FIELD: Record<FacetName, FieldName> = {
  form: 'form',
  year: 'date',
  company: 'company',
  state: 'state',
  sic: 'sic',
  item: 'item',
  section: 'section',
};

/** For each facet with a selection in `query`, the query without its field's groups. */
export function queriesBesideSelection(query: string): Partial<Record<FacetName, string>> {
  const groups = filterGroups(query);
  const out: Partial<Record<FacetName, string>> = {};
  for (const [facet, field] of Object.entries(FACET_FIELD) as [FacetName, FieldName][]) {
    const own = groups.filter((g) => g.field === field);
    if (own.length) out[facet] = removeGroups(query, own);
  }
  return out;
}
