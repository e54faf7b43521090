// From heading candidates to the sections of one document: drop the table of contents and
// repeated running headers, then keep the longest run of headings in the form's item order.
import { codeOrder, titlePattern, type Family } from './scheme';
import { lettersBetween, printedTitle, type ItemHeading, type PartHeading } from './headings';

export interface Candidate {
  start: number;
  lineEnd: number;
  /** Codes in the family's scheme ("I.2" for a 10-Q), one per item the heading names. */
  codes: string[];
  title: string;
  /** Letters of prose before the next candidate (capped): a contents entry has almost none. */
  body: number;
  /** Index of the dense run (table of contents) it belongs to, or -1. */
  run: number;
  /** A contents entry or a running header. */
  dropped: boolean;
  /** The heading line prints a title after the number (a bare "Item 5" is a page label). */
  titled: boolean;
  /** A live heading the ordered chain did not take (a cross reference, or the chain's rival). */
  offChain: boolean;
}

export interface Placed {
  codes: string[];
  title: string;
  start: number;
  lineEnd: number;
  end: number;
  confidence: number;
}

/** A contents entry is followed by fewer letters than this before the next heading. */
const ENTRY_LETTERS = 120;
/** ...and a table of contents is at least this many such entries in a row. */
const MIN_RUN = 3;
const BODY_PROBE = 400;

const VALID: Record<Family, RegExp> = {
  '10-K': /^\d{1,2}[A-DT]?$/,
  '10-KSB': /^\d{1,2}[A-DT]?$/,
  '10-Q': /^\d[A-DT]?$/,
  '8-K': /^(?:\d\.\d{2}|\d{1,2})$/,
  '20-F': /^\d{1,2}[A-J]?$/,
};

/** Candidates in the family's code scheme; 10-Q items take the part of the nearest PART line. */
export function toCandidates(text: string, family: Family, items: ItemHeading[], parts: PartHeading[]): Candidate[] {
  const out: Candidate[] = [];
  let p = 0;
  let part: string | null = null;
  let lastNumber = -1;
  for (const h of items) {
    if (!h.numbers.every((n) => VALID[family].test(n))) continue;
    let codes = h.numbers;
    if (family === '10-Q') {
      while (p < parts.length && parts[p]!.start <= h.start) part = parts[p++]!.part;
      const thisPart = h.part ?? part ?? (parts.length === 0 && parseInt(h.numbers[0]!) < lastNumber ? 'II' : 'I');
      if (parts.length === 0 && thisPart === 'II') part = 'II';
      lastNumber = parseInt(h.numbers[h.numbers.length - 1]!);
      codes = h.numbers.map((n) => `${thisPart}.${n}`);
    }
    let title = printedTitle(h.rest);
    const titled = title !== '';
    if (!titled) title = nextLineTitle(text, h.lineEnd);
    out.push({
      start: h.start,
      lineEnd: h.lineEnd,
      codes,
      title,
      titled,
      body: 0,
      run: -1,
      dropped: false,
      offChain: false,
    });
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const next = i + 1 < out.length ? out[i + 1]!.start : text.length;
    c.body = lettersBetween(text, c.lineEnd, Math.min(next, c.lineEnd + BODY_PROBE));
  }
  markRuns(out);
  return out;
}

function nextLineTitle(text: string, lineEnd: number): string {
  const m = /^\s*\n\s*([^\n]{1,160})/.exec(text.slice(lineEnd, lineEnd + 400));
  return m && !/^item/i.test(m[1]!) ? printedTitle(m[1]!) : '';
}

function markRuns(cs: Candidate[]): void {
  let run = 0;
  for (let i = 0; i < cs.length;) {
    let j = i;
    while (j < cs.length && cs[j]!.body < ENTRY_LETTERS) j++;
    if (j - i >= MIN_RUN) {
      for (let k = i; k < j; k++) cs[k]!.run = run;
      run++;
    }
    i = j + 1;
  }
}

/** Chooses the headings that start sections; the rest are marked dropped. */
export function selectHeadings(cs: Candidate[]): Candidate[] {
  const key = (c: Candidate): string => c.codes.join('+');
  // A contents entry is dropped when the same item is headed again outside that contents run.
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (c.run < 0) continue;
    for (let j = i + 1; j < cs.length; j++) {
      if (cs[j]!.run !== c.run && cs[j]!.codes[0] === c.codes[0]) {
        c.dropped = true;
        break;
      }
    }
  }
  // A running header repeats the heading just before it (contents entries in between do not
  // count); of such a group the first heading that prints a title is the section's own.
  let last: Candidate | null = null;
  for (const c of cs) {
    if (c.dropped) last = null;
    else if (last && key(last) === key(c)) {
      if (!last.titled && c.titled) {
        last.dropped = true;
        last = c;
      } else c.dropped = true;
    } else last = c;
  }
  const live = cs.filter((c) => !c.dropped);
  const chain = longestOrderedChain(live);
  const chosen = new Set(chain);
  for (const c of live) if (!chosen.has(c)) c.offChain = true;
  return chain;
}

/** Longest chain in strictly increasing item order; ties go to the later heading (the body, not the contents). */
function longestOrderedChain(cs: Candidate[]): Candidate[] {
  const first = cs.map((c) => codeOrder(c.codes[0]!));
  const lastKey = cs.map((c) => codeOrder(c.codes[c.codes.length - 1]!));
  const len: number[] = new Array<number>(cs.length).fill(1);
  const prev: number[] = new Array<number>(cs.length).fill(-1);
  let best = -1;
  for (let i = 0; i < cs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (lastKey[j]! < first[i]! && len[j]! + 1 >= len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
    }
    if (best < 0 || len[i]! >= len[best]!) best = i;
  }
  const chain: Candidate[] = [];
  for (let i = best; i >= 0; i = prev[i]!) chain.push(cs[i]!);
  return chain.reverse();
}

const SIGNATURES = /^[ \t\f]*SIGNATURES?[ \t]*$/gm;

/** Section ends: the next chosen heading, a PART heading or SIGNATURES line before it, or the end. */
export function placeSections(
  text: string,
  family: Family,
  chain: Candidate[],
  all: Candidate[],
  parts: PartHeading[],
): Placed[] {
  const out: Placed[] = [];
  const signatures = Array.from(text.matchAll(SIGNATURES), (m) => m.index);
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i]!;
    let end = i + 1 < chain.length ? chain[i + 1]!.start : text.length;
    // The heading of another part ends the item; a running "Part II" page header or footer
    // inside an item of Part II does not.
    let own: string | null = null;
    for (const p of parts) {
      if (p.start < c.start) own = p.part;
      else if (p.start > c.lineEnd && p.start < end && p.part !== own) {
        end = p.start;
        break;
      }
    }
    const sig = signatures.find((at) => at > c.lineEnd);
    if (sig !== undefined && sig < end) end = sig;
    out.push({
      codes: c.codes,
      title: c.title,
      start: c.start,
      lineEnd: c.lineEnd,
      end,
      confidence: grade(family, c, all),
    });
  }
  return out;
}

function grade(family: Family, c: Candidate, all: Candidate[]): number {
  let conf = 0.9;
  const pattern = titlePattern(family, c.codes[0]!);
  if (c.title === '') conf -= 0.2;
  else if (pattern && !pattern.test(c.title)) conf -= 0.3;
  // Another heading of the same item that was neither contents nor a running header.
  const rivals = all.filter((o) => o !== c && o.codes[0] === c.codes[0] && o.run < 0 && !o.dropped).length;
  if (rivals > 0) conf -= 0.2;
  if (c.run >= 0) conf -= 0.1;
  return Math.max(0.1, Math.round(conf * 100) / 100);
}
