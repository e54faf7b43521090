// Readable text of a plain-text EDGAR document: the 1990s SGML markup (<PAGE>, <TABLE>,
// <CAPTION>, <S>, <C>, <FN>...) is removed while its text stays; <PAGE> becomes a form feed
// so page structure survives. One indexOf-driven pass; nothing else is touched.

/** Tags removed from text documents (upper-cased, without the slash). */
const MARKUP = new Set([
  'TABLE',
  'CAPTION',
  'S',
  'C',
  'FN',
  'R',
  'F1',
  'F2',
  'F3',
  'F4',
  'F5',
  'F6',
  'F7',
  'F8',
  'F9',
  'NAME',
  'ARTICLE',
  'LEGEND',
  'MULTIPLIER',
  'CURRENCY',
  'PERIOD-TYPE',
  'FISCAL-YEAR-END',
  'PERIOD-START',
  'PERIOD-END',
  'EXCHANGE-RATE',
  'CIK',
  'NUMBER',
  'SERIES',
  'RESTATED',
  'TOTAL-ASSETS',
]);
const MAX_TAG = 40;

export function sgmlText(raw: string): string {
  const out: string[] = [];
  let last = 0;
  let pos = raw.indexOf('<');
  let close = -1;
  while (pos >= 0) {
    // The next '>' is searched again only once passed: "<<<<…>" stays linear.
    if (close <= pos) close = raw.indexOf('>', pos + 1);
    if (close < 0) break;
    if (close - pos <= MAX_TAG) {
      const name = raw
        .slice(pos + 1, close)
        .replace(/^\//, '')
        .toUpperCase();
      if (name === 'PAGE') {
        out.push(raw.slice(last, pos), '\f');
        last = close + 1;
      } else if (MARKUP.has(name)) {
        out.push(raw.slice(last, pos));
        last = close + 1;
      }
    }
    pos = raw.indexOf('<', pos + 1);
  }
  out.push(raw.slice(last));
  return normalizeLines(out.join(''));
}

/**
 * CRLF -> LF, NULs dropped, trailing blanks trimmed per line, runs of blank lines capped at two.
 * A manual line loop: a regex like /[ \t]+$/gm is quadratic on long runs of blanks.
 */
export function normalizeLines(s: string): string {
  let t = s.indexOf('\r') >= 0 ? s.replace(/\r\n?/g, '\n') : s;
  if (t.indexOf('\0') >= 0) t = t.replace(/\0/g, '');
  const out: string[] = [];
  let blanks = 0;
  let pos = 0;
  while (pos <= t.length) {
    let nl = t.indexOf('\n', pos);
    if (nl < 0) nl = t.length;
    const line = trimBlanksEnd(t.slice(pos, nl));
    pos = nl + 1;
    if (line === '') {
      blanks++;
      if (blanks > 2) continue;
    } else blanks = 0;
    out.push(line);
  }
  return out.join('\n').trim();
}

/** Trims trailing spaces and tabs only (String#trimEnd would also eat the form feeds of page breaks). */
function trimBlanksEnd(line: string): string {
  let e = line.length;
  while (e > 0) {
    const c = line.charCodeAt(e - 1);
    if (c !== 0x20 && c !== 0x09) break;
    e--;
  }
  return e === line.length ? line : line.slice(0, e);
}
