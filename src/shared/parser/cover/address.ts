// The principal executive office: the lines above "(Address of principal executive offices)"
// (or the values beside that caption on its own line) split into street, city, state and ZIP
// code, and the telephone number near its caption.
import type { Address } from '../../filing';
import { stateCode } from '../../edgar/states';
import { lineCells, nearCaption } from './near-caption';
import { squash, trimEnd, type CoverText } from './text-lines';

const ADDRESS_CAPTION = /address\s{1,3}(?:of|and\s{1,3}telephone)[^)]{0,40}principal\s{1,3}executive/i;
const PHONE_CAPTION = /telephone\s{1,3}number|\btelephone\b|\bphone\b/i;
const PHONE =
  /(?<!\d)(?:\+?1[\s.-]{1,2})?\(?(\d{3})\)?[\s./\-\u2010-\u2015]{0,3}(\d{3})[\s.\-\u2010-\u2015]{1,3}(\d{4})(?!\d)/;
const ZIP_CELL = /^(\d{5}(?:-\d{4})?)$/;
const TRAILING_ZIP = /\b(\d{5})(?:-(\d{4}))?\s{0,3}$/;
const SEPARATOR = /^[-=_*\s]+$/;
/** Lines above the caption that may still be part of the address. */
const MAX_ADDRESS_LINES = 4;

function readPhone(line: string): string | null {
  const m = PHONE.exec(line);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : null;
}

const OTHER_CAPTION =
  /jurisdiction|incorporation|organization\)|identification|employer|commission|file\s{1,3}n(?:o|umber)/i;

/** The address cells of one line: captions, phone numbers and rules dropped. */
function addressCells(line: string): string[] {
  const cells = lineCells(line);
  // Text justified with double spaces between words is one cell, not a table row.
  const words = cells.length > 3 && cells.reduce((n, c) => n + c.length, 0) / cells.length < 8;
  return (words ? [squash(line)] : cells)
    .map((c) => c.replace(/\s{0,3}\([^)]{0,80}\)?$/, '').trim())
    .filter((c) => c !== '' && !SEPARATOR.test(c) && !(PHONE.test(c) && !/[a-z]{3}/i.test(c)));
}

/** The cells of the address: beside the caption on its line, else on the lines above it. */
function addressParts(cover: CoverText): string[] {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    if (!ADDRESS_CAPTION.test(lines[c]!.text)) continue;
    const beside = addressCells(lines[c]!.text);
    if (beside.length > 0 && !/^\(/.test(lines[c]!.text)) return beside;
    const found: string[][] = [];
    let blanks = 0;
    for (let i = c - 1; i >= 0 && i >= c - 8 && found.length < MAX_ADDRESS_LINES; i--) {
      const text = lines[i]!.text;
      if (text === '' || SEPARATOR.test(text)) {
        if (found.length > 0 && ++blanks > 1) break;
        continue;
      }
      // Another caption or the identifiers' row ends the block.
      if (/^\(/.test(text) || OTHER_CAPTION.test(text) || /\b\d{2}-\d{7}\b/.test(text)) break;
      const cells = addressCells(text);
      if (cells.length > 0) found.unshift(cells);
    }
    if (found.length > 0) return found.flat();
  }
  return [];
}

/** "SEATTLE, WASHINGTON" -> city and state; the state is the last comma part (or last words). */
function cityState(rest: string): { city: string | null; state: string | null; cityAt: number } | null {
  const comma = rest.lastIndexOf(',');
  if (comma >= 0) {
    const state = stateCode(rest.slice(comma + 1).trim());
    if (!state) return null;
    const before = rest.slice(0, comma);
    const cityAt = before.lastIndexOf(',') + 1;
    return { city: before.slice(cityAt).trim() || null, state, cityAt };
  }
  const words = rest.split(' ');
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const state = stateCode(words.slice(-n).join(' '));
    if (state) return { city: words.slice(0, -n).join(' ') || null, state, cityAt: 0 };
  }
  return null;
}

export function readAddress(cover: CoverText): Address | null {
  const parts = addressParts(cover);
  if (parts.length === 0) return null;
  // A ZIP code may sit in its own column ("ONE COCA-COLA PLAZA    30313").
  let zip: string | null = null;
  const rest = parts.filter((p) => {
    if (zip === null && ZIP_CELL.test(p)) {
      zip = p;
      return false;
    }
    return true;
  });
  // An address is a few lines; a runaway "address" is cut before any work on it.
  let joined = trimEnd(squash(rest.join(', ').slice(0, 600)).replace(/\s*,(?:\s*,)+/g, ','), ',');
  const trailing = TRAILING_ZIP.exec(joined);
  if (trailing && zip === null) {
    zip = trailing[0].trim();
    joined = trimEnd(joined.slice(0, trailing.index), ',');
  }
  const place = cityState(joined);
  if (!place) return { street1: joined || null, street2: null, city: null, state: null, zip };
  const street = trimEnd(joined.slice(0, place.cityAt), ',');
  const streets = street.split(/,\s*/).filter((s) => s !== '');
  return {
    street1: streets.length > 1 ? streets.slice(0, -1).join(', ') : (streets[0] ?? null),
    street2: streets.length > 1 ? streets[streets.length - 1]! : null,
    city: place.city,
    state: place.state,
    zip,
  };
}

export function readPhoneNumber(cover: CoverText): string | null {
  return nearCaption(cover, PHONE_CAPTION, (line) => readPhone(line), { before: 2, after: 3 });
}
