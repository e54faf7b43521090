import { decodeHTMLStrict } from 'entities';
import { CP1252_C1 } from './cp1252';

// HTML entity decoding: every HTML5 named entity (the common ones from the table below, the
// rest, like &NegativeThickSpace; or &rarr;, from the `entities` package's complete HTML5
// table) plus every numeric form. Numeric references in 128-159 are Windows-1252 code points
// in practice (&#146; is a quote). Spaces of every width read as a space, zero-width
// characters as nothing, so words stay searchable.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwsp: '',
  zwnj: '',
  zwj: '',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00b7',
  sect: '\u00a7',
  para: '\u00b6',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  cent: '\u00a2',
  pound: '\u00a3',
  yen: '\u00a5',
  euro: '\u20ac',
  curren: '\u00a4',
  dagger: '\u2020',
  Dagger: '\u2021',
  laquo: '\u00ab',
  raquo: '\u00bb',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  micro: '\u00b5',
  sup1: '\u00b9',
  sup2: '\u00b2',
  sup3: '\u00b3',
  ordf: '\u00aa',
  ordm: '\u00ba',
  acute: '\u00b4',
  uml: '\u00a8',
  cedil: '\u00b8',
  macr: '\u00af',
  not: '\u00ac',
  brvbar: '\u00a6',
  check: '\u2713',
  larr: '\u2190',
  rarr: '\u2192',
  uarr: '\u2191',
  darr: '\u2193',
  le: '\u2264',
  ge: '\u2265',
  ne: '\u2260',
  infin: '\u221e',
  permil: '\u2030',
  prime: '\u2032',
  Prime: '\u2033',
  loz: '\u25ca',
  squ: '\u25a1',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  yuml: 'ÿ',
  szlig: 'ß',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Auml: 'Ä',
  Aring: 'Å',
  AElig: 'Æ',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Euml: 'Ë',
  Igrave: 'Ì',
  Iacute: 'Í',
  Icirc: 'Î',
  Iuml: 'Ï',
  Ntilde: 'Ñ',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ouml: 'Ö',
  Oslash: 'Ø',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Ucirc: 'Û',
  Uuml: 'Ü',
  Yacute: 'Ý',
};

function fromCodePoint(cp: number): string {
  if (cp === 0xa0 || cp === 0x2002 || cp === 0x2003 || cp === 0x2009) return ' ';
  if (cp >= 0x80 && cp <= 0x9f) return CP1252_C1[cp - 0x80]!;
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** A named reference outside the common table, from the complete HTML5 list (null: unknown). */
function html5Entity(name: string): string | null {
  const ref = `&${name};`;
  const decoded = decodeHTMLStrict(ref);
  if (decoded === ref) return null;
  if (/^[\u2000-\u200a\u202f\u205f\u3000]+$/.test(decoded)) return ' ';
  if (/^[\u200b-\u200d\u2060\ufeff]+$/.test(decoded)) return '';
  return decoded;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The reference starting at `amp`: [replacement, end] or null when it is not one. Bounded
 * lengths (7 decimal digits, 6 hex, 32-char names) keep each attempt O(1).
 */
function readEntity(s: string, amp: number): [string, number] | null {
  let i = amp + 1;
  let value: string | null;
  if (s.charCodeAt(i) === 35 /* # */) {
    const hex = s.charCodeAt(i + 1) === 120 || s.charCodeAt(i + 1) === 88; /* x X */
    const start = hex ? i + 2 : i + 1;
    i = start;
    while (i - start < (hex ? 6 : 7) && (hex ? isHex : isDigit)(s.charCodeAt(i))) i++;
    if (i === start) return null;
    value = fromCodePoint(Number.parseInt(s.slice(start, i), hex ? 16 : 10));
  } else {
    if (!isAlpha(s.charCodeAt(i))) return null;
    while (i - amp <= 32 && (isAlpha(s.charCodeAt(i)) || isDigit(s.charCodeAt(i)))) i++;
    const name = s.slice(amp + 1, i);
    value = NAMED[name] ?? NAMED[name.toLowerCase()] ?? null;
    if (value === null && s.charCodeAt(i) === 59 /* ; */) value = html5Entity(name);
    if (value === null) return null;
  }
  if (s.charCodeAt(i) === 59 /* ; */) i++;
  return [value, i];
}

export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  const out: string[] = [];
  let last = 0;
  while (amp >= 0) {
    const hit = readEntity(s, amp);
    if (hit) {
      out.push(s.slice(last, amp), hit[0]);
      last = hit[1];
    }
    amp = s.indexOf('&', hit ? hit[1] : amp + 1);
  }
  out.push(s.slice(last));
  return out.join('');
}
