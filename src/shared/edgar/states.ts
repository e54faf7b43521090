// Jurisdiction names -> the 2-character codes EDGAR uses for state of incorporation: USPS codes
// for US states and territories, EDGAR's own codes for Canadian provinces (A0-B0) and countries.

const US: Record<string, string> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  'district of columbia': 'DC',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
  'puerto rico': 'PR',
  guam: 'GU',
  'virgin islands': 'VI',
  'us virgin islands': 'VI',
  'united states virgin islands': 'VI',
  'american samoa': 'B5',
  'northern mariana islands': '1V',
};

/** Common abbreviations seen on cover pages ("Del.", "Calif."), keyed after folding. */
const US_ABBREVIATIONS: Record<string, string> = {
  del: 'DE',
  dela: 'DE',
  calif: 'CA',
  cal: 'CA',
  mass: 'MA',
  penn: 'PA',
  penna: 'PA',
  conn: 'CT',
  fla: 'FL',
  ill: 'IL',
  mich: 'MI',
  minn: 'MN',
  wis: 'WI',
  wisc: 'WI',
  tex: 'TX',
  colo: 'CO',
  md: 'MD',
  nev: 'NV',
  ariz: 'AZ',
  ind: 'IN',
  okla: 'OK',
  ore: 'OR',
  tenn: 'TN',
  wash: 'WA',
  'n y': 'NY',
  'n j': 'NJ',
  'n c': 'NC',
  'd c': 'DC',
  dc: 'DC',
  va: 'VA',
  ga: 'GA',
};

const CANADA: Record<string, string> = {
  alberta: 'A0',
  'british columbia': 'A1',
  manitoba: 'A2',
  'new brunswick': 'A3',
  newfoundland: 'A4',
  'newfoundland and labrador': 'A4',
  'nova scotia': 'A5',
  ontario: 'A6',
  'prince edward island': 'A7',
  quebec: 'A8',
  saskatchewan: 'A9',
  yukon: 'B0',
  canada: 'Z4',
  'canada federal level': 'Z4',
};

const COUNTRIES: Record<string, string> = {
  argentina: 'C1',
  australia: 'C3',
  austria: 'C4',
  bahamas: 'C5',
  'the bahamas': 'C5',
  bahrain: 'C6',
  barbados: 'C8',
  belgium: 'C9',
  belize: 'D1',
  bermuda: 'D0',
  bolivia: 'D3',
  brazil: 'D5',
  'british virgin islands': 'D8',
  'virgin islands british': 'D8',
  bulgaria: 'E0',
  'cayman islands': 'E9',
  cayman: 'E9',
  chile: 'F3',
  china: 'F4',
  "people's republic of china": 'F4',
  'peoples republic of china': 'F4',
  prc: 'F4',
  colombia: 'F8',
  'costa rica': 'G2',
  croatia: '1M',
  cyprus: 'G4',
  'czech republic': '2N',
  denmark: 'G7',
  egypt: 'H2',
  finland: 'H9',
  france: 'I0',
  germany: '2M',
  gibraltar: 'J2',
  greece: 'J3',
  guernsey: 'Y7',
  'hong kong': 'K3',
  hungary: 'K5',
  iceland: 'K6',
  india: 'K7',
  indonesia: 'K8',
  ireland: 'L2',
  'republic of ireland': 'L2',
  'isle of man': 'Y8',
  israel: 'L3',
  italy: 'L6',
  jamaica: 'L8',
  japan: 'M0',
  jersey: 'Y9',
  kazakhstan: '1P',
  korea: 'M5',
  'south korea': 'M5',
  'republic of korea': 'M5',
  liberia: 'N0',
  liechtenstein: 'N2',
  luxembourg: 'N4',
  macau: 'N5',
  malaysia: 'N8',
  malta: 'O1',
  'marshall islands': '1T',
  'republic of the marshall islands': '1T',
  mauritius: 'O4',
  mexico: 'O5',
  monaco: 'O9',
  netherlands: 'P7',
  'the netherlands': 'P7',
  'netherlands antilles': 'P8',
  'new zealand': 'Q2',
  norway: 'Q8',
  panama: 'R1',
  peru: 'R5',
  philippines: 'R6',
  poland: 'R9',
  portugal: 'S1',
  russia: '1Z',
  'russian federation': '1Z',
  singapore: 'U0',
  'south africa': 'T3',
  spain: 'U3',
  sweden: 'V7',
  switzerland: 'V8',
  taiwan: 'F5',
  thailand: 'W1',
  turkey: 'W8',
  'united arab emirates': 'C0',
  'united kingdom': 'X0',
  'england and wales': 'X0',
  england: 'X0',
  scotland: 'X0',
  'great britain': 'X0',
  uk: 'X0',
  uruguay: 'X3',
  venezuela: 'X5',
  vietnam: 'Q1',
  'united states': 'X1',
  'united states of america': 'X1',
  usa: 'X1',
};

/** Every valid code, so a cover that already writes "DE" or "E9" is accepted as is. */
const ALL_CODES = new Set<string>([...Object.values(US), ...Object.values(CANADA), ...Object.values(COUNTRIES)]);

const BY_NAME: Record<string, string> = { ...COUNTRIES, ...CANADA, ...US_ABBREVIATIONS, ...US };

/** Lower case, accents and punctuation folded to spaces, "State of"/"Commonwealth of" dropped. */
function fold(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9']+/g, ' ')
    .replace(/^ *(?:the )?(?:state|commonwealth|province|republic|territory) of /, '')
    .trim();
}

/**
 * The EDGAR 2-character code of a jurisdiction named on a cover page: "Delaware" -> "DE",
 * "Ontario, Canada" -> "A6", "Cayman Islands" -> "E9", "DE" -> "DE". Unknown names give null.
 */
export function stateCode(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 80) return null;
  const trimmed = raw.trim();
  if (/^[A-Z0-9]{2}$/.test(trimmed) && ALL_CODES.has(trimmed)) return trimmed;
  const folded = fold(trimmed);
  if (folded === '') return null;
  const direct = BY_NAME[folded];
  if (direct) return direct;
  // "Ontario, Canada", "Quebec (Canada)": the province decides.
  const province = folded.replace(/ canada$/, '');
  if (province !== folded && CANADA[province]) return CANADA[province]!;
  // A 2-letter code in another case ("De", "de").
  const upper = folded.toUpperCase();
  if (upper.length === 2 && ALL_CODES.has(upper)) return upper;
  return null;
}

/** All jurisdiction names known, longest first: for finding one inside a longer phrase. */
export const JURISDICTION_NAMES: readonly string[] = Object.keys({ ...COUNTRIES, ...CANADA, ...US })
  .filter((n) => n.length > 3)
  .sort((a, b) => b.length - a.length);

/**
 * The first jurisdiction named inside a phrase ("a Delaware corporation" -> "DE"), by whole
 * words; the longest name wins at a position ("West Virginia" over "Virginia").
 */
export function findStateIn(phrase: string): string | null {
  const folded = ` ${fold(phrase.slice(0, 400))} `;
  let best: { at: number; code: string } | null = null;
  for (const name of JURISDICTION_NAMES) {
    const at = folded.indexOf(` ${name} `);
    if (at >= 0 && (best === null || at < best.at)) best = { at, code: BY_NAME[name]! };
  }
  return best?.code ?? null;
}

/** The names a code stands for ("DE" -> ["delaware"]), lower case: for finding it in text. */
export function jurisdictionNames(code: string): string[] {
  return Object.keys({ ...COUNTRIES, ...CANADA, ...US }).filter((n) => BY_NAME[n] === code);
}
