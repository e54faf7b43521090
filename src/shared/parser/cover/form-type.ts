// The form type as the cover page announces it: "FORM 8-K", "FORM 10-K405", "FORM 10-Q/A",
// "SCHEDULE 13G (Amendment No. 3)", "Filed pursuant to Rule 424(b)(5)", "SCHEDULE 14A" with
// the definitive box checked... The printed title and the boxes checked beside it (see
// ./form-marks.ts) are mapped to the code EDGAR files the document under by the table in
// src/shared/edgar/form-codes.ts ("10-KSB" -> "10KSB", "Form 13F" + notice -> "13F-NT").
import { edgarFormCode, ITEM_405_YEARS } from '../../edgar/form-codes';
import { amendedNear, CHECK, readFormMarks } from './form-marks';
import type { CoverText } from './text-lines';

/** How far into the text the title is looked for: the first page. */
const TITLE_CHARS = 5000;

const FORM_TITLE =
  /\bFORM\s{1,3}(10-K405|10-KSB405|10-KSB40|10-KSB|10-QSB|10-KT|10-QT|10-K|10-Q|10-D|8-K12[BG]|8-K|8-A12[BG]|8-A|20-F|40-F|6-K|11-K|12b-25|N-CSRS?|N-Q|S-1|S-3|S-4|S-8|S-11|F-1|F-3|F-4|N-1A|N-2|N-3|N-4|N-6|13F-(?:HR|NT)|13F|24F-2(?:NT)?|ABS-15G|ABS-EE|SD|3|4|5|D)(\s{0,2}\/\s{0,2}A\b)?/i;

/** The code for a printed title with the cover's check boxes, or null when they do not decide it. */
function codeFor(printed: string, head: string, titleAt: number): string | null {
  const title = printed
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/\s?\/\s?A$/, '');
  return edgarFormCode(printed, readFormMarks(title, head, titleAt));
}

function schedule(title: string): string | null {
  const m = /\bSCHEDULE\s{1,3}(13D|13G|14D-9|14A|14C|TO|13E-3)\b/i.exec(title);
  if (!m) return null;
  const at = m.index;
  const kind = m[1]!.toUpperCase();
  if (kind === 'TO') {
    const issuer = /issuer\s{1,3}tender\s{1,3}offer/i.test(title) && !/third[-\s]party/i.test(title);
    return withAmendment(issuer ? 'SC TO-I' : 'SC TO-T', title, at);
  }
  if (kind === '14D-9') return withAmendment('SC 14D9', title, at);
  if (kind === '13E-3') return withAmendment('SC 13E3', title, at);
  return codeFor(`SCHEDULE ${kind}`, title, at);
}

function withAmendment(form: string, text: string, titleAt: number): string {
  return !form.endsWith('/A') && amendedNear(text, titleAt) ? `${form}/A` : form;
}

/** A fund's post-effective amendment is filed as 485APOS (Rule 485(a)) or 485BPOS (485(b)). */
const RULE_485 = new RegExp(`${CHECK}[^\\n]{0,80}?pursuant\\s{1,3}to\\s{1,3}paragraph\\s{1,3}\\(([ab])\\)`, 'i');

function withFundAmendment(form: string, head: string): string {
  // "Post-Effective Amendment No." made it "N-1A/A"; EDGAR files those as 485APOS/485BPOS.
  if (/^N-(?:1A|2|3|4|6)(?:\/A)?$/.test(form) && /post-effective\s{1,3}amendment/i.test(head)) {
    const rule = RULE_485.exec(head);
    if (rule) return rule[1]!.toLowerCase() === 'a' ? '485APOS' : '485BPOS';
  }
  return form;
}

/** How the form type was found: a title line ("FORM 8-K"), another explicit statement
 * (schedule heading, Rule 424 legend), or only a mention in prose ("this Form 10-K"). */
export type FormEvidence = 'title' | 'statement' | 'mention';

export interface FormReading {
  form: string;
  evidence: FormEvidence;
}

/** The cover's form type as EDGAR's code ("10-K/A", "SC 13G/A", "10KSB", "13F-HR"), or null. */
export function readFormType(cover: CoverText): FormReading | null {
  const found = readTitle(cover);
  if (!found) return null;
  return { ...found, form: withFundAmendment(found.form, cover.head) };
}

/** The 405 codes were in use for filings made from 1996 to 2002 (ITEM_405_YEARS gives the
 * periods): outside them a checked box is just a 10-K. Without a filing date, a period ending
 * after September 2002 was reported in 2003 (10-Ks are due within 90 days). */
export function withoutObsolete405(form: string, period: string | null, filed: string | null = null): string {
  const inUse =
    filed !== null
      ? filed >= `${ITEM_405_YEARS.first + 1}-01-01` && filed <= `${ITEM_405_YEARS.last}-12-31`
      : period === null || (period >= `${ITEM_405_YEARS.first}-01-01` && period <= LAST_405_PERIOD);
  if (inUse) return form;
  return form
    .replace(/^10-K405/, '10-K')
    .replace(/^10KSB40/, '10KSB')
    .replace(/^10KT405/, '10-KT');
}

const LAST_405_PERIOD = `${ITEM_405_YEARS.last}-09-30`;

/** "Filed pursuant to Rule 424(b)(3)", "Filed Pursuant to Rule 433" (a free writing prospectus). */
const FILED_PURSUANT =
  /Filed\s{1,3}pursuant\s{1,3}to\s{1,3}Rule\s{1,3}(?:424\s{0,2}\(b\)\s{0,2}\((\d)\)|(433)\b)|^\s{0,40}(FREE\s{1,3}WRITING\s{1,3}PROSPECTUS)\s{0,40}$/im;
/** Form 12b-25 prints its title as a heading, the late report as a checked box. */
const LATE_FILING = /NOTIFICATION\s{1,3}OF\s{1,3}LATE\s{1,3}FILING/i;

function readTitle(cover: CoverText): FormReading | null {
  const title = cover.head.slice(0, TITLE_CHARS);
  // A line that is only the form name is the title; a mention in prose is weaker evidence.
  for (const line of cover.lines) {
    if (line.start > TITLE_CHARS) break;
    if (line.text.length > 40) continue;
    const m =
      /^(?:ANNUAL REPORT ON\s{1,3}|QUARTERLY REPORT ON\s{1,3})?(FORM\s{1,3}\S{1,12}(?:\s{0,2}\/\s{0,2}A)?)\.?$/i.exec(
        line.text,
      );
    const f = m ? FORM_TITLE.exec(m[1]!) : null;
    const code = f ? codeFor(formName(f), title, line.start) : null;
    if (code) return { form: code, evidence: 'title' };
  }
  const sched = schedule(title);
  if (sched) return { form: sched, evidence: 'statement' };
  const filed = FILED_PURSUANT.exec(title);
  if (filed) return { form: filed[1] ? `424B${filed[1]}` : 'FWP', evidence: 'statement' };
  const rule424 = /Rule\s{1,3}424\s{0,2}\(b\)\s{0,2}\((\d)\)/i.exec(title);
  if (rule424) return { form: `424B${rule424[1]}`, evidence: 'statement' };
  if (LATE_FILING.test(title)) {
    const late = codeFor('12B-25', title, 0);
    if (late) return { form: late, evidence: 'statement' };
  }
  const f = FORM_TITLE.exec(title);
  const mention = f ? codeFor(formName(f), title, f.index) : null;
  return mention ? { form: mention, evidence: 'mention' } : null;
}

function formName(m: RegExpExecArray): string {
  return `${m[1]!.toUpperCase()}${m[2] ? '/A' : ''}`;
}
