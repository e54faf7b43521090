import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** Opens another archive.db (remembered for the next start). */
  openArchive(): void;
  openFolder(): void;
  openSample(): void;
  reindex(): void;
  about(): void;
}

/** The app menu. Reload and DevTools exist only in development. */
export function menuTemplate(
  actions: MenuActions,
  opts: { isDev: boolean; isMac: boolean },
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
      { label: 'Open Archive…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openArchive() },
      { label: 'Open Sample Archive', click: () => actions.openSample() },
      { type: 'separator' },
      { label: 'Re-index', accelerator: 'F5', click: () => actions.reindex() },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = { role: 'editMenu' };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(opts.isDev
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'About EDGAR Archive', click: () => actions.about() }],
  };
  return [...(opts.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, help];
}
