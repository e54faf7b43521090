// Splits text into terms the way FTS5's `unicode61 remove_diacritics 2` tokenizer does:
// a token is a run of letters, digits and private-use characters (combining diacritics may
// continue one), folded to lower case with diacritics removed; `porterStem` then gives the
// term FTS5 stores. Offsets are JavaScript string indices into the original text.
// Known gap: SQLite's character tables predate recent Unicode versions (newer emoji count as
// token characters there); such text may be highlighted differently, never matched differently.
import { isAscii } from './ascii';
import { porterStem } from './porter';

export interface TextToken {
  start: number;
  end: number;
  /** Folded (lower case, diacritics removed), not stemmed. */
  folded: string;
}

const TOKEN = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\u0300-\u036f]*/gu;
const DIACRITICS = /[\u0300-\u036f]/g;

/** SQLite removes diacritics from Latin letters only (Greek and Cyrillic keep theirs). */
const isLatin = (code: number) => code < 0x250 || (code >= 0x1e00 && code < 0x1f00);

function foldChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x300 && code < 0x370) return ''; // a combining diacritic inside a token
  return isLatin(code) ? c.normalize('NFD').replace(DIACRITICS, '') : c;
}

/** Folds any text (not only a token) the way tokens are folded, for substring filters. */
export function foldText(raw: string): string {
  return foldToken(raw);
}

export function foldToken(raw: string): string {
  const lower = raw.toLowerCase();
  if (isAscii(lower)) return lower;
  let out = '';
  for (const c of lower) out += foldChar(c);
  return out;
}

/** Every token of `text`, in order. */
export function* textTokens(text: string): Generator<TextToken> {
  const re = new RegExp(TOKEN);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const folded = foldToken(m[0]);
    if (folded) yield { start: m.index, end: m.index + m[0].length, folded };
  }
}

/** The stored FTS5 terms of `text` (folded and stemmed), in order. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of textTokens(text)) out.push(porterStem(t.folded));
  return out;
}
