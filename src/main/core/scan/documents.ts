// The sizes that bound one parse's memory, from a file's bytes, before anything is decoded:
// its largest document, and the SGML header of a submission (what precedes its first
// document). Upper bounds, found with the native byte search.

import { detectFormat } from '../../../shared/parser/detect';
import { mb, type ReadLimits } from './read-file';

const OPEN = Buffer.from('<DOCUMENT>');

export interface DocumentSizes {
  /**
   * Bytes of a submission's header: before its first `<DOCUMENT>` (all of it when it has
   * none, as the parser reads it). 0 for a file that is not a submission.
   */
  header: number;
  /** Bytes of the largest document (a file without a header: all of it when it has no `<DOCUMENT>`). */
  largest: number;
}

/**
 * The header of a submission (SGML or .nc, as the parser detects it) and the longest stretch
 * between `<DOCUMENT>` openers after it (the parser's own marker, exact bytes), counting the
 * file's end: each document's text lies inside one. Any other file is one stretch from its
 * start (a header-less file without an opener is a single document, all of it). A header is
 * read field by field, not laid out: it gets its own, larger limit (a dissemination .nc may
 * list a million companies in a 100 MB header).
 */
export function measureDocuments(content: Buffer): DocumentSizes {
  const first = content.indexOf(OPEN);
  const { format } = detectFormat(content);
  if (format !== 'sgml' && format !== 'nc') return { header: 0, largest: largestFrom(content, 0, first) };
  if (first < 0) return { header: content.length, largest: 0 };
  return { header: first, largest: largestFrom(content, first, first) };
}

function largestFrom(content: Buffer, from: number, first: number): number {
  let largest = 0;
  for (let at = first; at >= 0; at = content.indexOf(OPEN, at + OPEN.length)) {
    largest = Math.max(largest, at - from);
    from = at;
  }
  return Math.max(largest, content.length - from);
}

/** Why a file of these sizes is refused, or null when it is within the limits. */
export function documentTooLarge(
  sizes: DocumentSizes,
  limits: Pick<ReadLimits, 'maxDocumentBytes' | 'maxHeaderBytes'>,
) {
  if (sizes.header > limits.maxHeaderBytes)
    return `text too large (a header of ${mb(sizes.header)}; the limit is ${mb(limits.maxHeaderBytes)} for a header)`;
  if (sizes.largest > limits.maxDocumentBytes)
    return `text too large (a document of ${mb(sizes.largest)}; the limit is ${mb(limits.maxDocumentBytes)} per document)`;
  return null;
}
