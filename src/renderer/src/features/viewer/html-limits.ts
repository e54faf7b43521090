// What the formatted view may be asked to lay out. Chromium's HTML parser (and DOMPurify
// over its result) slows down quadratically with the number of elements left open at once:
// 10,000 unclosed <div>s take seconds to parse, 100,000 took a minute. So the nesting is
// measured on the text, before anything parses it, in one pass; past the caps the viewer
// shows the text instead, with a note. No DOM here: this runs anywhere (and is unit-tested).

/** Characters of HTML the formatted view takes (a large 10-K with inline XBRL is ~10 MB). */
export const MAX_FORMATTED_CHARS = 32 * 1024 * 1024;
/**
 * Elements open at once. Real filings stay in the tens (an old filing of unclosed <font>s in
 * table cells is still closed by its cells; the deepest of the corpus holds 155); 1,000
 * open elements parse and sanitise in about 0.1 s.
 */
export const MAX_FORMATTED_NESTING = 1_000;

export type FormattedLimit = { ok: true; nesting: number } | { ok: false; reason: string };

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen', 'image', 'isindex', 'spacer',
]); // prettier-ignore
/** Elements whose content is raw text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'noscript']);
/** Not counted: the parser opens them once whatever the markup says. */
const IGNORED = new Set(['html', 'head', 'body']);
/** A start tag of these closes an open element of the same kind in its scope (implied end tags). */
const SCOPED: Record<string, { closes: string[]; scope: string[] }> = {
  td: { closes: ['td', 'th'], scope: ['table'] },
  th: { closes: ['td', 'th'], scope: ['table'] },
  tr: { closes: ['tr', 'td', 'th'], scope: ['table', 'tbody', 'thead', 'tfoot'] },
  tbody: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  thead: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  tfoot: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  li: { closes: ['li'], scope: ['ul', 'ol', 'table', 'td', 'th'] },
  dt: { closes: ['dt', 'dd'], scope: ['dl', 'table', 'td', 'th'] },
  dd: { closes: ['dt', 'dd'], scope: ['dl', 'table', 'td', 'th'] },
  option: { closes: ['option'], scope: ['select', 'optgroup'] },
};
/** Block starts that close an open <p> (in the same cell). */
const CLOSES_P = new Set(
  'address article aside blockquote center details dir div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr li menu nav ol p pre section table ul'.split(
    ' ',
  ),
);
const CLOSE_P = { closes: ['p'], scope: ['table', 'td', 'th', 'button'] };
const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup']);

/**
 * The most elements an HTML parser holds open at once for this text, closely approximated
 * in linear time and memory: the stack of open elements with the implied end tags of tables,
 * lists and paragraphs. Stops counting past `stopAt`.
 */
export function nestingDepth(html: string, stopAt = Infinity): number {
  const stack: string[] = [];
  // name -> indexes in `stack` where it is open, so closing finds it without a scan.
  const open = new Map<string, number[]>();
  const truncate = (length: number) => {
    while (stack.length > length) open.get(stack.pop()!)!.pop();
  };
  /** Index of the last open element named in `names`, or -1. */
  const last = (names: string[]) => {
    let at = -1;
    for (const name of names) at = Math.max(at, open.get(name)?.at(-1) ?? -1);
    return at;
  };
  /** Closes the outermost open element named in `closes` that is inside the nearest `scope`. */
  const closeInScope = ({ closes, scope }: { closes: string[]; scope: string[] }) => {
    const inside = last(scope);
    let at = Infinity;
    for (const name of closes) {
      const p = open.get(name)?.at(-1) ?? -1;
      if (p > inside && p < at) at = p;
    }
    if (at !== Infinity) truncate(at);
  };
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)|<!--|<[!?]/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html)) !== null) {
    const after = m.index + m[0].length;
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', after);
      tag.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const close = html.indexOf('>', after);
    tag.lastIndex = close < 0 ? html.length : close + 1;
    if (m[2] === undefined) continue; // <!doctype>, <?xml?>
    const name = m[2].toLowerCase();
    if (m[1]) {
      const at = open.get(name)?.at(-1);
      if (at !== undefined) truncate(at);
      continue;
    }
    if (VOID.has(name) || IGNORED.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = tag.lastIndex;
      tag.lastIndex = end.exec(html) ? end.lastIndex : html.length;
      continue;
    }
    if (name === 'plaintext') break;
    // Outside a table, the parser ignores table parts altogether.
    if (TABLE_PARTS.has(name) && last(['table']) < 0) continue;
    const scoped = SCOPED[name];
    if (scoped) closeInScope(scoped);
    if (CLOSES_P.has(name)) closeInScope(CLOSE_P);
    let positions = open.get(name);
    if (!positions) open.set(name, (positions = []));
    positions.push(stack.length);
    stack.push(name);
    if (stack.length > max) max = stack.length;
    if (max > stopAt) break;
  }
  return max;
}

/** Whether the formatted view can show this HTML, or why it shows the text instead. */
export function formattedLimit(html: string): FormattedLimit {
  if (html.length > MAX_FORMATTED_CHARS) {
    return {
      ok: false,
      reason: `This document's HTML is too large to lay out (${Math.round(html.length / 1024 / 1024)} MB; the limit is ${MAX_FORMATTED_CHARS / 1024 / 1024} MB).`,
    };
  }
  const nesting = nestingDepth(html, MAX_FORMATTED_NESTING);
  if (nesting > MAX_FORMATTED_NESTING) {
    return {
      ok: false,
      reason: `This document's HTML nests elements more than ${MAX_FORMATTED_NESTING.toLocaleString('en-US')} deep, too deep to lay out.`,
    };
  }
  return { ok: true, nesting };
}
