// The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it
// (ext/fts5/fts5_tokenize.c), so hits we locate in stored text agree with what FTS5 matched.
// It works on the UTF-8 bytes of a folded token: bytes >= 0x80 count as consonants and the
// 3..64-byte length window is measured in bytes, as in C.
import { isAscii } from './ascii';

const MAX_TOKEN_BYTES = 64;

type Cond = (s: string, n: number) => boolean;

/** [suffix, condition, replacement, step-1b "applied" flag]. Within a step the first suffix match decides. */
type Rule = readonly [string, Cond | null, string, boolean?];

function isVowel(c: string, yIsVowel: boolean): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');
}

/** Skips one (vowels)(consonants) group from `from`; returns the index after it, or 0 when there is none. */
function gobbleVC(s: string, from: number, n: number, prevCons: boolean): number {
  let cons = prevCons;
  let i = from;
  for (; i < n; i++) {
    cons = !isVowel(s[i], cons);
    if (!cons) break;
  }
  for (i++; i < n; i++) {
    cons = !isVowel(s[i], cons);
    if (cons) return i + 1;
  }
  return 0;
}

const mGt0: Cond = (s, n) => gobbleVC(s, 0, n, false) !== 0;
const mGt1: Cond = (s, n) => {
  const k = gobbleVC(s, 0, n, false);
  return k !== 0 && gobbleVC(s, k, n, true) !== 0;
};
const mEq1: Cond = (s, n) => {
  const k = gobbleVC(s, 0, n, false);
  return k !== 0 && gobbleVC(s, k, n, true) === 0;
};
const oStar: Cond = (s, n) => {
  const last = s[n - 1];
  if (last === 'w' || last === 'x' || last === 'y') return false;
  let mask = 0;
  let cons = false;
  for (let i = 0; i < n; i++) {
    cons = !isVowel(s[i], cons);
    mask = ((mask << 1) + (cons ? 1 : 0)) & 0xffff;
  }
  return (mask & 7) === 5;
};
const hasVowel: Cond = (s, n) => {
  for (let i = 0; i < n; i++) if (isVowel(s[i], i > 0)) return true;
  return false;
};
const mGt1SorT: Cond = (s, n) => (s[n - 1] === 's' || s[n - 1] === 't') && mGt1(s, n);

const STEP_1B: Rule[] = [
  ['eed', mGt0, 'ee'],
  ['ed', hasVowel, '', true],
  ['ing', hasVowel, '', true],
];
const STEP_1B2: Rule[] = [
  ['at', null, 'ate', true],
  ['bl', null, 'ble', true],
  ['iz', null, 'ize', true],
];
const STEP_2: Rule[] = [
  ['ational', mGt0, 'ate'],
  ['tional', mGt0, 'tion'],
  ['enci', mGt0, 'ence'],
  ['anci', mGt0, 'ance'],
  ['izer', mGt0, 'ize'],
  ['logi', mGt0, 'log'],
  ['bli', mGt0, 'ble'],
  ['alli', mGt0, 'al'],
  ['entli', mGt0, 'ent'],
  ['eli', mGt0, 'e'],
  ['ousli', mGt0, 'ous'],
  ['ization', mGt0, 'ize'],
  ['ation', mGt0, 'ate'],
  ['ator', mGt0, 'ate'],
  ['alism', mGt0, 'al'],
  ['iveness', mGt0, 'ive'],
  ['fulness', mGt0, 'ful'],
  ['ousness', mGt0, 'ous'],
  ['aliti', mGt0, 'al'],
  ['iviti', mGt0, 'ive'],
  ['biliti', mGt0, 'ble'],
];
const STEP_3: Rule[] = [
  ['ical', mGt0, 'ic'],
  ['ness', mGt0, ''],
  ['icate', mGt0, 'ic'],
  ['iciti', mGt0, 'ic'],
  ['ful', mGt0, ''],
  ['ative', mGt0, ''],
  ['alize', mGt0, 'al'],
];
const STEP_4: Rule[] = [
  ['al', mGt1, ''],
  ['ance', mGt1, ''],
  ['ence', mGt1, ''],
  ['er', mGt1, ''],
  ['ic', mGt1, ''],
  ['able', mGt1, ''],
  ['ible', mGt1, ''],
  ['ant', mGt1, ''],
  ['ement', mGt1, ''],
  ['ment', mGt1, ''],
  ['ent', mGt1, ''],
  ['ion', mGt1SorT, ''],
  ['ou', mGt1, ''],
  ['ism', mGt1, ''],
  ['ate', mGt1, ''],
  ['iti', mGt1, ''],
  ['ous', mGt1, ''],
  ['ive', mGt1, ''],
  ['ize', mGt1, ''],
];

/**
 * Applies the first rule whose suffix ends `s` (C requires the word to be strictly longer than
 * the suffix). Returns the new word and whether a rule flagged as "applied" fired.
 */
function applyStep(s: string, rules: readonly Rule[]): [string, boolean] {
  for (const [suffix, cond, out, flag] of rules) {
    if (s.length <= suffix.length || !s.endsWith(suffix)) continue;
    const stem = s.length - suffix.length;
    if (cond && !cond(s, stem)) return [s, false];
    return [s.slice(0, stem) + out, flag === true];
  }
  return [s, false];
}

function step1a(s: string): string {
  const n = s.length;
  if (s[n - 1] !== 's') return s;
  if (s[n - 2] === 'e') {
    if ((n > 4 && s[n - 4] === 's' && s[n - 3] === 's') || (n > 3 && s[n - 3] === 'i')) return s.slice(0, n - 2);
    return s.slice(0, n - 1);
  }
  return s[n - 2] !== 's' ? s.slice(0, n - 1) : s;
}

/** Stems a byte string (one char per UTF-8 byte) of an already folded token. */
function stemBytes(input: string): string {
  if (input.length > MAX_TOKEN_BYTES || input.length < 3) return input;
  const [after1b, fired] = applyStep(step1a(input), STEP_1B);
  let s = after1b;
  if (fired) {
    let fired2: boolean;
    [s, fired2] = applyStep(s, STEP_1B2);
    if (!fired2) {
      const c = s[s.length - 1];
      if (!isVowel(c, false) && c !== 'l' && c !== 's' && c !== 'z' && c === s[s.length - 2]) s = s.slice(0, -1);
      else if (mEq1(s, s.length) && oStar(s, s.length)) s += 'e';
    }
  }
  if (s[s.length - 1] === 'y' && hasVowel(s, s.length - 1)) s = s.slice(0, -1) + 'i';
  [s] = applyStep(s, STEP_2);
  [s] = applyStep(s, STEP_3);
  [s] = applyStep(s, STEP_4);
  const n = s.length;
  if (s[n - 1] === 'e' && (mGt1(s, n - 1) || (mEq1(s, n - 1) && !oStar(s, n - 1)))) s = s.slice(0, -1);
  if (s.length > 1 && s.endsWith('ll') && mGt1(s, s.length - 1)) s = s.slice(0, -1);
  return s;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The FTS5 porter stem of a folded (lowercase, diacritic-free) token. */
export function porterStem(token: string): string {
  if (isAscii(token)) return stemBytes(token);
  const bytes = encoder.encode(token);
  if (bytes.length > MAX_TOKEN_BYTES || bytes.length < 3) return token;
  const raw = String.fromCharCode(...bytes);
  const stemmed = stemBytes(raw);
  if (stemmed === raw) return token;
  return decoder.decode(Uint8Array.from(stemmed, (c) => c.charCodeAt(0)));
}
