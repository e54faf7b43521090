// A part of a long document loaded in steps: the viewer asks for DOCUMENT_VIEW_STEP characters
// first and appends the next step as the reader scrolls (or steps past the last hit), up to
// DOCUMENT_TEXT_PAGE characters a part. Pure: the requests and the merge, tested without a DOM.
import {
  DOCUMENT_HIT_PAGE,
  DOCUMENT_TEXT_PAGE,
  DOCUMENT_VIEW_STEP,
  type DocumentRequest,
  type DocumentView,
} from '../../../../shared/api/types';

/** A part as loaded so far; `hitsComplete` while every hit in its text is in `hits`. */
export interface LoadedPart extends DocumentView {
  hitsComplete: boolean;
}

/** The first request of a part starting at `textOffset`. */
export function firstStep(docId: number, query: string, textOffset: number): DocumentRequest {
  return {
    docId,
    ...(query && { query }),
    ...(textOffset > 0 && { textOffset }),
    textLimit: DOCUMENT_VIEW_STEP,
  };
}

export function firstPart(doc: DocumentView): LoadedPart {
  return { ...doc, hitsComplete: doc.hits.length < DOCUMENT_HIT_PAGE };
}

/** Where the part ends at most (its first offset plus DOCUMENT_TEXT_PAGE, or the text's end). */
export const partLimit = (part: DocumentView) => Math.min(part.textChars, part.textOffset + DOCUMENT_TEXT_PAGE);

/** The end of the text loaded so far. */
export const loadedEnd = (part: DocumentView) => part.textOffset + part.text.length;

/**
 * The request for the next step (`rest`: everything up to the part's limit at once), or null
 * when the part is whole. Once hits were cut (a page of them kept), later text comes without
 * hits, so the shown hits stay the consecutive run "hitsBefore + 1 ..." that the note names.
 */
export function nextStep(part: LoadedPart, query: string, rest = false): DocumentRequest | null {
  const end = loadedEnd(part);
  const limit = partLimit(part);
  if (end >= limit) return null;
  const hitRoom = DOCUMENT_HIT_PAGE - part.hits.length;
  const withHits = Boolean(query) && part.hitsComplete && hitRoom > 0;
  return {
    docId: part.docId,
    ...(withHits && { query, hitLimit: hitRoom }),
    textOffset: end,
    textLimit: rest ? limit - end : Math.min(DOCUMENT_VIEW_STEP, limit - end),
  };
}

/** The part with the step `next` (the answer to `nextStep(part, …)`) appended. */
export function appendStep(part: LoadedPart, next: DocumentView, request: DocumentRequest): LoadedPart {
  if (next.textOffset !== loadedEnd(part)) return part; // not the step after this part (stale)
  const withHits = request.query !== undefined;
  return {
    ...part,
    text: part.text + next.text,
    hits: withHits && next.hits.length ? part.hits.concat(next.hits) : part.hits,
    // A later answer counted further into the text: its totals are the better (lower) bound.
    ...(withHits && {
      hitTotal: Math.max(part.hitTotal, next.hitTotal),
      hitTotalCapped: next.hitTotalCapped,
    }),
    hitsComplete: withHits && next.hits.length < (request.hitLimit ?? DOCUMENT_HIT_PAGE),
  };
}
