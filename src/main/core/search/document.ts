// getDocument: a document's text with every hit of the query's text part, and for HTML
// documents the original markup, re-read from the filing's source file (never stored).
import {
  DOCUMENT_HIT_COUNT_AHEAD,
  DOCUMENT_HIT_PAGE,
  DOCUMENT_TEXT_PAGE,
  type DocumentRequest,
  type DocumentView,
} from '../../../shared/api/types';
import type { DocumentFormat } from '../../../shared/filing';
import { parseFiling } from '../../../shared/parser';
import type { Db } from '../db/open';
import { readFileBytes } from '../scan/read-file';
import { planQuery, type Plan as QueryPlan } from './compile';
import { documentTextPrefix } from './doc-text';
import { HitFinder, type Hit } from './hits';
import { documentSections, SectionHitFinder, sectionMatches, type SectionRange } from './sections';
import { stmt } from './statements';

interface DocRow {
  format: DocumentFormat;
  ord: number;
  path: string | null;
  textChars: number;
}

function originalHtml(row: DocRow): string | null {
  if (row.format !== 'html' || !row.path) return null;
  const bytes = readFileBytes(row.path);
  if (!bytes.ok) return null;
  const doc = parseFiling(bytes.content, { path: row.path, keepHtml: true }).documents[row.ord];
  return doc?.html ?? null;
}

/**
 * A part of a document's text (`textOffset`, at most `textLimit` characters) and the hits
 * starting in it (at most `hitLimit`), with the whole text's length and hit count: a 200 MB
 * filing opened with a common word has millions of hits, and no answer carries them all.
 * Hits are counted exactly up to the part (so `hitsBefore` is exact wherever the part starts)
 * and then only DOCUMENT_HIT_COUNT_AHEAD past the last one kept (`hitTotalCapped`): the first
 * part of a long document is answered without scanning the rest of it.
 * Throws QuerySyntaxError when `req.query` is malformed.
 */
export function getDocument(db: Db, req: DocumentRequest): DocumentView | null {
  const row = stmt<[number], DocRow>(
    db,
    `SELECT d.format, d.ord, fl.path, d.text_chars AS textChars FROM documents d JOIN filings f ON f.id = d.filing_id
     LEFT JOIN files fl ON fl.id = f.source_file_id WHERE d.id = ?`,
  ).get(req.docId);
  if (!row) return null;
  const sections = documentSections(db, req.docId);
  const textOffset = Math.min(req.textOffset ?? 0, row.textChars);
  const wanted = Math.min(row.textChars, textOffset + (req.textLimit ?? DOCUMENT_TEXT_PAGE));
  const plan = req.query ? planQuery(req.query) : null;
  const hitLimit = req.hitLimit ?? DOCUMENT_HIT_PAGE;
  // The text up to the part's end and as far as hits are counted past it; no further. A
  // common word reaches the count's bound of hits soon past the part: the text is read a
  // short way ahead first, and the whole way only when the count needs it.
  let ahead = plan ? Math.min(COUNT_FIRST_AHEAD, DOCUMENT_HIT_COUNT_AHEAD.chars) : 0;
  for (;;) {
    const read = documentTextPrefix(db, req.docId, wanted + ahead);
    const whole = read?.text ?? '';
    const textChars = !read || read.complete ? whole.length : row.textChars;
    const textEnd = Math.min(wanted, whole.length);
    const counted = plan && countHits(plan, sections, whole, textOffset, textEnd, hitLimit);
    if (counted && !counted.full && read && !read.complete && ahead < DOCUMENT_HIT_COUNT_AHEAD.chars) {
      ahead = DOCUMENT_HIT_COUNT_AHEAD.chars;
      continue;
    }
    const hitTotalCapped = counted ? counted.full || counted.until < textChars : false;
    return {
      docId: req.docId,
      format: row.format,
      text: textOffset === 0 && textEnd === whole.length ? whole : whole.slice(Math.min(textOffset, textEnd), textEnd),
      hits: counted?.hits ?? [],
      html: originalHtml(row),
      textOffset,
      textChars,
      hitTotal: counted?.hitTotal ?? 0,
      hitsBefore: counted?.hitsBefore ?? 0,
      ...(hitTotalCapped && { hitTotalCapped }),
      sections,
    };
  }
}

/** How far past the part the text is read first to count hits (see getDocument). */
const COUNT_FIRST_AHEAD = 512 * 1024;

/**
 * The hits of `plan` in `whole` (the text from its start): those starting in
 * [textOffset, textEnd), at most `hitLimit`; the count of every hit up to there, and past it
 * DOCUMENT_HIT_COUNT_AHEAD more at most (`full` when that bound of hits stopped it; `until`:
 * where counting ended at the latest).
 */
function countHits(
  plan: QueryPlan,
  sections: SectionRange[],
  whole: string,
  textOffset: number,
  textEnd: number,
  hitLimit: number,
) {
  // With section:, only the hits inside the matching sections are the query's hits.
  const inside = sections.filter((s) => plan.sections.every((f) => sectionMatches(s, f)));
  const finder = plan.sections.length ? new SectionHitFinder(plan.highlight, inside) : new HitFinder(plan.highlight);
  // Kept only in the part asked for: the count is cheap, the JSON of millions of offsets is not.
  const until = Math.min(whole.length, textEnd + DOCUMENT_HIT_COUNT_AHEAD.chars);
  const hits: Hit[] = [];
  let hitTotal = 0;
  let hitsBefore = 0;
  let ahead = 0;
  for (const hit of finder.hits(whole, 0, until)) {
    // Past the part, or past the page of hits kept from it: only a bounded count more.
    if (hit[0] >= textOffset && (hit[0] >= textEnd || hits.length === hitLimit)) {
      if (++ahead > DOCUMENT_HIT_COUNT_AHEAD.hits) break;
    }
    hitTotal++;
    if (hit[0] < textOffset) hitsBefore++;
    else if (hit[0] < textEnd && hits.length < hitLimit) hits.push(hit);
  }
  return { hits, hitTotal, hitsBefore, until, full: ahead > DOCUMENT_HIT_COUNT_AHEAD.hits };
}
