// The PEM wrapper (RFC 1421) of 1993-2008 submissions "dash-stuffs" every line that begins
// with '-' by prefixing "- "; undoing it restores lines such as "-----" rules in tables.

export function undoDashEscaping(text: string): string {
  if (text.indexOf('- ') < 0) return text;
  return text.replace(/^- /gm, '');
}

/**
 * Whether a text lost its PEM wrapper but kept the stuffing (documents cut out of 1990s
 * submissions): some line starts with "- -" and every line starting with '-' starts with "- ".
 */
export function looksDashStuffed(text: string): boolean {
  return /^- -/m.test(text) && !/^-[^ ]/m.test(text);
}
