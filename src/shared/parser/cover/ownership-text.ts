// Forms 3, 4 and 5 as text or as EDGAR's HTML rendering of the XML: the issuer (the company
// the filing is about) and the reporting person, read beside or below their numbered boxes.
import { lineCells } from './near-caption';
import { trimEnd, type CoverText } from './text-lines';

const ISSUER_BOX = /issuer\s{1,3}name\s{1,3}and\s{1,3}ticker\s{1,3}or\s{1,3}trading\s{1,3}symbol/i;
const OWNER_BOX = /name\s{1,3}and\s{1,3}address\s{1,3}of\s{1,3}reporting\s{1,3}person/i;

export interface OwnershipParties {
  issuer: string | null;
  reportingOwner: string | null;
}

/** "EVANS BANCORP INC [ EVBN ]" or "Productivity Technologies Corp." -> the name alone. */
function partyName(s: string): string | null {
  const name = trimEnd(s.slice(0, 200).replace(/\s{0,3}[[(].{0,20}$/, ''), '*').trim();
  return name.length >= 2 && /[A-Za-z]/.test(name) && !/^\(|^\d\.\s/.test(name) ? name : null;
}

/** The value in the box's own cell after its caption, else on the next non-empty line. */
function boxValue(cover: CoverText, box: RegExp): string | null {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    const text = lines[c]!.text;
    const m = box.exec(text);
    if (!m) continue;
    const rest = (text.slice(m.index + m[0].length).split('\t')[0] ?? '').replace(/^[\s*:]+/, '');
    if (rest !== '') return partyName(rest);
    for (let i = c + 1; i < lines.length && i <= c + 3; i++) {
      if (lines[i]!.text !== '') return partyName(lineCells(lines[i]!.text)[0] ?? '');
    }
  }
  return null;
}

export function readOwnershipParties(cover: CoverText): OwnershipParties {
  return { issuer: boxValue(cover, ISSUER_BOX), reportingOwner: boxValue(cover, OWNER_BOX) };
}
