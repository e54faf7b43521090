import { APP_INDEX_URL } from './app-protocol';

/**
 * Decides whether a URL is the app's own page: the built renderer's index.html as the app://
 * protocol serves it (app-protocol.ts) or, in development, the electron-vite dev server. Used
 * by the IPC sender check. A file:// URL never is: the app does not load its page from files.
 */
export function createAppUrlCheck(opts: { devServerUrl?: string } = {}): (url: string) => boolean {
  const devOrigin = opts.devServerUrl ? new URL(opts.devServerUrl).origin : null;
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (devOrigin !== null && url.origin === devOrigin) return true;
    // The renderer routes with the hash and query; the document itself must be ours.
    url.hash = '';
    url.search = '';
    return url.href === APP_INDEX_URL;
  };
}
