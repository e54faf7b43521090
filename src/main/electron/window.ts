import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './window-options';

/** Opens the main window on the built renderer (or the dev server) and shows it once painted. */
export function createMainWindow(opts: {
  preloadPath: string;
  rendererIndex: string;
  devServerUrl?: string;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(opts.preloadPath));
  window.once('ready-to-show', () => window.show());
  if (opts.devServerUrl) void window.loadURL(opts.devServerUrl);
  else void window.loadFile(opts.rendererIndex);
  return window;
}
