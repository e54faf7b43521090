/**
 * Moves keyboard focus into the results table (ArrowDown from the search box, back from a
 * filing with Esc). The table keeps its active row; with none, focusing it activates the first.
 * Returns false when no table is shown (no results).
 */
export function focusResults(): boolean {
  const grid = document.querySelector<HTMLElement>('[data-results-grid]');
  if (!grid) return false;
  grid.focus({ preventScroll: true });
  return true;
}
