// The size of a file's largest document, from its bytes, before anything is decoded: what
// bounds one parse's memory. An upper bound, found with the native byte search.

import { mb } from './read-file';

const OPEN = Buffer.from('<DOCUMENT>');

/**
 * The longest stretch between `<DOCUMENT>` openers (the parser's own marker, exact bytes),
 * counting the file's start and end: each document's text lies inside one. A file without
 * one is a single header-less document, all of it.
 */
export function largestDocument(content: Buffer): number {
  let largest = 0;
  let from = 0;
  for (let at = content.indexOf(OPEN); at >= 0; at = content.indexOf(OPEN, at + OPEN.length)) {
    largest = Math.max(largest, at - from);
    from = at;
  }
  return Math.max(largest, content.length - from);
}

/** Why a file whose largest document is `largest` bytes is refused, or null when it is within `limit`. */
export function documentTooLarge(largest: number, limit: number): string | null {
  return largest > limit
    ? `text too large (a document of ${mb(largest)}; the limit is ${mb(limit)} per document)`
    : null;
}
