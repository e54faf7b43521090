// The three identifiers a cover page states beside its captions: state of incorporation,
// Commission file number and IRS employer identification number. Layouts vary (one value per
// line above its caption, one row of values above a row of captions, "Commission file number
// 1-2217" inline, captions above values), so each value is recognised by its shape and taken
// from the lines nearest its caption.
import { findStateIn, stateCode } from '../../edgar/states';
import { lineCells, nearCaption } from './near-caption';
import type { CoverText } from './text-lines';

export interface CoverIdentifiers {
  stateOfIncorporation: string | null;
  fileNumber: string | null;
  irsNumber: string | null;
}

const STATE_CAPTION = /jurisdiction|state of incorporation|state or other/i;
const FILE_CAPTION = /\(commission\b|commission\s{0,3}file|file\s{0,3}n(?:o\b|o\.|os\.|umber)/i;
const IRS_CAPTION = /identification|i\.\s?r\.\s?s\.|\birs\s{1,3}employer|employer\s{1,3}id/i;

// Dashes as typed or as word processors replace them.
const IRS_VALUE = /(?<![\d-])(\d{2})[-\u2010-\u2015]?(\d{7})(?![\d-])/;
const FILE_VALUE = /(?<![\d-])(\d{1,3}[-\u2010-\u2015]\d{3,6}(?:-\d{1,3})?)(?![\d-])/;

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
  const m = FILE_VALUE.exec(line);
  return m ? m[1]!.replace(/[\u2010-\u2015]/g, '-') : null;
}

function stateIn(line: string, captionLine: boolean): string | null {
  for (const cell of lineCells(line)) {
    const code = stateCode(cell.replace(/^[(\s]+|[)\s.,]+$/g, ''));
    if (code) return code;
  }
  // A caption line may carry its value: "State of incorporation: Delaware".
  if (captionLine) {
    const after = /(?:incorporation|organization|jurisdiction)\)?\s{0,3}[:-]\s{0,3}(.{2,40})$/i.exec(line);
    if (after) return stateCode(after[1]!.trim()) ?? findStateIn(after[1]!);
  }
  return null;
}

/** "a Delaware corporation", "incorporated in Delaware": the prose fallback for the state. */
function stateFromProse(head: string): string | null {
  const m =
    /\b(?:an?|the)\s{1,3}([A-Z][A-Za-z]{2,14}(?:\s[A-Z][a-z]{2,14})?)\s{1,3}(?:corporation|limited liability company|statutory trust|business trust|limited partnership)\b/.exec(
      head,
    ) ??
    /\bincorporated\s{1,3}(?:in|under the laws of)\s{1,3}(?:the\s{1,3}State\s{1,3}of\s{1,3})?([A-Z][A-Za-z]{2,14}(?:\s[A-Z][a-z]{2,14})?)/.exec(
      head,
    );
  return m ? stateCode(m[1]!) : null;
}

export function readIdentifiers(cover: CoverText): CoverIdentifiers {
  return {
    stateOfIncorporation: nearCaption(cover, STATE_CAPTION, stateIn) ?? stateFromProse(cover.head.slice(0, 6000)),
    fileNumber: nearCaption(cover, FILE_CAPTION, fileNumberIn),
    irsNumber: nearCaption(cover, IRS_CAPTION, (line) => irsIn(line)),
  };
}
