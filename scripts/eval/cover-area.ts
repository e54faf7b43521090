// What the scorer counts as "the cover states it": only the cover area of a document, and only
// documents that have a cover at all. Independent of the parser's own readers on purpose: the
// scorer must not learn what the parser does.
//
// The cover area is the first page, and the page after it when the first holds less than
// FIRST_PAGE_MIN characters (a title sheet, an 8-K whose cover runs on), at most COVER_MAX
// characters; a document without page breaks gives its first NO_BREAK_CHARS. The area ends
// early at a table of contents or the first "PART I" heading. When a long run of text precedes
// the Commission's name (hidden XBRL context rendered into the text, a TOC), the cover starts there.

const FIRST_PAGE_MIN = 2_500;
const COVER_MAX = 8_000;
const NO_BREAK_CHARS = 6_000;
const LATE_COVER = 5_000;
const COMMISSION = /SECURITIES\s{1,3}AND\s{1,3}EXCHANGE\s{1,3}COMMISSION/i;
/** Headings that end a cover: the report's body has begun. */
const BODY_HEADING = /\n[ \t]*(?:TABLE\s+OF\s+CONTENTS|INDEX\s+TO\s+FORM|PART\s+I\b\.?(?![\w-]))[^\n]{0,80}\n/i;

export function coverArea(text: string): string {
  const commission = COMMISSION.exec(text.slice(0, 200_000));
  const start = commission && commission.index > LATE_COVER ? commission.index - 1_000 : 0;
  const rest = text.slice(start, start + COVER_MAX);
  let end = rest.length;
  const first = rest.indexOf('\f');
  if (first < 0) end = Math.min(end, NO_BREAK_CHARS);
  else if (first >= FIRST_PAGE_MIN) end = first;
  else {
    const second = rest.indexOf('\f', first + 1);
    if (second >= 0) end = second;
  }
  const area = rest.slice(0, end);
  // A heading past the title lines ends the cover ("Table of Contents" may also head page 1).
  const body = BODY_HEADING.exec(area.slice(400));
  return body ? area.slice(0, 400 + body.index) : area;
}

/**
 * EDGAR submission types whose documents have no cover page to read facts from: letters
 * (CORRESP, UPLOAD), fidelity bonds (40-17G), exhibits and their certifications, N-PORT
 * exhibits (schedules of investments), cover letters.
 */
const NO_COVER_TYPES = /^(?:CORRESP|UPLOAD|LETTER|COVER|40-17G|40-17F[12]|NPORT-EX|EX-|GRAPHIC|ZIP|XML)/i;

/** Why a document has no cover (and is skipped), or null when it has one. */
export function noCoverReason(documentType: string | null, formType: string | null, text: string): string | null {
  for (const type of [documentType, formType]) if (type && NO_COVER_TYPES.test(type.trim())) return type.trim();
  const head = text.slice(0, 3_000);
  if (/^\s*(?:Dear\s|Re:\s)/im.test(head) && !COMMISSION.test(head.slice(0, 600))) return 'letter';
  return null;
}
