import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { openArchiveApi, type ArchiveApi } from '../api/archive-api';
import { createAppUrlCheck } from './app-url';
import { appPaths } from './app-paths';
import { electronPlatform } from './dialogs';
import { forwardEvents, registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { applyContentSecurityPolicy, denyPermissions, lockDownContents } from './security';
import { createMainWindow } from './window';

/**
 * The Electron app's lifecycle: one instance, one window, the archive API behind IPC.
 * `mainDir` is the folder of the main bundle (out/main), where the preload and renderer are found.
 */
export function startApp(mainDir: string): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const paths = appPaths({
    mainDir,
    appRoot: app.getAppPath(),
    userData: app.getPath('userData'),
    env: process.env,
  });
  let window: BrowserWindow | null = null;
  let archive: ArchiveApi | null = null;
  const openWindow = () => {
    window = createMainWindow({ preloadPath: paths.preload, rendererIndex: paths.rendererIndex, devServerUrl });
    window.on('closed', () => (window = null));
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // Every web contents, including any the page might try to create, gets the same lock-down.
  app.on('web-contents-created', (_event, contents) =>
    lockDownContents(contents, (url) => void shell.openExternal(url)),
  );

  void app.whenReady().then(async () => {
    applyContentSecurityPolicy(session.defaultSession);
    denyPermissions(session.defaultSession);
    const platform = electronPlatform({ dialog, shell, window: () => window, samplesDir: paths.samplesDir });
    archive = await openArchiveApi({ dbPath: paths.dbPath, platform, appRoot: app.getAppPath() });
    const { dispatch } = archive;
    registerIpc(ipcMain, dispatch, {
      ownsContents: (contents) => BrowserWindow.fromWebContents(contents) === window && window !== null,
      isAppUrl: createAppUrlCheck({ rendererIndex: paths.rendererIndex, devServerUrl }),
    });
    forwardEvents(archive.events, () => (window ? [window] : []));
    const run = (channel: 'archive:chooseFolder' | 'archive:openSample' | 'index:start') =>
      void dispatch(channel, channel === 'index:start' ? {} : undefined);
    const template = menuTemplate(
      {
        openFolder: () => run('archive:chooseFolder'),
        openSample: () => run('archive:openSample'),
        reindex: () => run('index:start'),
        about: () =>
          void dialog.showMessageBox({
            title: 'About EDGAR Archive',
            message: `EDGAR Archive ${app.getVersion()}`,
            detail: 'Index folders of SEC EDGAR filings and search and read them offline.',
          }),
      },
      { isDev: devServerUrl !== undefined, isMac: process.platform === 'darwin' },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    openWindow();
    app.on('activate', () => window ?? openWindow());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Close the database and stop the worker and watchers before the process goes.
  app.on('will-quit', (event) => {
    if (!archive) return;
    event.preventDefault();
    const closing = archive;
    archive = null;
    void closing.close().finally(() => app.quit());
  });
}
