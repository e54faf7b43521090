import { BrowserWindow } from 'electron';
import { guardWindowLoad } from './load-guard';
import { mainWindowOptions } from './window-options';

/**
 * Opens the main window on the built renderer (app://, or the dev server) and shows it once painted;
 * a page that fails to load or dies is reloaded once, then replaced by an error page.
 */
export function createMainWindow(opts: {
  preloadPath: string;
  /** The page's URL when no dev server serves it (app-protocol.ts). */
  appUrl: string;
  devServerUrl?: string;
  logPath: string;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(opts.preloadPath));
  window.once('ready-to-show', () => window.show());
  guardWindowLoad(window.webContents, { show: () => window.show(), logPath: opts.logPath, log: console });
  if (opts.devServerUrl) void window.loadURL(opts.devServerUrl);
  else void window.loadURL(opts.appUrl);
  return window;
}
