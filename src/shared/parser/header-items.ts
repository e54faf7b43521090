import type { Item } from '../filing';

/**
 * Header ITEM INFORMATION / <ITEMS> values as Items. .nc headers give codes ("5.02"); SGML
 * headers give official titles. TODO: map titles to codes with src/shared/edgar/items.ts
 * once it exists; until then a title stays both code and title.
 */
export function headerItems(raw: readonly string[]): Item[] {
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const r of raw) {
    const code = /^\d{1,2}(\.\d{2})?$/.test(r) ? r : r;
    if (seen.has(code)) continue;
    seen.add(code);
    items.push({ code, title: /^\d/.test(r) ? null : r });
  }
  return items;
}
