/** Characters of context kept before the first hit when a snippet is cut for a narrow cell. */
const LEAD = 20;

/**
 * The snippet starting a little before its first hit, so the hit shows in a one-line cell
 * even when the core's snippet opens with a long run-up. Hit offsets move with the cut.
 */
export function focusSnippet(
  text: string,
  hits: readonly [number, number][],
): { text: string; hits: [number, number][] } {
  const first = hits[0]?.[0] ?? 0;
  if (first <= LEAD + 1) return { text, hits: hits.map(([s, e]) => [s, e]) };
  // Cut at a word boundary so the line does not open mid-word.
  const space = text.lastIndexOf(' ', first - LEAD);
  const cut = space > 0 ? space + 1 : first - LEAD;
  const shift = cut - 1; // one character for the ellipsis
  return { text: `…${text.slice(cut)}`, hits: hits.map(([s, e]) => [s - shift, e - shift]) };
}
