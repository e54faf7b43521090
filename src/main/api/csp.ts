/**
 * The page's Content-Security-Policy, sent as a header by the Electron session and the
 * loopback server, and repeated in src/renderer/index.html's <meta> (a test keeps them equal).
 * Only our own scripts run: no remote script, no eval, no plugins, no form posts. The only
 * frame is the filing viewer's srcdoc document (about:srcdoc, which frame-src does not
 * govern), so no URL may be framed at all.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'none'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
