// The period a filing reports: the date of the earliest event for current reports, the end of
// the fiscal year or quarter for periodic reports, the calendar quarter for 13F, the meeting
// date for proxy statements.
import { findDate } from '../../edgar/dates';
import { nearCaption } from './near-caption';
import type { CoverText } from './text-lines';

const EVENT_CAPTION = /date\s{1,3}of\s{1,3}(?:earliest\s{1,3}event|report\b)/i;
const PERIOD_CAPTION =
  /(?:fiscal\s{1,3}year|(?:quarterly|transition|reporting)\s{1,3}period|calendar\s{1,3}year\s{1,3}or\s{1,3}quarter|year|quarter|period)\s{1,3}ended\b/i;
const MEETING = /meeting\s{1,3}of\s{1,3}(?:stockholders|shareholders|share\s{0,2}owners|members|unitholders)/i;

function dateIn(line: string, captionLine: boolean): string | null {
  if (!captionLine) return findDate(line)?.iso ?? null;
  // On the caption's line prefer a date after the caption ("... ended December 31, 1997").
  const after = PERIOD_CAPTION.exec(line) ?? EVENT_CAPTION.exec(line);
  if (after) {
    const later = findDate(line.slice(after.index));
    if (later) return later.iso;
  }
  return findDate(line)?.iso ?? null;
}

function meetingDate(cover: CoverText): string | null {
  const m = MEETING.exec(cover.head);
  if (!m) return null;
  return findDate(cover.head.slice(m.index, m.index + 400))?.iso ?? null;
}

/** `formType` selects the rule: the meeting date is the period only for proxy statements. */
export function readPeriod(cover: CoverText, formType: string | null): string | null {
  if (formType && /14A/.test(formType)) return meetingDate(cover);
  return (
    nearCaption(cover, EVENT_CAPTION, dateIn, { before: 3, after: 3 }) ??
    nearCaption(cover, PERIOD_CAPTION, dateIn, { before: 0, after: 3 })
  );
}
