/**
 * The page's Content-Security-Policy, sent as a header by the Electron session and the
 * loopback server, and repeated in src/renderer/index.html's <meta> (a test keeps them equal).
 * Only our own scripts run: no remote script, no eval, no plugins; blob: frames are the
 * sanitised filing viewer.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');
