// Dates as cover pages spell them: "March 24, 2004", "MARCH 24,2004", "Dec. 31, 1997",
// "31 December 1997", "12/31/97", "2004-03-24". All results are ISO YYYY-MM-DD or null.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  const key = w.startsWith('sept') ? 'sept' : w.slice(0, 3);
  const n = MONTHS[key];
  // Accept "March" and "Mar" but not "Marvel": a full name or a 3-4 letter abbreviation.
  if (n === undefined) return null;
  return w.length <= 4 || MONTH_NAMES[n - 1] === w ? n : null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date from parts, or null when they do not form a real date (1900-2099). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 100) year += year < 50 ? 2000 : 1900;
  if (year < 1900 || year > 2099 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Bounded repetitions only: these run over untrusted text.
const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?[ \t]{0,3}(\d{1,2})(?:st|nd|rd|th)?[ \t]{0,3},?[ \t\n]{0,3}(\d{4})\b/g;
const DAY_FIRST =
  /\b(\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}(?:day[ \t]{1,3}of[ \t]{1,3})?([A-Za-z]{3,9})\.?,?[ \t]{1,3}(\d{4})\b/g;
const NUMERIC = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

type ToIso = (m: RegExpExecArray) => string | null;

const SPELLINGS: [RegExp, ToIso][] = [
  [MONTH_FIRST, (m) => withMonth(m[1]!, m[3]!, m[2]!)],
  [DAY_FIRST, (m) => withMonth(m[2]!, m[3]!, m[1]!)],
  [ISO, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  [NUMERIC, (m) => isoDate(Number(m[3]), Number(m[1]), Number(m[2]))],
];

function withMonth(monthWord: string, year: string, day: string): string | null {
  const month = monthNumber(monthWord);
  return month ? isoDate(Number(year), month, Number(day)) : null;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first date spelled in `text` (any of the supported spellings), with its position. */
export function findDate(text: string): FoundDate | null {
  const s = text.length > 2000 ? text.slice(0, 2000) : text;
  let best: FoundDate | null = null;
  for (const [re, toIso] of SPELLINGS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (best !== null && m.index >= best.index) break;
      const iso = toIso(m);
      if (iso) {
        best = { iso, index: m.index, length: m[0].length };
        break;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return best;
}

/** The date a short phrase spells, or null. */
export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}

/** Spellings of an ISO date as documents write it, lower-cased without commas or periods. */
export function dateSpellings(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return [];
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  const name = MONTH_NAMES[mo - 1]!;
  const abbr = name.slice(0, 3);
  const mm = String(mo).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return [
    `${name} ${d} ${y}`,
    `${abbr} ${d} ${y}`,
    `${d} ${name} ${y}`,
    `${mo}/${d}/${y}`,
    `${mm}/${dd}/${y}`,
    `${mo}/${d}/${y.slice(2)}`,
    `${mm}/${dd}/${y.slice(2)}`,
    iso,
  ];
}
