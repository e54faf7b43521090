/**
 * The only URLs the app hands to the system browser: absolute http(s) URLs as parsed by the
 * URL standard. Parsing (not substring checks) defeats 'javascript:', 'file:', 'data:' and
 * tricks such as ' https:x' or 'HTTPS://…'. Returns the normalised URL, or null.
 */
export function safeExternalUrl(raw: string): string | null {
  // URL() trims C0 controls and spaces itself; refuse them so what we open is what was shown.
  if (raw !== raw.trim() || [...raw].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // 'https:evil' parses as https://evil/; insist the text really named an authority.
  if (!/^https?:\/\//i.test(raw) || url.hostname === '') return null;
  if (url.username || url.password) return null;
  return url.href;
}
