// The period a filing reports: the date of the earliest event for current reports, the end of
// the fiscal year or quarter for periodic reports, the calendar quarter for 13F, the month of
// an ownership report, the meeting date for proxy statements.
import { findDate } from '../../edgar/dates';
import type { CoverText } from './text-lines';

const EARLIEST_EVENT = /date\s{1,3}of\s{1,3}earliest\s{1,3}event\s{1,3}reported\)?\s{0,3}[:)]?/i;
const EVENT_CAPTION = /date\s{1,3}of\s{1,3}(?:earliest\s{1,3}event|report\b)/i;
const PERIOD_CAPTION =
  /(?:fiscal\s{1,3}year|(?:quarterly|transition|reporting)\s{1,3}period|calendar\s{1,3}year\s{1,3}or\s{1,3}quarter|year|quarter|period)\s{1,3}ended\b|statement\s{1,3}for\s{1,3}month\/(?:day\/)?year|date\s{1,3}of\s{1,3}event\s{1,3}requiring\s{1,3}statement|date\s{1,3}of\s{1,3}earliest\s{1,3}transaction|date\s{1,3}of\s{1,3}reporting\s{1,3}period|schedule\s{1,3}of\s{1,3}investments\b/i;
const MEETING =
  /(?:annual|special)\s{1,3}meeting|meeting\s{1,3}of\s{1,3}(?:stockholders|shareholders|share\s{0,2}owners|members|unitholders)/gi;
/** Mentions of the meeting examined for its date ("to be held on February 25, 2025"). */
const MAX_MEETING_MENTIONS = 20;

/** Lines a caption's date may be on: the caption's own (after it), then the next ones. */
const AFTER_LINES = 3;

/** The date after `caption` on its line or the lines after (dates break across lines too). */
function dateAfter(cover: CoverText, caption: RegExp): string | null {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    const m = caption.exec(lines[c]!.text);
    if (!m) continue;
    const following = lines.slice(c + 1, c + 1 + AFTER_LINES).map((l) => l.text);
    const text = [lines[c]!.text.slice(m.index + m[0].length), ...following].join(' ');
    const found = findDate(text);
    if (found) return parenthesisedAfter(text.slice(found.index + found.length)) ?? found.iso;
  }
  return null;
}

/**
 * "Date of Report (Date of earliest event reported): March 5, 2020 (March 2, 2020)": a date
 * right after the report's date, in parentheses, is the earliest event's, the period EDGAR
 * records.
 */
function parenthesisedAfter(rest: string): string | null {
  const open = /^[\s,;:]{0,3}\(\s{0,2}/.exec(rest);
  if (!open) return null;
  const inner = rest.slice(open[0].length, open[0].length + 40);
  const found = findDate(inner);
  return found && found.index === 0 && /^\s{0,2}\)/.test(inner.slice(found.length)) ? found.iso : null;
}

/** "March 24, 2004" on the line just above "(date of earliest event reported)" (older covers). */
function dateAbove(cover: CoverText, caption: RegExp): string | null {
  const { lines } = cover;
  for (let c = 1; c < lines.length; c++) {
    if (!caption.test(lines[c]!.text)) continue;
    for (let i = c - 1; i >= 0 && i >= c - 4; i--) {
      const text = lines[i]!.text;
      const found = findDate(text);
      if (found) return found.iso;
      // Blank lines and rules may separate the date from its caption; anything else ends it.
      if (text !== '' && !/^[-=_\s]+$/.test(text)) break;
    }
  }
  return null;
}

function meetingDate(cover: CoverText): string | null {
  let n = 0;
  for (const m of cover.head.matchAll(MEETING)) {
    if (++n > MAX_MEETING_MENTIONS) break;
    const found = findDate(cover.head.slice(m.index, m.index + 300));
    if (found) return found.iso;
  }
  return null;
}

/** `formType` selects the rule: the meeting date is the period only for proxy statements. */
export function readPeriod(cover: CoverText, formType: string | null): string | null {
  if (formType && /14A/.test(formType)) return meetingDate(cover);
  // "Date of Report: April 30, 2003 (date of earliest event reported March 21, 2003)": the
  // earliest event is the period EDGAR records.
  return (
    dateAfter(cover, EARLIEST_EVENT) ??
    dateAbove(cover, EVENT_CAPTION) ??
    dateAfter(cover, EVENT_CAPTION) ??
    dateAfter(cover, PERIOD_CAPTION)
  );
}
