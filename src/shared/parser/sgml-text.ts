// Readable text of a plain-text EDGAR document: the 1990s SGML layout markup (<TABLE>,
// <CAPTION>, <S>, <C>, <FN>, <F1>...) is removed while its text stays; <PAGE> becomes a form
// feed so page structure survives. One indexOf-driven pass; nothing else is touched.

/**
 * Layout tags removed (upper-cased, without the slash), plus footnote markers <F1>... The
 * labels of EX-27 financial data schedules (<TOTAL-ASSETS>...) stay: there the tag is the
 * only caption of its number.
 */
const MARKUP = new Set(['TABLE', 'CAPTION', 'S', 'C', 'FN', 'R']);
const isMarkup = (name: string): boolean => MARKUP.has(name) || /^F\d{1,3}$/.test(name);
const MAX_TAG = 12;

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
      const nameStart = raw.charCodeAt(pos + 1) === 47 /* / */ ? pos + 2 : pos + 1;
      const name = raw.slice(nameStart, close).toUpperCase();
      if (name === 'PAGE') {
        out.push(raw.slice(last, pos), '\f');
        last = close + 1;
      } else if (isMarkup(name)) {
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
 * CRLF -> LF, NULs dropped, trailing blanks (spaces, tabs: not the form feeds of page breaks)
 * trimmed per line, runs of blank lines capped at two. Kept text is copied in slices between
 * the places that change; a manual loop because /[ \t]+$/gm is quadratic on long blank runs.
 */
export function normalizeLines(s: string): string {
  let t = s.indexOf('\r') >= 0 ? s.replace(/\r\n?/g, '\n') : s;
  if (t.indexOf('\0') >= 0) t = t.replace(/\0/g, '');
  const out: string[] = [];
  let last = 0; // start of the text not yet copied
  let blanks = 0;
  for (let pos = 0; pos <= t.length;) {
    let end = t.indexOf('\n', pos);
    if (end < 0) end = t.length;
    let e = end;
    while (e > pos && (t.charCodeAt(e - 1) === 32 || t.charCodeAt(e - 1) === 9)) e--;
    blanks = e === pos ? blanks + 1 : 0;
    if (blanks > 2) {
      // Drop this blank line with its newline.
      out.push(t.slice(last, pos));
      last = Math.min(end + 1, t.length);
    } else if (e < end) {
      out.push(t.slice(last, e));
      last = end;
    }
    pos = end + 1;
  }
  out.push(t.slice(last));
  return out.join('').trim();
}
