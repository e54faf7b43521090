// The principal executive office: the lines above "(Address of principal executive offices)"
// split into street, city, state and ZIP code, and the telephone number near its caption.
import type { Address } from '../../filing';
import { stateCode } from '../../edgar/states';
import { lineCells, nearCaption } from './near-caption';
import { squash, type CoverText } from './text-lines';

const ADDRESS_CAPTION = /address\s{1,3}(?:of|and\s{1,3}telephone)[^)]{0,40}principal\s{1,3}executive/i;
const PHONE_CAPTION = /telephone\s{1,3}number|\btelephone\b|\bphone\b/i;
const PHONE =
  /(?<!\d)(?:\+?1[\s.-]{1,2})?\(?(\d{3})\)?[\s.\-\u2010-\u2015]{0,3}(\d{3})[\s.\-\u2010-\u2015]{1,3}(\d{4})(?!\d)/;
const ZIP = /\b(\d{5})(?:-(\d{4}))?\s{0,3}$/;

function readPhone(line: string): string | null {
  const m = PHONE.exec(line);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : null;
}

/** The address lines just above the caption (nearest first, stopping at a blank gap or caption). */
function addressLines(cover: CoverText): string[] {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    if (!ADDRESS_CAPTION.test(lines[c]!.text)) continue;
    const found: string[] = [];
    let blanks = 0;
    for (let i = c - 1; i >= 0 && i >= c - 8 && found.length < 4; i--) {
      const text = lines[i]!.text;
      if (text === '') {
        if (found.length > 0 && ++blanks > 1) break;
        continue;
      }
      if (/^\(|\)$/.test(text) || /^[-=_*]+$/.test(text)) break;
      found.unshift(lineCells(text).join(', '));
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** "SEATTLE, WASHINGTON 98101" -> city, state, zip. */
function cityStateZip(line: string): Pick<Address, 'city' | 'state' | 'zip'> | null {
  const zip = ZIP.exec(line);
  const rest = (zip ? line.slice(0, zip.index) : line).replace(/[\s,]+$/, '');
  const comma = rest.lastIndexOf(',');
  if (comma < 0) {
    // "Dearborn Michigan": try the last one or two words as the state.
    const words = rest.split(' ');
    for (const n of [2, 1]) {
      if (words.length <= n) continue;
      const state = stateCode(words.slice(-n).join(' '));
      if (state) return { city: words.slice(0, -n).join(' '), state, zip: zip ? zip[0].trim() : null };
    }
    return zip ? { city: rest || null, state: null, zip: zip[0].trim() } : null;
  }
  const state = stateCode(rest.slice(comma + 1).trim());
  if (!state && !zip) return null;
  const before = rest.slice(0, comma);
  const city = before.slice(before.lastIndexOf(',') + 1).trim();
  return { city: city || null, state, zip: zip ? zip[0].trim() : null };
}

export function readAddress(cover: CoverText): Address | null {
  const parts = addressLines(cover);
  if (parts.length === 0) return null;
  // The city/state/ZIP line is the last (or the ZIP sits alone in its own cell).
  const joined = squash(parts.join(', ')).replace(/,\s*,/g, ',');
  const tail = cityStateZip(joined);
  if (!tail) return { street1: joined, street2: null, city: null, state: null, zip: null };
  const cityAt = tail.city ? joined.lastIndexOf(tail.city) : -1;
  const street = (cityAt > 0 ? joined.slice(0, cityAt) : '').replace(/[\s,]+$/, '');
  const streets = street.split(/,\s*/).filter((s) => s !== '');
  return {
    street1: streets.length > 0 ? streets.slice(0, streets.length > 1 ? -1 : undefined).join(', ') : null,
    street2: streets.length > 1 ? streets[streets.length - 1]! : null,
    ...tail,
  };
}

export function readPhoneNumber(cover: CoverText): string | null {
  return nearCaption(cover, PHONE_CAPTION, (line) => readPhone(line), { before: 2, after: 3 });
}
