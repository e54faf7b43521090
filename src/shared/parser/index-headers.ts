// EDGAR's `<accession>-index-headers.html` page: the submission's SGML header and its
// documents' TYPE/FILENAME lines, HTML-escaped inside the page (`&lt;SEC-HEADER&gt;`). Read as
// the header-only submission it shows: one copy of the header (a page may repeat it), the
// document list without text, so no company is read twice and no empty one is added.
import { decodeEntities } from './entities';

const ESCAPED_HEADER = /&lt;(?:SEC|IMS)-HEADER&gt;/i;

/** Whether an HTML head is an -index-headers page. */
export function isIndexHeadersPage(head: string): boolean {
  return ESCAPED_HEADER.test(head);
}

/** The page as plain SGML submission text, or null when it holds no header. */
export function indexHeadersSubmission(html: string): string | null {
  // The page's own tags go; the escaped SGML tags become tags.
  const text = decodeEntities(html.replace(/<[^>]*>/g, ''));
  const start = text.search(/<(?:SEC|IMS)-HEADER>/);
  if (start < 0) return null;
  const close = /<\/(?:SEC|IMS)-HEADER>/.exec(text.slice(start));
  const headerEnd = close ? start + close.index + close[0].length : text.length;
  const firstDoc = text.indexOf('<DOCUMENT>', headerEnd);
  const documents = firstDoc >= 0 ? text.slice(firstDoc) : '';
  return `${text.slice(start, headerEnd)}\n${documents}`;
}
