// The PEM wrapper (RFC 1421) of 1993-2008 submissions "dash-stuffs" every line that begins
// with '-' by prefixing "- "; undoing it restores lines such as "-----" rules in tables.
// indexOf loops rather than /^- /gm: V8 runs multiline anchors slowly on large texts.

export function undoDashEscaping(text: string): string {
  const parts: string[] = [];
  let last = 0;
  if (text.startsWith('- ')) last = 2;
  let at = text.indexOf('\n- ');
  if (at < 0 && last === 0) return text;
  while (at >= 0) {
    parts.push(text.slice(last, at + 1));
    last = at + 3;
    at = text.indexOf('\n- ', last - 1);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Whether a text lost its PEM wrapper but kept the stuffing (documents cut out of 1990s
 * submissions): some line starts with "- -" and every line starting with '-' starts with "- ".
 */
export function looksDashStuffed(text: string): boolean {
  if (!text.startsWith('- -') && text.indexOf('\n- -') < 0) return false;
  if (text.startsWith('-') && !text.startsWith('- ')) return false;
  for (let at = text.indexOf('\n-'); at >= 0; at = text.indexOf('\n-', at + 2)) {
    if (text.charCodeAt(at + 2) !== 32) return false;
  }
  return true;
}
