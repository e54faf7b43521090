import { pathToFileURL } from 'node:url';

/**
 * Decides whether a URL is the app's own page: the built renderer's index.html (file://) or,
 * in development, the electron-vite dev server. Used by the IPC sender check.
 */
export function createAppUrlCheck(opts: { rendererIndex: string; devServerUrl?: string }): (url: string) => boolean {
  const fileHref = pathToFileURL(opts.rendererIndex).href;
  const devOrigin = opts.devServerUrl ? new URL(opts.devServerUrl).origin : null;
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (url.protocol === 'file:') {
      // The renderer routes with the hash and query; the document itself must be ours.
      url.hash = '';
      url.search = '';
      return url.href === fileHref;
    }
    return devOrigin !== null && url.origin === devOrigin;
  };
}
