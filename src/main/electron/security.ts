import type { HandlerDetails, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/csp';
import { safeExternalUrl } from '../api/external-url';

/** Sends the CSP with every response the session loads (the page's <meta> repeats it). */
export function applyContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** The app needs no camera, microphone, notifications, geolocation...: every request is refused. */
export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * The one navigation a frame may make: the filing viewer's frame loading its sanitised
 * srcdoc document, and in-document moves (an #anchor scrolling, the app's hash routes),
 * which load nothing. Everything else, in the main frame or any subframe, is denied.
 */
export function allowsFrameNavigation(details: {
  url: string;
  isMainFrame: boolean;
  isSameDocument: boolean;
}): boolean {
  if (details.isSameDocument) return true;
  return !details.isMainFrame && /^about:srcdoc(#|$)/.test(details.url);
}

/**
 * The page never navigates away, no frame of it loads another page (will-frame-navigate),
 * it never embeds a <webview> and never opens windows. A link to
 * an http(s) page opens in the system browser instead; anything else is dropped.
 */
export function lockDownContents(contents: Contents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!allowsFrameNavigation(event)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    const url = safeExternalUrl(details.url);
    if (url) openExternal(url);
    return { action: 'deny' };
  });
}
