// Items "incorporated by reference": a 10-K may print only a sentence under Item 7 pointing at
// the annual report to shareholders (filed as exhibit EX-13) or under Items 10-14 at the proxy
// statement. Such a stub is not the section's text; the text is elsewhere, or not filed here.

/** A stub is short: the incorporating sentence, a page reference, maybe a caption list. */
const STUB_LETTERS = 1500;
const INCORPORATED =
  /incorporated\s+(?:herein\s+|in\s+this\s+\w+\s+)?by\s+reference|is\s+hereby\s+incorporated|are\s+incorporated\s+herein/i;
const PROXY = /proxy\s+statement|information\s+statement|definitive\s+proxy/i;
const ANNUAL_REPORT = /annual\s+report(?!\s+on\s+form)|exhibit\s+13|\bEX-13/i;
/** A reference to another place in the same report: "See Item 14", "Part II, Item 8, Note 12". */
const SAME_REPORT =
  /\b(?:see|in|under)\s+(?:Part\s+I{1,3}V?,?\s+)?Item\s+\d|\bNote\s+\d|this\s+(?:Form\s+10-K|report|annual\s+report\s+on\s+form)/i;

export type ReferenceTarget = 'proxy' | 'annual-report' | 'other';

/** Where a section's text is incorporated from, when its body is only a stub that says so. */
export function incorporatedTarget(body: string): ReferenceTarget | null {
  if (body.length > STUB_LETTERS * 3) return null;
  let letters = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
  }
  if (letters > STUB_LETTERS) return null;
  const m = INCORPORATED.exec(body);
  if (!m) return null;
  // The sentence around the phrase names the source.
  const around = body.slice(Math.max(0, m.index - 400), m.index + 400);
  const proxy = PROXY.exec(around);
  const annual = ANNUAL_REPORT.exec(around);
  if (proxy && (!annual || proxy.index <= annual.index)) return 'proxy';
  if (annual) return 'annual-report';
  // The item points at another part of this very report: its text is here, not elsewhere.
  if (SAME_REPORT.test(around)) return null;
  return 'other';
}

/** Headings an annual report (EX-13) uses for the 10-K items it holds. */
export const ANNUAL_REPORT_HEADINGS: Record<string, RegExp> = {
  '6': /^[ \t\f]*(?:SELECTED\s+(?:CONSOLIDATED\s+)?FINANCIAL\s+DATA|FIVE[- ]YEAR\s+(?:SELECTED\s+)?(?:FINANCIAL\s+)?(?:SUMMARY|DATA))[^\n]{0,80}$/gim,
  '7': /^[ \t\f]*MANAGEMENT[’'`]?S\s+DISCUSSION\s+AND\s+ANALYSIS[^\n]{0,120}$/gim,
  '7A': /^[ \t\f]*QUANTITATIVE\s+AND\s+QUALITATIVE\s+DISCLOSURES?\s+ABOUT\s+MARKET\s+RISK[^\n]{0,60}$/gim,
  '8': /^[ \t\f]*(?:REPORT\s+OF\s+INDEPENDENT\s+(?:REGISTERED\s+PUBLIC\s+ACCOUNTING\s+FIRM|AUDITORS?|ACCOUNTANTS?|PUBLIC\s+ACCOUNTANTS?)|INDEPENDENT\s+AUDITORS?[’'`]?\s+REPORT|(?:CONSOLIDATED\s+)?STATEMENTS?\s+OF\s+(?:CONSOLIDATED\s+)?(?:INCOME|OPERATIONS|EARNINGS)|(?:CONSOLIDATED\s+)?INCOME\s+STATEMENTS?|(?:CONSOLIDATED\s+)?BALANCE\s+SHEETS?)[^\n]{0,60}$/gim,
};

/** "filed herewith as Exhibit 13.3": the exhibit number a stub names, if any. */
export function namedExhibit(body: string): string | null {
  const m = /exhibit\s+(13(?:\.\d{1,2})?)\b/i.exec(body);
  return m ? m[1]! : null;
}

/**
 * Items a sentence incorporates together: "Items 10 through 14 ... are incorporated by
 * reference", "(Item 10 - Directors..., Item 11 - ...) is incorporated by reference from the
 * proxy statement" (a PART III paragraph with no Item headings of its own). Returns each item
 * number the sentence names with the target it names; the caller uses only missing items.
 */
export function incorporatedRanges(text: string): { code: string; target: ReferenceTarget }[] {
  const out: { code: string; target: ReferenceTarget }[] = [];
  const phrase = new RegExp(INCORPORATED.source, 'gi');
  let after = 0;
  for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
    const from = Math.max(after, sentenceStart(text, m.index));
    const to = Math.min(text.length, m.index + 400);
    after = m.index + m[0].length;
    const sentence = text.slice(from, to);
    const target = incorporatedTarget(sentence.slice(0, 1500));
    if (!target) continue;
    const list =
      /Items?\s+(\d{1,2}[A-C]?)(?!\d)((?:\s*(?:,\s*and|,|and|&|through|to|-|\u2013|\u2014)\s*(?:Items?\s+)?\d{1,2}[A-C]?\b)*)/gi;
    for (let l = list.exec(sentence); l; l = list.exec(sentence)) {
      const nums = [l[1]!, ...Array.from(l[2]!.matchAll(/\d{1,2}[A-C]?/g), (x) => x[0])];
      const span = /through|to|-|\u2013|\u2014/i.test(l[2]!) && nums.length === 2 && /^\d+$/.test(nums[0]! + nums[1]!);
      const codes = span
        ? Array.from({ length: Math.min(20, Math.max(0, Number(nums[1]) - Number(nums[0]) + 1)) }, (_, k) =>
            String(Number(nums[0]) + k),
          )
        : nums;
      for (const code of codes) out.push({ code: code.toUpperCase(), target });
    }
  }
  return out;
}

/** Start of the sentence holding `at`: after the previous ". " or blank line, at most 1,200 characters back. */
function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - 1200);
  for (let i = at - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) continue;
    const prev = text.charCodeAt(i - 1);
    if (prev === 46 /* . */) return i + 1;
    if (c === 10) {
      // A blank line: this newline, then only spaces back to another newline.
      let k = i - 1;
      while (k > floor && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
      if (text.charCodeAt(k) === 10) return i + 1;
    }
  }
  return floor;
}

export const MDA_HEADING = ANNUAL_REPORT_HEADINGS['7']!;

/**
 * Offset of the heading `pattern` that starts prose (not a contents line: followed by at least
 * `minLetters` letters before the next line that is also a match), searching from `from`.
 */
export function findProseHeading(
  text: string,
  pattern: RegExp,
  from = 0,
  minLetters = 200,
): { start: number; lineEnd: number; title: string } | null {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const lineEnd = m.index + m[0].length;
    const probe = text.slice(lineEnd, lineEnd + 600);
    let letters = 0;
    for (let i = 0; i < probe.length; i++) {
      const c = probe.charCodeAt(i) | 32;
      if (c >= 97 && c <= 122) letters++;
    }
    // A contents line ends in a page number; a wrapped line of prose has lower-case words.
    if (letters >= minLetters && !/\d{1,3}\s*$/.test(m[0]) && headingLike(m[0])) {
      let start = m.index;
      while (/[ \t\f]/.test(text[start]!)) start++;
      return { start, lineEnd, title: m[0].trim().replace(/\s+/g, ' ').slice(0, 160) };
    }
  }
  return null;
}

/** Every word of four letters or more is capitalised: "Management's Discussion and Analysis". */
function headingLike(line: string): boolean {
  return !/(?:^|[\s(])[a-z][a-z’'`]{3,}/.test(line);
}
