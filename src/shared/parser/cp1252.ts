// Windows-1252 assigns printable characters to bytes 0x80-0x9F, where Latin-1 has C1 controls.
// Old filings (and numeric references like &#146;) use them as curly quotes and dashes.

/** Characters of bytes 0x80-0x9F in Windows-1252 (undefined bytes keep their C1 code point). */
export const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const C1 = /[\u0080-\u009f]/g;

/** Maps C1 control characters to their Windows-1252 meaning. */
export function fixC1(text: string): string {
  return text.replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}
