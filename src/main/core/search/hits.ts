// Locates hits of a query's text in a document's stored text, matching terms exactly as FTS5
// does (same tokenizer rules and Porter stems; see shared/query/text), so every document
// FTS5 returned for body text shows its hits. Phrases match consecutive tokens; a prefix
// term matches stems starting with the prefix's stem, as FTS5 prefix queries do. NEAR groups
// are highlighted at every occurrence of their terms.
//
// Speed: rather than tokenizing and stemming a whole document, one regular expression finds
// the places where a pattern's first term could start (see candidatePrefix), and only the few
// tokens there are read and stemmed.
import type { TextNode } from '../../../shared/query';
import { porterStem, textTokens } from '../../../shared/query/text';
import { candidateSource } from './hit-candidates';

export type Hit = [number, number];

interface Pattern {
  stems: string[];
  prefix: boolean;
}

function patternsOf(nodes: readonly TextNode[]): Pattern[] {
  const out: Pattern[] = [];
  const add = (text: string, prefix: boolean) => {
    const stems = Array.from(textTokens(text), (t) => porterStem(t.folded));
    if (stems.length) out.push({ stems, prefix });
  };
  for (const n of nodes) {
    if (n.type === 'near') for (const t of n.terms) add(t.text, t.prefix);
    else add(n.text, n.prefix);
  }
  return out;
}

const MAX_PREFIX = 12;

/**
 * Porter only rewrites the end of a word, and keeps a rewritten suffix's first letter, or
 * turns a final y into i; so a token's folded text always starts with its stem minus the
 * stem's last two characters. That part is what a candidate must start with.
 */
export function candidatePrefix(stem: string): string {
  // A shorter prefix only finds more candidates; the cap keeps the expression small.
  return Array.from(stem)
    .slice(0, Math.min(MAX_PREFIX, Math.max(1, stem.length - 2)))
    .join('');
}

const TOKEN_SOURCE = '[\\p{L}\\p{N}\\p{Co}][\\p{L}\\p{N}\\p{Co}\\u0300-\\u036f]*';
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}\u0300-\u036f]/u;

function startsToken(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.codePointAt(at - 1 - (/[\udc00-\udfff]/.test(text[at - 1]) && at > 1 ? 1 : 0));
  return !TOKEN_CHAR.test(String.fromCodePoint(before ?? 32));
}

export class HitFinder {
  private readonly patterns: Pattern[];
  private readonly longest: number;
  private readonly candidates: RegExp | null;
  private readonly stems = new Map<string, string>();

  constructor(nodes: readonly TextNode[]) {
    this.patterns = patternsOf(nodes);
    this.longest = Math.max(0, ...this.patterns.map((p) => p.stems.length));
    const prefixes = [...new Set(this.patterns.map((p) => candidatePrefix(p.stems[0])))];
    this.candidates = prefixes.length ? new RegExp(prefixes.map(candidateSource).join('|'), 'giu') : null;
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  private stem(folded: string): string {
    let s = this.stems.get(folded);
    if (s === undefined) {
      s = porterStem(folded);
      if (this.stems.size < 50_000) this.stems.set(folded, s);
    }
    return s;
  }

  /** The stems of up to `longest` consecutive tokens from `at` (which starts a token); their end offsets. */
  private tokensAt(text: string, at: number, reader: RegExp): { stems: string[]; ends: number[] } {
    reader.lastIndex = at;
    const stems: string[] = [];
    const ends: number[] = [];
    for (let m = reader.exec(text); m && stems.length < this.longest; m = reader.exec(text)) {
      if (stems.length === 0 && m.index !== at) break;
      stems.push(this.stem(foldOf(m[0])));
      ends.push(m.index + m[0].length);
    }
    return { stems, ends };
  }

  private matchAt(stems: string[]): number {
    let best = 0;
    for (const p of this.patterns) {
      const len = p.stems.length;
      if (len > stems.length || len <= best) continue;
      let ok = true;
      for (let j = 0; j < len && ok; j++) {
        const want = p.stems[j];
        ok = p.prefix && j === len - 1 ? stems[j].startsWith(want) : stems[j] === want;
      }
      if (ok) best = len;
    }
    return best;
  }

  /**
   * Whether hits() finds in `prefix`, a prefix of a text cut just after a whitespace character,
   * what it finds in the whole text before `end`: the same hits start before `end`, each ending
   * at the same place if that is by `end` (else past it in both). True when `longest` tokens
   * follow `end` (the first may be the rest of one that `end` cuts): a hit is read from the
   * `longest` tokens where it starts, all then inside the prefix, and merges only hits that
   * start inside it; a candidate never spans the whitespace at the cut.
   */
  settled(prefix: string, end: number): boolean {
    const reader = new RegExp(TOKEN_SOURCE, 'gu');
    reader.lastIndex = end;
    for (let n = Math.max(1, this.longest); n > 0; n--) if (!reader.exec(prefix)) return false;
    return true;
  }

  /**
   * Hits in text order, overlapping ones merged, each yielded as soon as it is known (so taking
   * a few never scans the rest of the text). With `from` (where no hit is under way: 0, or where
   * an earlier hit ends) and `until`: the hits starting in [from, until) that end by `until`,
   * then perhaps one that does not (which may end elsewhere than in the whole text).
   */
  *hits(text: string, from = 0, until = text.length): Generator<Hit> {
    if (!this.candidates) return;
    const find = new RegExp(this.candidates);
    const reader = new RegExp(TOKEN_SOURCE, 'gu');
    // A candidate is made of token characters only (even matched case-insensitively), so one
    // starting inside a hit ends by the hit's end, and one that `until` cuts is in a token that
    // runs past it.
    const hay = until < text.length ? text.slice(0, until) : text;
    find.lastIndex = from;
    let pending: Hit | null = null;
    for (;;) {
      // Only a hit starting inside `pending` is merged into it: look no further for one.
      const at = candidateBefore(find, hay, pending ? Math.min(pending[1], until) : until);
      if (at < 0) {
        if (!pending) return;
        yield pending;
        pending = null;
        continue;
      }
      if (!startsToken(text, at)) continue;
      const { stems, ends } = this.tokensAt(text, at, reader);
      if (!stems.length) continue;
      find.lastIndex = Math.max(find.lastIndex, ends[0]);
      const len = this.matchAt(stems);
      if (!len) continue;
      if (pending) pending[1] = Math.max(pending[1], ends[len - 1]);
      else pending = [at, ends[len - 1]];
    }
  }
}

/** Where `find` next matches from its lastIndex, if before `limit` (else -1, lastIndex kept). */
function candidateBefore(find: RegExp, hay: string, limit: number): number {
  const resume = find.lastIndex;
  if (resume >= limit) return -1;
  const m = find.exec(limit < hay.length ? hay.slice(0, limit) : hay);
  if (m) return m.index;
  find.lastIndex = resume;
  return -1;
}

const foldOf = (raw: string) => textTokens(raw).next().value?.folded ?? raw.toLowerCase();
