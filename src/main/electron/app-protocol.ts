import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/csp';

/**
 * The renderer is served from `app://edgar-archive/` rather than file://: the page gets an
 * origin of its own (file:// pages share one, and may read any file:// URL the CSP lets
 * through), its 'self' means only the built renderer, and the handler decides which files
 * exist: those under out/renderer, nothing else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'edgar-archive';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must run before the app is ready. `standard` gives the scheme an origin and relative URLs,
 * `secure` a secure context, `supportFetchAPI` and `corsEnabled` let the page load its
 * module scripts (Vite's `<script type="module" crossorigin>`). No `bypassCSP`: the page's
 * policy applies as it did on file://.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/**
 * The file under `root` that an app:// URL names, or null when it names none: another host,
 * a path that leaves `root` (`..`, in any encoding), a backslash or NUL, or a malformed URL.
 * `/` is the index page.
 */
export function appFileOf(rawUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null; // a malformed %-escape
  }
  if (/[\\\0]/.test(path)) return null;
  if (path === '/') path = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  const inside = relative(base, file);
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}

const refused = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * Serves app:// from `root` (out/renderer) with `fetchFile` (Electron's net.fetch, which reads
 * file:// URLs, inside an asar too). Every response carries the app's CSP, as the session's
 * header hook gives the http(s) responses; anything outside `root` is a 404.
 */
export function serveAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  fetchFile: (url: string) => Promise<Response>,
  root: string,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refused(405, 'Method not allowed');
    const file = appFileOf(request.url, root);
    if (!file) return refused(404, 'Not found');
    let response: Response;
    try {
      response = await fetchFile(pathToFileURL(file).href);
    } catch {
      return refused(404, 'Not found'); // net.fetch rejects for a file that is not there
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}
