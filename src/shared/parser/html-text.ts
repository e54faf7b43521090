// Readable text of an HTML (or inline XBRL) document in one indexOf-driven pass: tags are
// dropped, block elements and <br> become line breaks, a table row stays on one line with its
// cells separated by a tab, script/style/comments and the hidden ix:header are skipped,
// entities are decoded and whitespace is collapsed as a browser would.
import { decodeEntities } from './entities';
import { normalizeLines } from './sgml-text';

/** Elements that end a line. */
const LINE = new Set(
  'div tr li dt dd caption center title address section article header footer form body html'.split(' '),
);
/** Elements set off by a blank line. */
const PARAGRAPH = new Set('p h1 h2 h3 h4 h5 h6 table thead tbody tfoot ul ol dl blockquote pre hr'.split(' '));
const CELL = new Set(['td', 'th']);
/** Elements whose content is never readable text. */
const SKIP_CONTENT = new Set(['script', 'style', 'ix:header', 'head']);

const WS_RUN = /[ \t\r\n\f\u00a0]+/g;

interface State {
  out: string[];
  pre: number;
  /** >0 inside a table cell: blocks there become spaces so the row stays on one line. */
  cell: number;
  /** Line breaks at the end of the output so far (text resets it): blocks ensure, not add, breaks. */
  breaks: number;
  /** Next "page-break-" / "PAGE-BREAK-" in the input (-1: none left), searched again only once passed. */
  nextBreak: [number, number];
}

export function htmlText(html: string): string {
  const st: State = { out: [], pre: 0, cell: 0, breaks: 2, nextBreak: [0, 0] };
  let pos = 0;
  while (pos < html.length) {
    let lt = html.indexOf('<', pos);
    // A '<' that cannot start a tag ("a < b") is text.
    while (lt >= 0 && !startsTag(html.charCodeAt(lt + 1))) lt = html.indexOf('<', lt + 1);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > pos) pushText(st, html.slice(pos, textEnd));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      pushText(st, html.slice(lt));
      break;
    }
    pos = gt + 1;
    const closing = html.charCodeAt(lt + 1) === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < gt && !isNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (name === '' || name.startsWith('!') || name.startsWith('?')) continue;
    if (!closing && SKIP_CONTENT.has(name) && html.charCodeAt(gt - 1) !== 47) {
      pos = skipPast(html, gt + 1, name);
      continue;
    }
    if (!closing && breaksPage(html, lt, gt, st)) onTag(st, 'page', false);
    onTag(st, name, closing);
  }
  return tidy(st.out.join(''));
}

function onTag(st: State, name: string, closing: boolean): void {
  if (name === 'pre') st.pre = Math.max(0, st.pre + (closing ? -1 : 1));
  if (name === 'page') {
    ensureBreaks(st, 1);
    st.out.push('\f\n');
    st.breaks = 2;
  } else if (name === 'br') {
    if (st.cell > 0) st.out.push(' ');
    else {
      st.out.push('\n');
      st.breaks++;
    }
  } else if (name === 'tr') {
    st.cell = 0;
    ensureBreaks(st, 1);
  } else if (CELL.has(name)) {
    if (closing) st.cell = Math.max(0, st.cell - 1);
    else st.out.push(st.cell++ > 0 ? ' ' : '\t');
  } else if (st.cell > 0 && (LINE.has(name) || PARAGRAPH.has(name))) {
    st.out.push(' ');
  } else if (LINE.has(name)) ensureBreaks(st, 1);
  else if (PARAGRAPH.has(name)) ensureBreaks(st, 2);
}

function ensureBreaks(st: State, n: number): void {
  while (st.breaks < n) {
    st.out.push('\n');
    st.breaks++;
  }
}

const BREAK_MARKERS = ['page-break-', 'PAGE-BREAK-'] as const;

const ALWAYS = /^(before|after)\s*:\s*always/i;

/** Whether the tag in [lt, gt] has a style page-break-before/after: always (EDGAR's page breaks). */
function breaksPage(html: string, lt: number, gt: number, st: State): boolean {
  for (let k = 0; k < BREAK_MARKERS.length; k++) {
    for (;;) {
      let at = st.nextBreak[k]!;
      if (at >= 0 && at < lt) at = st.nextBreak[k] = html.indexOf(BREAK_MARKERS[k]!, lt);
      if (at < 0 || at > gt) break;
      if (ALWAYS.test(html.slice(at + 11, Math.min(gt, at + 40)))) return true;
      // "avoid" or "auto": look past it, still inside this tag.
      st.nextBreak[k] = html.indexOf(BREAK_MARKERS[k]!, at + 1);
    }
  }
  return false;
}

/** Letters, '/', '!' and '?' can follow '<' in markup. */
function startsTag(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 47 || c === 62;
}

/** Position after the closing tag of `name` (case-insensitive), or the end of input. */
function skipPast(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : html.length;
}

function pushText(st: State, raw: string): void {
  const decoded = decodeEntities(raw);
  let text = st.pre > 0 ? decoded : decoded.replace(WS_RUN, ' ');
  // Outside <pre>, blanks at the start of a line or cell are layout, not text.
  if (st.pre === 0 && (st.breaks > 0 || st.out[st.out.length - 1] === '\t')) text = text.trimStart();
  st.out.push(text);
  if (text.trim() !== '') st.breaks = 0;
}

/** Per line: drop the blanks left around breaks and merge cell separators; at most one blank line. */
function tidy(s: string): string {
  const lines = normalizeLines(s).split('\n');
  const out: string[] = [];
  let blank = false;
  for (const raw of lines) {
    const line = tidyLine(raw);
    if (line === '') {
      if (!blank && out.length) out.push('');
      blank = true;
      continue;
    }
    blank = false;
    out.push(line);
  }
  return out.join('\n').trim();
}

/** A table row: runs of blanks holding a tab become one tab, others one space; a manual loop, no regex backtracking. */
function tidyLine(line: string): string {
  if (line.indexOf('\t') < 0) return line;
  const parts: string[] = [];
  let gap = '';
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    const blankChar = c === 32 || c === 9;
    if (!blankChar && start < 0) {
      if (gap && parts.length) parts.push(gap);
      gap = '';
      start = i;
    } else if (blankChar) {
      if (start >= 0) parts.push(line.slice(start, i));
      start = -1;
      if (i < line.length && gap !== '\t') gap = c === 9 ? '\t' : ' ';
    }
  }
  return parts.join('');
}
