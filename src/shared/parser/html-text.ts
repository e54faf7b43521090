// Readable text of an HTML (or inline XBRL) document in one indexOf-driven pass: tags are
// dropped, block elements and <br> become line breaks, table cells are separated by a tab so
// rows stay readable, script/style/comments and the hidden ix:header are skipped, entities
// are decoded and whitespace is collapsed as a browser would.
import { decodeEntities } from './entities';
import { normalizeLines } from './sgml-text';

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'blockquote',
  'pre',
  'hr',
  'center',
  'title',
  'address',
  'section',
  'article',
  'header',
  'footer',
  'form',
  'body',
  'html',
  'head',
  'tr',
  'page',
]);
const CELL = new Set(['td', 'th']);
/** Elements whose content is never readable text. */
const SKIP_CONTENT = new Set(['script', 'style', 'ix:header', 'head']);

const WS_RUN = /[ \t\r\n\f\u00a0]+/g;

export function htmlText(html: string): string {
  const out: string[] = [];
  let pos = 0;
  let pre = 0;
  const lower = (s: string): string => s.toLowerCase();
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > pos) pushText(out, html.slice(pos, textEnd), pre > 0);
    if (lt < 0) break;
    // Comments, CDATA and declarations.
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      pushText(out, html.slice(lt), pre > 0);
      break;
    }
    pos = gt + 1;
    const c1 = html.charCodeAt(lt + 1);
    const closing = c1 === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < gt && !isNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = lower(html.slice(nameStart, nameEnd));
    if (name === '' || name.startsWith('!') || name.startsWith('?')) continue;
    if (!closing && SKIP_CONTENT.has(name) && html.charCodeAt(gt - 1) !== 47) {
      pos = skipPast(html, gt + 1, name);
      if (name === 'head') out.push('\n');
      continue;
    }
    if (name === 'pre') pre += closing ? (pre > 0 ? -1 : 0) : 1;
    if (name === 'page') out.push('\n\f\n');
    else if (CELL.has(name)) {
      if (!closing) out.push('\t');
    } else if (BLOCK.has(name)) out.push('\n');
  }
  return tidy(out.join(''));
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 47 || c === 62;
}

/** Position after the closing tag of `name` (case-insensitive), or the end of input. */
function skipPast(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name.replace(':', '\\:')}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : html.length;
}

function pushText(out: string[], raw: string, pre: boolean): void {
  const decoded = decodeEntities(raw);
  out.push(pre ? decoded : decoded.replace(WS_RUN, ' '));
}

/** Per line: drop the blanks left around breaks and merge cell separators (a manual loop: no regex backtracking). */
function tidy(s: string): string {
  const lines = normalizeLines(s).split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = tidyLine(lines[i]!);
  return normalizeLines(lines.join('\n'));
}

function tidyLine(line: string): string {
  if (line.indexOf('\t') < 0 && line.charCodeAt(0) !== 32) return line;
  let out = '';
  let gap = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t') {
      if (gap !== '\t') gap = ch;
      continue;
    }
    if (gap && out) out += gap;
    gap = '';
    out += ch;
  }
  return out;
}
