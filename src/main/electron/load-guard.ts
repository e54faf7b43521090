import type { WebContents } from 'electron';

type Contents = Pick<WebContents, 'on' | 'reload' | 'loadURL'>;

/** ERR_ABORTED: a load replaced by another one (a reload, a hash change), not a failure. */
const ABORTED = -3;

/** The page shown when the window's own page cannot be shown: static text, no script. */
export function errorPage(reason: string, logPath: string): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><meta charset="utf-8"><title>EDGAR Archive</title>
<body style="font: 15px system-ui, sans-serif; margin: 3em; max-width: 40em; color: #222">
<h1 style="font-size: 1.3em">EDGAR Archive could not show its window</h1>
<p>${esc(reason)}</p><p>Your archive is safe. Quit and start the app again; details are in ${esc(logPath)}.</p>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/**
 * A page that fails to load or a renderer that dies would leave an empty (or never shown)
 * window: reload once, and if it fails again show an error page that says so.
 */
export function guardWindowLoad(
  contents: Contents,
  opts: { show: () => void; logPath: string; log?: Pick<Console, 'error'> },
): void {
  let reloaded = false;
  const recover = (reason: string) => {
    opts.log?.error(`[window] ${reason}`);
    if (!reloaded) {
      reloaded = true;
      contents.reload();
      return;
    }
    void contents.loadURL(errorPage(reason, opts.logPath));
    opts.show();
  };
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame || code === ABORTED || url.startsWith('data:')) return;
    recover(`The page did not load (${description || code}).`);
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    recover(`The window's page stopped (${details.reason}, exit code ${details.exitCode}).`);
  });
}
