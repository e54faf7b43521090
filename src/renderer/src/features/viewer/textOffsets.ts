// Text offsets <-> positions in the text view (TextView): each page is a <pre data-start>
// holding the text from that offset (form feeds end pages and are not rendered).

/** A collapsed DOM range at `offset` in the text the view shows, or null when out of range. */
export function rangeAtOffset(root: HTMLElement, offset: number): Range | null {
  const pages = root.querySelectorAll<HTMLElement>('pre[data-start]');
  let page: HTMLElement | null = null;
  for (const p of pages) {
    if (Number(p.dataset.start) <= offset) page = p;
    else break;
  }
  if (!page) return null;
  let left = offset - Number(page.dataset.start);
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0;
    if (left <= len) {
      const r = document.createRange();
      r.setStart(n, left);
      r.collapse(true);
      return r;
    }
    left -= len;
  }
  return null;
}

/** The vertical position of `offset` relative to the top of `scroller`'s visible area, or null. */
export function offsetTop(root: HTMLElement, scroller: HTMLElement, offset: number): number | null {
  const r = rangeAtOffset(root, offset);
  if (!r) return null;
  const rects = r.getClientRects();
  const rect = rects.length ? rects[0]! : r.getBoundingClientRect();
  return rect.top - scroller.getBoundingClientRect().top;
}
