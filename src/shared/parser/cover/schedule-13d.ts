// The cover of a Schedule 13D or 13G: the issuer whose securities are reported (the subject
// company), the CUSIP number of the class, the date of the event requiring the statement, and
// the reporting persons named in row 1 of each cover page. A reporting person's "citizenship or
// place of organization" is never anyone's state of incorporation, so no identifiers are read.
import { findDate } from '../../edgar/dates';
import { labeledValue } from './labeled';
import { splitLines, squash, type CoverText, type Line } from './text-lines';

export interface ScheduleCover {
  issuer: string | null;
  cusip: string | null;
  eventDate: string | null;
  reportingPersons: string[];
}

const ISSUER_INLINE =
  /\bName\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:Issuer|Subject\s{1,3}Company)\s{0,3}(?:\(Issuer\)\s{0,3})?:/i;
const CUSIP_CAPTION = /^\(?\s{0,2}CUSIP\s{1,3}(?:Number|No\.?)\s{0,2}\)?\s{0,2}$/i;
const CUSIP_INLINE = /\bCUSIP\s{1,3}(?:Number|No\.?)\s{0,3}[:.]?\s{0,3}([0-9A-Z][0-9A-Z \t-]{5,14})/i;
const EVENT_CAPTION = /Date\s{1,3}of\s{1,3}Event\s{1,3}(?:Which|that)\s{1,3}Requires/i;
const PERSON_CAPTION = /\bNAMES?\s{1,3}OF\s{1,3}REPORTING\s{1,3}PERSONS?\b/i;
/** Lines in row 1 that are its caption's continuation, not a name. */
const ROW_CAPTION =
  /I\.?\s?R\.?\s?S\.?\s{0,3}(?:Identification|No)|S\.S\.\s{1,3}or|IDENTIFICATION\s{1,3}NOS?\.|\(ENTITIES\s{1,3}ONLY\)|^\(?(?:see\s{1,3})?instructions?\)?$|^OF\s{1,3}ABOVE\s{1,3}PERSONS?/i;
/** Row 2 begins: the name rows are over. */
const NEXT_ROW = /^\(?2\s{0,2}[.)]|CHECK\s{1,3}THE\s{1,3}APPROPRIATE/i;
/** How far into the document cover pages of reporting persons are looked for. */
const PERSON_CHARS = 120_000;
const MAX_PERSONS = 50;

/** "786449207", "42237K300", "786449 20 7": 6 issuer characters, then the issue and check digit. */
function cusipOf(s: string): string | null {
  const compact = s
    .trim()
    .replace(/[\s-]+/g, '')
    .toUpperCase();
  const m = /^([0-9A-Z]{6}(?:[0-9A-Z]{2}[0-9]?)?)$/.exec(compact);
  return m && /\d/.test(m[1]!) && /^[0-9A-Z]{6}/.test(m[1]!) ? m[1]! : null;
}

function previousValue(lines: readonly Line[], c: number): string | null {
  for (let i = c - 1; i >= 0 && i >= c - 3; i--) {
    const t = lines[i]!.text;
    if (t === '' || /^[-_=\s]+$/.test(t)) continue;
    return t;
  }
  return null;
}

function readCusip(cover: CoverText): string | null {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    if (!CUSIP_CAPTION.test(lines[c]!.text)) continue;
    const above = previousValue(lines, c);
    const cusip = above === null ? null : cusipOf(above);
    if (cusip) return cusip;
  }
  const inline = CUSIP_INLINE.exec(cover.head);
  return inline ? cusipOf(inline[1]!.split(/\t| {2,}|\n/)[0]!) : null;
}

function readEventDate(cover: CoverText): string | null {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    const m = EVENT_CAPTION.exec(lines[c]!.text);
    if (!m) continue;
    // "Date of Event Which Requires Filing of this Statement: December 31, 2019"
    const after = findDate(lines[c]!.text.slice(m.index));
    if (after) return after.iso;
    const above = previousValue(lines, c);
    const found = above === null ? null : findDate(above);
    if (found) return found.iso;
    const below = labeledValue(lines, EVENT_CAPTION, c, 1);
    const next = below ? findDate(below.value) : null;
    if (next) return next.iso;
  }
  return null;
}

/** "VANGUARD INDEX FUNDS - 23-2671505" -> "VANGUARD INDEX FUNDS"; captions and numbers are not names. */
function personName(s: string): string | null {
  const name = squash(s.replace(/^[\s.:;)-]+/, ''))
    .replace(/\s{0,3}[-–,(]?\s{0,3}(?:I\.?R\.?S\.?\s{0,3}(?:No\.?)?\s{0,3})?\d{2}-?\d{7}\)?$/i, '')
    .trim();
  if (name.length < 2 || name.length > 150 || !/[A-Za-z]{2}/.test(name) || ROW_CAPTION.test(name)) return null;
  return name;
}

function readReportingPersons(text: string): string[] {
  const lines = splitLines(text.slice(0, PERSON_CHARS));
  const persons: string[] = [];
  for (let c = 0; c < lines.length && persons.length < MAX_PERSONS; c++) {
    const m = PERSON_CAPTION.exec(lines[c]!.text);
    if (!m) continue;
    let found: string | null = personName(lines[c]!.text.slice(m.index + m[0].length));
    for (let i = c + 1; found === null && i < lines.length && i <= c + 5; i++) {
      const t = lines[i]!.text;
      if (NEXT_ROW.test(t)) break;
      if (t !== '') found = personName(t);
    }
    if (found && !persons.includes(found)) persons.push(found);
  }
  return persons;
}

/** `issuer` is the name the caption reader found ("(Name of Issuer)" below the value). */
export function readSchedule(cover: CoverText, text: string, issuer: string | null): ScheduleCover {
  return {
    issuer: issuer ?? labeledValue(cover.lines, ISSUER_INLINE, 0, cover.lines.length, 3)?.value ?? null,
    cusip: readCusip(cover),
    eventDate: readEventDate(cover),
    reportingPersons: readReportingPersons(text),
  };
}
