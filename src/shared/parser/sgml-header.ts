// The classic SGML header: one `KEY:<tabs>value` per line, sections opened by a key with an
// empty value ("FILER:", "COMPANY DATA:"), plus a few `<TAG>value` lines such as
// <ACCEPTANCE-DATETIME>. Indentation is not relied upon: copies often lose it.
import type { HeaderField } from './header-types';

/** Normalises a key: upper case; '-', '_' and runs of whitespace become one space. */
export function canonicalKey(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();
}

const KEY_CHARS = /^[A-Za-z0-9][A-Za-z0-9 ()&/.'-]*$/;

/**
 * The header's fields in order, one at a time (a header may list a million companies: an
 * array of every field held ~400 MB at once). A field is yielded once no later line can
 * continue its value.
 */
export function* readSgmlHeaderFields(text: string): Generator<HeaderField> {
  let pos = 0;
  // Whether the previous line was a `KEY: value` field a wrapped value may continue.
  let open: HeaderField | null = null;
  // The last field read, not yet yielded: the next line may continue it (it is then `open`).
  let pending: HeaderField | null = null;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).trim();
    pos = end + 1;
    const field: HeaderField | null = open;
    open = null;
    if (line === '') continue;
    // A value wrapped over two lines ("...SUNDRIES [5122" then "]"): the line without a key
    // right after a field with a value continues it.
    if (field && field.value !== '' && !line.includes(':') && !line.startsWith('<') && line.length <= 100) {
      field.value = `${field.value} ${line}`;
      open = field;
      continue;
    }
    if (line.startsWith('<')) {
      const close = line.indexOf('>');
      if (close < 2 || line[1] === '/') continue;
      const tag = line.slice(1, close);
      // Envelope markers carry the file name, not a fact.
      if (/^(SEC|IMS)-(DOCUMENT|HEADER)$/i.test(tag)) continue;
      if (pending) yield pending;
      pending = { key: canonicalKey(tag), value: line.slice(close + 1).trim() };
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1 || colon > 60) continue;
    const key = line.slice(0, colon).trim();
    if (!KEY_CHARS.test(key)) continue;
    open = { key: canonicalKey(key), value: line.slice(colon + 1).trim() };
    if (pending) yield pending;
    pending = open;
  }
  if (pending) yield pending;
}
