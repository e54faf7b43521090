// The three identifiers a cover page states beside its captions: state of incorporation,
// Commission file number and IRS employer identification number. Layouts vary (one value per
// line above its caption, one row of values above a row of captions, "Commission file number
// 1-2217" inline, captions above values), so each value is recognised by its shape and taken
// from the lines nearest its caption.
import { findStateIn, stateCode } from '../../edgar/states';
import { lineCells, nearCaption } from './near-caption';
import { trimBoth, type CoverText } from './text-lines';

export interface CoverIdentifiers {
  stateOfIncorporation: string | null;
  fileNumber: string | null;
  irsNumber: string | null;
}

const STATE_CAPTION = /jurisdiction|state of incorporation|state or other/i;
const FILE_CAPTION =
  /\(commission\b|commission\s{0,3}file|file\s{0,3}n(?:o\b|o\.|os\.|umber)|registration\s{1,3}(?:no\.|number|statement\s{1,3}no\.)/i;
const IRS_CAPTION = /identification|i\.\s?r\.\s?s\.|\birs\s{1,3}employer|employer\s{1,3}id/i;

// Dashes as typed or as word processors replace them.
const IRS_VALUE = /(?<![\d-])(\d{2})[-\u2010-\u2015]?(\d{7})(?![\d-])/;
const FILE_VALUE = /(?<![\d-])(\d{1,3}[-\u2010-\u2015]\d{3,6}(?:-\d{1,3})?)(?![\d-])/;
/** On the caption's own line short numbers count too ("Commission file number 1-35"). */
const FILE_VALUE_ON_CAPTION = /(?<![\d-])(\d{1,3}[-\u2010-\u2015]\d{2,6}(?:-\d{1,3})?)(?![\d-])/;

function irsIn(line: string): string | null {
  const m = IRS_VALUE.exec(line);
  return m ? `${m[1]}${m[2]}` : null;
}

function fileNumberIn(line: string, captionLine: boolean): string | null {
  // On lines without the caption only a value standing alone in its cell counts, so
  // phone numbers and dates elsewhere on the page are not mistaken for file numbers.
  if (!captionLine) {
    for (const cell of lineCells(line)) {
      const m = FILE_VALUE.exec(cell);
      if (m && cell.trim().length <= m[1]!.length + 12 && !/\(\d{3}\)|tel|phone/i.test(cell)) {
        return m[1]!.replace(/[\u2010-\u2015]/g, '-');
      }
    }
    return null;
  }
  // "File Nos. 333-92935 and 811-09729": a fund is registered under its 811- (Investment
  // Company Act) number; the 33 Act number is the registration statement's.
  const fund = /(?<![\d-])811-\d{3,6}(?![\d-])/.exec(line);
  const m = fund ? [fund[0], fund[0]] : FILE_VALUE_ON_CAPTION.exec(line);
  return m ? m[1]!.replace(/[\u2010-\u2015]/g, '-') : null;
}

/** "(A Delaware Corporation)", "a Nevada limited liability company" inside a cell. */
const STATE_PHRASE =
  /\b(?:an?|the)\s{1,3}([A-Za-z][A-Za-z .]{1,28}?)\s{1,3}(?:corporation|limited\s{1,3}liability\s{1,3}company|statutory\s{1,3}trust|business\s{1,3}trust|limited\s{1,3}partnership|real\s{1,3}estate\s{1,3}investment\s{1,3}trust)\b/i;

function stateOfCell(cell: string): string | null {
  // "Delaware (State or other jurisdiction ...)": the value precedes its own caption.
  const value = trimBoth(cell.slice(0, 200).replace(/\s{0,3}\(.*$/, ''), '().,');
  const code = stateCode(value);
  if (code) return code;
  // "Nevada Nevada" (co-registrants), "Delaware." : a short cell naming only jurisdictions.
  if (value.length > 0 && value.length <= 40 && !/\d/.test(value)) {
    const found = findStateIn(value);
    if (found && value.split(/\s+/).length <= 4) return found;
  }
  return null;
}

function stateIn(line: string, captionLine: boolean): string | null {
  for (const cell of lineCells(line)) {
    const code = stateOfCell(cell);
    if (code) return code;
  }
  const phrase = STATE_PHRASE.exec(line);
  if (phrase) {
    const code = stateCode(phrase[1]!);
    if (code) return code;
  }
  // A caption line may carry its value: "State of incorporation: Delaware".
  if (captionLine) {
    const after = /(?:incorporation|organization|jurisdiction)\)?\s{0,3}[:-]\s{0,3}(.{2,40})$/i.exec(line);
    if (after) return stateCode(after[1]!.trim()) ?? findStateIn(after[1]!);
  }
  return null;
}

/** "Incorporated in New Jersey", "organized under the laws of the State of Delaware". */
const INCORPORATED_IN =
  /\b(?:incorporated|organized)\s{1,3}(?:in|under\s{1,3}the\s{1,3}laws\s{1,3}of)\s{1,3}(?:the\s{1,3}(?:State|Commonwealth)\s{1,3}of\s{1,3})?([A-Z][A-Za-z]{2,14}(?:\s[A-Z][a-z]{2,14})?)/gi;
const STATE_PHRASES = new RegExp(STATE_PHRASE.source, 'gi');

/** The prose fallback for the state, on the cover only. Each phrase is tried in turn, since
 * "incorporated in Part III" may come before "Incorporated in New Jersey". */
function stateFromProse(head: string): string | null {
  for (const re of [INCORPORATED_IN, STATE_PHRASES]) {
    for (const m of head.matchAll(re)) {
      const code = stateCode(m[1]!);
      if (code) return code;
    }
  }
  return null;
}

export function readIdentifiers(cover: CoverText): CoverIdentifiers {
  return {
    stateOfIncorporation: nearCaption(cover, STATE_CAPTION, stateIn) ?? stateFromProse(cover.head.slice(0, 6000)),
    fileNumber: nearCaption(cover, FILE_CAPTION, fileNumberIn),
    irsNumber: nearCaption(cover, IRS_CAPTION, (line) => irsIn(line)),
  };
}
