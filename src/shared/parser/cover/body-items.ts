// The 8-K items a report answers: its "Item 2.02 ..." / "Item 5. Other Events" headings, with
// the official titles of the era (legacy Items 1-12 before August 23, 2004).
import type { Item } from '../../filing';
import { isLegacyItemDate, itemTitle, normalizeItemCode } from '../../edgar/items';

/** A heading at the start of a line: "Item 2.02", "ITEM 5.", "Item 9.01 -", "Item 5.02(e)". */
const HEADING = /^[ \t]{0,20}ITEMS?[ \t\u00a0]{1,6}(\d{1,2}(?:\.\d{1,2})?)(?:\([a-z]\))?(?=[.:(\s\u2013\u2014-]|$)/gim;
/** Further items one heading names: "Items 1.01 and 5.02", "Item 5.02 and 9.01", "2.01, 2.03 & 9.01". */
const MORE_ITEMS = /^(?:\s{0,3}(?:,|and|&)\s{1,3}(?:Items?\s{1,3})?\d{1,2}\.\d{2}(?:\([a-z]\))?)+/i;
const SECTIONED = /\d{1,2}\.\d{2}/g;

/** Reports are short; headings beyond this point are exhibits' own numbering. */
const MAX_SCAN_CHARS = 400_000;
const MAX_ITEMS = 30;

/**
 * Items in order of first appearance. `date` (filing or report date, ISO) chooses between the
 * legacy and modern numbering when a bare number like "5" could be either, and the title era.
 */
export function readItems(text: string, date: string | null, formType: string | null = null): Item[] {
  const s = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const seen = new Set<string>();
  const items: Item[] = [];
  HEADING.lastIndex = 0;
  const add = (raw: string): void => {
    const code = normalizeItemCode(raw);
    if (code === null || seen.has(code)) return;
    // Bare numbers are legacy items only before the new numbering took effect; sectioned
    // codes are unambiguous (a report filed after the change may describe an earlier event).
    if (!code.includes('.') && date !== null && !isLegacyItemDate(date)) return;
    const title = itemTitle(code, date, formType);
    if (title === null) return;
    seen.add(code);
    items.push({ code, title });
  };
  for (let m = HEADING.exec(s); m !== null && items.length < MAX_ITEMS; m = HEADING.exec(s)) {
    add(m[1]!);
    const more = MORE_ITEMS.exec(s.slice(HEADING.lastIndex, HEADING.lastIndex + 120));
    if (more) for (const code of more[0].matchAll(SECTIONED)) add(code[0]);
  }
  return items;
}
