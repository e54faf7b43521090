// The form type as the cover page announces it: "FORM 8-K", "FORM 10-K405", "FORM 10-Q/A",
// "SCHEDULE 13G (Amendment No. 3)", "Filed pursuant to Rule 424(b)(5)", "SCHEDULE 14A" with
// the definitive box checked...
import type { CoverText } from './text-lines';

/** How far into the text the title is looked for: the first page. */
const TITLE_CHARS = 5000;

const FORM_TITLE =
  /\bFORM\s{1,3}(10-K405|10-KSB405|10-KSB|10-QSB|10-KT|10-QT|10-K|10-Q|8-K12[BG]|8-K|20-F|40-F|6-K|11-K|N-CSRS?|N-Q|S-1|S-3|S-4|S-8|S-11|F-1|F-3|F-4|N-1A|N-2|N-3|N-4|N-6|13F-(?:HR|NT)|ABS-15G|ABS-EE|10-D|SD|3|4|5|D)(\s{0,2}\/\s{0,2}A\b)?/i;

const AMENDMENT =
  /\bAMENDMENT\s{1,3}NO\.?\s{0,3}\d{1,3}\b|\(Amendment\s{1,3}No\.|\bAMENDED\s{1,3}(?:ANNUAL|QUARTERLY|CURRENT)\s{1,3}REPORT/i;
const CHECKED = '(?:\\[\\s?[xX]\\s?\\]|☒|☑|\\bx\\b|\\bX\\b|þ|ý)';
const DEFINITIVE_PROXY = new RegExp(`${CHECKED}\\s{0,5}Definitive\\s{1,3}Proxy\\s{1,3}Statement`);
const PRELIMINARY_PROXY = new RegExp(`${CHECKED}\\s{0,5}Preliminary\\s{1,3}Proxy\\s{1,3}Statement`);
const DEFINITIVE_ADDITIONAL = new RegExp(`${CHECKED}\\s{0,5}Definitive\\s{1,3}Additional\\s{1,3}Materials`);

/** How far past the title an "Amendment No." still belongs to it (not to an agreement in the body). */
const AMENDMENT_REACH = 500;

function withAmendment(form: string, text: string, titleAt: number): string {
  const near = text.slice(0, titleAt + AMENDMENT_REACH);
  return !form.endsWith('/A') && AMENDMENT.test(near) ? `${form}/A` : form;
}

function schedule(title: string): string | null {
  const m = /\bSCHEDULE\s{1,3}(13D|13G|14D-9|14A|TO|13E-3)\b/i.exec(title);
  if (!m) return null;
  const at = m.index;
  const kind = m[1]!.toUpperCase();
  if (kind === '14A') {
    if (PRELIMINARY_PROXY.test(title)) return 'PRE 14A';
    if (DEFINITIVE_ADDITIONAL.test(title)) return 'DEFA14A';
    return DEFINITIVE_PROXY.test(title) ? 'DEF 14A' : null;
  }
  if (kind === 'TO') {
    const issuer = /issuer\s{1,3}tender\s{1,3}offer/i.test(title) && !/third[-\s]party/i.test(title);
    return withAmendment(issuer ? 'SC TO-I' : 'SC TO-T', title, at);
  }
  if (kind === '14D-9') return withAmendment('SC 14D9', title, at);
  return withAmendment(`SC ${kind}`, title, at);
}

/** Until 2003 a 10-K whose Item 405 box was checked was filed as form type 10-K405. */
const ITEM_405_CHECKED =
  /amendments?\s{1,3}to\s{1,3}this\s{1,3}Form\s{1,3}10-K(?:SB)?\.?\s{0,6}(?:\[\s{0,2}[xX]\s{0,2}\]|\/[xX]\/|\(\s?[xX]\s?\)|☒|þ|ý)/i;

function with405(form: string, head: string): string {
  if (form !== '10-K' && form !== '10-KSB') return form;
  const at = head.search(/Item\s{1,3}405\s{1,3}of\s{1,3}Regulation\s{1,3}S-[KB]/i);
  return at >= 0 && ITEM_405_CHECKED.test(head.slice(at, at + 600)) ? `${form}405` : form;
}

/** Only unmistakable check marks: these boxes sit in prose where a lone "x" may be a word. */
const CHECK = '(?:☒|\\[\\s?[xX]\\s?\\]|þ|ý)';
/** An S-3/F-3 that becomes effective on filing (Rule 462(e)) is an automatic shelf: S-3ASR. */
const AUTOMATIC_SHELF = new RegExp(`Rule\\s{1,3}462\\(e\\)[^\\n]{0,200}?box\\.?\\s{0,4}${CHECK}`, 'i');
/** A fund's post-effective amendment is filed as 485APOS (Rule 485(a)) or 485BPOS (485(b)). */
const RULE_485 = new RegExp(`${CHECK}[^\\n]{0,80}?pursuant\\s{1,3}to\\s{1,3}paragraph\\s{1,3}\\(([ab])\\)`, 'i');

function withRegistrationKind(form: string, head: string): string {
  if ((form === 'S-3' || form === 'F-3') && AUTOMATIC_SHELF.test(head)) return `${form}ASR`;
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

/** The cover's form type, normalised to EDGAR's spelling ("10-K/A", "SC 13G/A"), or null. */
export function readFormType(cover: CoverText): FormReading | null {
  const found = readTitle(cover);
  if (!found) return null;
  return { ...found, form: withRegistrationKind(with405(found.form, cover.head), cover.head) };
}

/** The 10-K405 designation ended with 2002: a later period's checked box is just a 10-K. */
export function withoutObsolete405(form: string, period: string | null): string {
  return period !== null && period >= '2003-01-01' && /^10-K(?:SB)?405/.test(form) ? form.replace('405', '') : form;
}

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
    if (f) return { form: withAmendment(formName(f), title, line.start), evidence: 'title' };
  }
  const sched = schedule(title);
  if (sched) return { form: sched, evidence: 'statement' };
  const rule424 = /Rule\s{1,3}424\s{0,2}\(b\)\s{0,2}\((\d)\)/i.exec(title);
  if (rule424) return { form: `424B${rule424[1]}`, evidence: 'statement' };
  const f = FORM_TITLE.exec(title);
  return f ? { form: withAmendment(formName(f), title, f.index), evidence: 'mention' } : null;
}

function formName(m: RegExpExecArray): string {
  return `${m[1]!.toUpperCase()}${m[2] ? '/A' : ''}`;
}
