import type { SortKey, SortOrder } from '../../../../shared/api/types';
import { api } from '../../api/client';
import type { SelectionState } from '../results/useSelection';

const CHUNK = 10_000;

/**
 * The filing ids an export of the selection covers; undefined means the whole result set.
 * "All but a few" is resolved by walking the results in large pages.
 */
export async function selectedIds(
  selection: SelectionState,
  query: string,
  sort: SortKey,
  order: SortOrder,
): Promise<number[] | undefined> {
  if (!selection.all) return [...selection.ids];
  if (selection.ids.size === 0) return undefined;
  const ids: number[] = [];
  for (let offset = 0; ; offset += CHUNK) {
    const page = await api['search:query']({ query, sort, order, offset, limit: CHUNK });
    for (const r of page.results) if (!selection.ids.has(r.id)) ids.push(r.id);
    if (page.results.length < CHUNK) return ids;
  }
}
