// The boxes a cover checks beside its title, which decide the EDGAR code (see
// src/shared/edgar/form-codes.ts): the Item 405 box, the 13F report type, the Schedule 14A
// kind, Section 12(b) or 12(g), an amendment number filled in, a post-effective amendment...
// Each is read from the first page only, in a bounded window, so the work is constant.
import type { FormMarks } from '../../edgar/form-codes';

/** Only unmistakable check marks: these boxes sit in prose where a lone "x" may be a word.
 * (þ and ý are the Wingdings check marks of converted word-processor files.) */
export const CHECK = '(?:☒|☑|■|\\[\\s{0,2}[xX]\\s{0,2}\\]|\\(\\s?[xX]\\s?\\)|\\/[xX]\\/|þ|ý)';
/** Schedule 14A boxes also come as a lone "X" in a table cell beside the label. */
const CHECK_OR_X = `(?:${CHECK}|\\bx\\b|\\bX\\b)`;

/** A filled amendment number ("Amendment No. 3", "(Amendment No. 2)*"), not a blank one
 * ("(Amendment No. )*", "Amendment No. ____"), or a checked amendment box (13F). */
const AMENDMENT = new RegExp(
  [
    '\\bAMENDMENT\\s{1,3}NO[.:]{0,2}\\s{0,3}(?:\\d{1,3}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)\\b',
    '\\bAMENDED\\s{1,3}(?:ANNUAL|QUARTERLY|CURRENT)\\s{1,3}REPORT',
    `Check\\s{1,3}here\\s{1,3}if\\s{1,3}Amendment\\s{0,3}:?\\s{0,3}${CHECK}`,
    'Amendment\\s{1,3}Number\\s{0,2}:\\s{0,3}\\d{1,3}\\b',
  ].join('|'),
  'i',
);
/** "Post-Effective Amendment No. 1 to Form S-8": not the boilerplate "If this Form is a
 * post-effective amendment filed pursuant to Rule 462(c)...". */
const POST_EFFECTIVE =
  /(?<!is\s{1,3}a\s{1,3})POST-?\s{0,2}EFFECTIVE\s{1,3}AMENDMENT\s{1,3}(?:NO\.?\s{0,3})?(?:\d|ONE|TWO|THREE)/i;

/** How far past the title an "Amendment No." still belongs to it (not to an agreement in the body). */
const AMENDMENT_REACH = 500;

export function amendedNear(text: string, titleAt: number): boolean {
  // The amendment line may sit above the title ("AMENDMENT NO. 1 / TO / FORM 10-K").
  return AMENDMENT.test(text.slice(0, titleAt + AMENDMENT_REACH));
}

/** Until 2003 a 10-K whose Item 405 box was checked was filed as form type 10-K405. */
const ITEM_405_CHECKED = new RegExp(
  `amendments?\\s{1,3}to\\s{1,3}this\\s{1,3}Form\\s{1,3}10-K(?:SB)?\\.?\\s{0,6}${CHECK}`,
  'i',
);

function item405(head: string): boolean {
  const at = head.search(/Item\s{1,3}405\s{1,3}of\s{1,3}Regulation\s{1,3}S-[KB]/i);
  return at >= 0 && ITEM_405_CHECKED.test(head.slice(at, at + 600));
}

const REPORT_TYPE = new RegExp(`${CHECK}\\s{0,4}13F\\s{1,3}(HOLDINGS|NOTICE|COMBINATION)`, 'i');

function reportType(head: string): FormMarks['reportType'] {
  const m = REPORT_TYPE.exec(head);
  if (!m) return undefined;
  const kind = m[1]!.toLowerCase();
  return kind === 'holdings' ? 'holdings' : kind === 'notice' ? 'notice' : 'combination';
}

/** "...pursuant to Section 12(b) of the Exchange Act ..., check the following box. [X]" */
const SECTION_12 = new RegExp(`Section\\s{1,3}12\\(([bg])\\)[^\\n]{0,240}?box\\.?\\s{0,4}${CHECK}`, 'gi');

function section12(head: string): FormMarks['section12'] {
  for (const m of head.matchAll(SECTION_12)) return m[1]!.toLowerCase() === 'b' ? 'b' : 'g';
  return undefined;
}

const PROXY_BOXES: readonly [RegExp, NonNullable<FormMarks['proxy']>][] = [
  [new RegExp(`${CHECK_OR_X}\\s{0,5}Preliminary\\s{1,3}(?:Proxy|Information)\\s{1,3}Statement`), 'preliminary'],
  [new RegExp(`${CHECK_OR_X}\\s{0,5}Definitive\\s{1,3}Additional\\s{1,3}Materials`), 'additional'],
  [new RegExp(`${CHECK_OR_X}\\s{0,5}Definitive\\s{1,3}(?:Proxy|Information)\\s{1,3}Statement`), 'definitive'],
  [new RegExp(`${CHECK_OR_X}\\s{0,5}Soliciting\\s{1,3}Material`), 'soliciting'],
];

function proxyKind(head: string): FormMarks['proxy'] {
  return PROXY_BOXES.find(([re]) => re.test(head))?.[1];
}

/** Rule 462(e): a shelf that becomes effective on filing is an automatic shelf (S-3ASR). */
const AUTOMATIC_SHELF = new RegExp(`Rule\\s{1,3}462\\(e\\)[^\\n]{0,200}?box\\.?\\s{0,4}${CHECK}`, 'i');

/** Form 12b-25: "(Check one): [X] Form 10-K [ ] Form 20-F ...". */
const LATE_REPORT = new RegExp(`${CHECK}\\s{0,4}Form\\s{1,3}(10-K|10-Q|20-F|11-K|10-D|N-CSR|N-CEN)`, 'i');

/** N-CSR: "Date of fiscal year end: December 31" and "Date of reporting period: June 30, 2019". */
const MONTH =
  /(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?<!\d)(0?[1-9]|1[0-2])\/\d)/i;

const MONTHS = 'JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER'.split(' ');

/** The month (1-12) of the date after `caption`, or null. */
function monthAfter(head: string, caption: RegExp): number | null {
  const m = caption.exec(head);
  if (!m) return null;
  const month = MONTH.exec(head.slice(m.index + m[0].length, m.index + m[0].length + 80));
  if (!month) return null;
  if (month[2]) return Number(month[2]);
  return MONTHS.indexOf(month[1]!.toUpperCase()) + 1;
}

function semiAnnual(head: string): boolean {
  const yearEnd = monthAfter(head, /date\s{1,3}of\s{1,3}fiscal\s{1,3}year\s{1,3}end\s{0,3}:?/i);
  const period = monthAfter(head, /date\s{1,3}of\s{1,3}reporting\s{1,3}period\s{0,3}:?/i);
  return yearEnd !== null && period !== null && yearEnd !== period;
}

/** The marks that matter for `title` (a normalised printed title), read from the first page. */
export function readFormMarks(title: string, head: string, titleAt: number): FormMarks {
  const marks: FormMarks = {};
  if (amendedNear(head, titleAt)) marks.amendment = true;
  if (/^10-?[KQ]/.test(title) && item405(head)) marks.item405 = true;
  if (/^13F/.test(title)) {
    const type = reportType(head);
    if (type) marks.reportType = type;
  }
  if (/^8-A/.test(title)) {
    const s = section12(head);
    if (s) marks.section12 = s;
  }
  if (/14[AC]$/.test(title)) {
    const kind = proxyKind(head);
    if (kind) marks.proxy = kind;
  }
  if (/^[SF]-/.test(title)) {
    if (POST_EFFECTIVE.test(head.slice(0, titleAt + AMENDMENT_REACH))) marks.postEffective = true;
    if (AUTOMATIC_SHELF.test(head)) marks.automaticShelf = true;
  }
  if (title === '12B-25') {
    const late = LATE_REPORT.exec(head);
    if (late) marks.lateReport = late[1]!.toUpperCase();
  }
  if (title === 'N-CSR' && semiAnnual(head)) marks.semiAnnual = true;
  return marks;
}
