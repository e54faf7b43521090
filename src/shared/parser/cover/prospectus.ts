// Prospectuses and pricing supplements (424B*, FWP) rarely caption their issuer: its name stands
// alone on the cover ("Healthpeak Properties, Inc.") or in the first sentence ("an initial
// public offering of shares of common stock by CAMP4 Therapeutics Corporation"). Only a line
// that is a company name by its suffix counts; a logo without text gives no name.
import { squash, type CoverText } from './text-lines';

const SUFFIX = String.raw`(?:Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|L\.?P|Ltd|Limited|plc|PLC|N\.V|S\.A|AG|SE|Trust|Bancorp|Holdings|Group)\.?`;
const NAME_LINE = new RegExp(String.raw`^[A-Z0-9][A-Za-z0-9&.,'’ -]{1,90}\b${SUFFIX}$`);
const NOT_A_NAME = /prospectus|offering|statement|per\s(?:share|note)|\bdue\b|^the\s(?:company|trust)$/i;
const BY_ISSUER = new RegExp(String.raw`\bby\s{1,3}([A-Z][A-Za-z0-9&.,'’ -]{1,80}?\b${SUFFIX})(?=[\s,;]|\.?$)`);
const SENTENCE_END = /(?<!\b(?:Inc|Corp|Co|Ltd|N\.V|S\.A|L\.P|L\.L\.C))\.$/;
/** The cover: the first page of a prospectus. */
const COVER_LINES = 60;
const COVER_CHARS = 4000;

export function prospectusIssuer(cover: CoverText): string | null {
  for (const line of cover.lines.slice(0, COVER_LINES)) {
    if (line.start > COVER_CHARS) break;
    const text = squash(line.text);
    if (text.length <= 100 && NAME_LINE.test(text) && !NOT_A_NAME.test(text)) return text;
  }
  const by = BY_ISSUER.exec(cover.head.slice(0, COVER_CHARS));
  // "...by CAMP4 Therapeutics Corporation." ends a sentence; "Acme, Inc." keeps its period.
  return by ? squash(by[1]!).replace(SENTENCE_END, '') : null;
}
