// Header ITEM INFORMATION / <ITEMS> values -> Items. .nc headers give codes ("5.02"); SGML
// headers give the official title, sometimes with slightly different punctuation or case,
// so titles are matched against the item table of the filing's era after normalisation.
import {
  itemTitle,
  LEGACY_ITEMS,
  MODERN_ITEMS,
  MODERN_ITEMS_EFFECTIVE,
  normalizeItemCode,
  type ItemTitle,
} from '../edgar/items';
import type { Item } from '../filing';

type Table = Readonly<Record<string, readonly ItemTitle[]>>;

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const key = (s: string): string => words(s).join(' ');

/** Normalised title -> code, per table. */
function titleIndex(table: Table): Map<string, string> {
  const index = new Map<string, string>();
  for (const [code, titles] of Object.entries(table)) for (const t of titles) index.set(key(t.title), code);
  return index;
}

const MODERN_BY_TITLE = titleIndex(MODERN_ITEMS);
const LEGACY_BY_TITLE = titleIndex(LEGACY_ITEMS);

/** Best word-overlap match (Jaccard >= 0.5) for titles the header words a little differently. */
function closestCode(title: string, index: Map<string, string>): string | null {
  const wanted = new Set(words(title));
  let best: string | null = null;
  let bestScore = 0.5;
  for (const [k, code] of index) {
    const have = k.split(' ');
    const common = have.filter((w) => wanted.has(w)).length;
    const score = common / (wanted.size + have.length - common);
    if (score >= bestScore) {
      bestScore = score;
      best = code;
    }
  }
  return best;
}

function codeOfTitle(title: string, filedDate: string | null): string | null {
  const legacyEra = filedDate !== null && filedDate < MODERN_ITEMS_EFFECTIVE;
  const [first, second] = legacyEra ? [LEGACY_BY_TITLE, MODERN_BY_TITLE] : [MODERN_BY_TITLE, LEGACY_BY_TITLE];
  const k = key(title);
  // The era's table first, loosely (1990s headers abbreviate titles), then the other exactly.
  return first.get(k) ?? closestCode(title, first) ?? second.get(k) ?? null;
}

/** The 8-K item tables apply to the 8-K family only (ABS-15G and Form D number their items differently). */
const is8K = (formType: string | null): boolean => formType === null || /^8-K/i.test(formType);

export function headerItems(raw: readonly string[], filedDate: string | null, formType: string | null): Item[] {
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const value of raw) {
    // Some headers repeat the .nc tag inside the value ("<ITEMS>06c").
    const r = value.replace(/^<[A-Z-]{1,20}>/, '');
    let item: Item = { code: r, title: null };
    if (is8K(formType)) {
      const code = normalizeItemCode(r) ?? codeOfTitle(r, filedDate);
      if (code) item = { code, title: itemTitle(code, filedDate) ?? r };
    }
    if (seen.has(item.code)) continue;
    seen.add(item.code);
    items.push(item);
  }
  return items;
}
