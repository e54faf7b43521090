import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MessageChannelMain,
  net,
  protocol,
  safeStorage,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { createEventHub } from '../api/events';
import { ArchiveClient } from '../relay/client';
import type { ArchiveInit } from '../relay/protocol';
import { APP_INDEX_URL, registerAppScheme, serveAppProtocol } from './app-protocol';
import { createAppUrlCheck } from './app-url';
import { appPaths } from './app-paths';
import { backendStore } from './backend-store';
import { spawnUtilityArchive } from './archive-process';
import { catchUnexpected, createCrashReporter } from './crash-log';
import { electronPlatform } from './dialogs';
import { cleanExportFolders, rememberExportFolder } from './export-folders';
import { forwardEvents, registerIpc, type SenderPolicy } from './ipc';
import { menuTemplate } from './menu';
import { askAboutOpenFailure, openWithRecovery, setAside } from './open-recovery';
import { applyContentSecurityPolicy, denyPermissions, lockDownContents } from './security';
import { readSettings, writeSettings } from './settings';
import { createMainWindow } from './window';
import { createPortHandOver } from './window-port';

/**
 * The Electron app's lifecycle: one instance, one window. The archive (database, search,
 * export, indexing, watching) lives in its own process (archive-process.ts), reached through
 * the relay (relay/client.ts); this process keeps the window, menus, dialogs and IPC checks.
 * `mainDir` is the folder of the main bundle (out/main), where the preload and renderer are found.
 */
export function startApp(mainDir: string): void {
  // Every renderer sandboxed, whatever a window's own options say (before 'ready').
  app.enableSandbox();
  // The page comes from app:// (app-protocol.ts); a privileged scheme must be declared before ready.
  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const userData = app.getPath('userData');
  const base = { mainDir, appRoot: app.getAppPath(), userData, env: process.env };
  const settingsPath = appPaths(base).settings;
  const paths = appPaths({
    ...base,
    rememberedDb: readSettings(settingsPath).archivePath,
    isPackaged: app.isPackaged,
    resourcesDir: process.resourcesPath,
  });
  const report = createCrashReporter({
    logPath: paths.errorLog,
    show: (title, content) => dialog.showErrorBox(title, content),
  });
  catchUnexpected(process, report);

  let window: BrowserWindow | null = null;
  let client: ArchiveClient | null = null;
  let quitting = false;
  /** The archive's events (through main only for a window whose port is not served yet). */
  const events = createEventHub();
  /** Our own events (the archive was opened or restarted) go to the window whatever its port. */
  const tellWindow = (at = Date.now()) => {
    if (window && !window.webContents.isDestroyed()) window.webContents.send('archive:changed', { at });
  };
  const policy: SenderPolicy = {
    ownsContents: (contents) => BrowserWindow.fromWebContents(contents) === window && window !== null,
    isAppUrl: createAppUrlCheck({ devServerUrl }),
  };
  const ports = createPortHandOver({ makeChannel: () => new MessageChannelMain(), client: () => client, policy });
  const openWindow = () => {
    window = createMainWindow({
      preloadPath: paths.preload,
      appUrl: APP_INDEX_URL,
      devServerUrl,
      logPath: paths.errorLog,
    });
    const id = window.webContents.id;
    window.on('closed', () => {
      client?.cancelOrigin(id);
      window = null;
    });
  };
  const remember = (dbPath: string) =>
    writeSettings(settingsPath, { ...readSettings(settingsPath), archivePath: dbPath });

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // Every web contents, including any the page might try to create, gets the same lock-down.
  app.on('web-contents-created', (_event, contents) =>
    lockDownContents(contents, (url) => void shell.openExternal(url)),
  );

  const platform = electronPlatform({
    dialog,
    shell,
    window: () => window,
    samplesDir: paths.samplesDir,
    // safeStorage works only after ready; the archive process asks for settings after that.
    backendSettings: backendStore(paths.backendSettings, safeStorage),
    onSavePath: (outPath) => rememberExportFolder(settingsPath, outPath),
  });
  const chooseArchive = async () => {
    const options = {
      title: 'Open an archive',
      properties: ['openFile' as const, 'promptToCreate' as const],
      filters: [{ name: 'EDGAR Archive', extensions: ['db'] }],
    };
    const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  };

  /** Starts an archive process on `init` (replacing any) and waits for it to open. */
  const startArchive = async (init: ArchiveInit) => {
    const previous = client;
    client = null;
    await previous?.close();
    const next = new ArchiveClient({
      spawn: () => spawnUtilityArchive(utilityProcess.fork, paths.archiveProcess),
      init,
      platform,
      events,
      // Each window's MessagePort to the archive process (window-port.ts): made again at every
      // start, and the window told at once when the process goes.
      onSpawn: () => void (window && ports.handOver(window.webContents)),
      onPortsGone: () => window && ports.lost(window.webContents),
      onRestart: () => {
        tellWindow();
        const options = {
          type: 'warning' as const,
          message: 'The archive process stopped and was restarted.',
          detail: 'A search, export or indexing run under way may have been interrupted: try it again.',
        };
        void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      },
      onGiveUp: (failure) => {
        void askAboutOpenFailure(dialog, failure).then((choice) => {
          if (choice === 'quit') app.quit();
          else void openArchive({ ...init }, choice === 'open-another');
        });
      },
    });
    client = next;
    return next.start();
  };

  /** Opens the archive, asking what to do while it cannot be opened; quits when told to. */
  const openArchive = async (init: ArchiveInit, pickFirst = false): Promise<boolean> => {
    let first = init;
    if (pickFirst) {
      const picked = await chooseArchive();
      if (!picked) return false;
      first = { ...init, dbPath: picked, addRoots: undefined };
    }
    const opened = await openWithRecovery(first, {
      start: startArchive,
      ask: (failure) => askAboutOpenFailure(dialog, failure),
      chooseArchive,
      setAside: (dbPath) => setAside(dbPath),
      log: console,
    });
    if (!opened) {
      quitting = true;
      app.quit();
      return false;
    }
    if (opened.dbPath !== paths.dbPath || pickFirst) remember(opened.dbPath);
    tellWindow();
    return true;
  };

  void app.whenReady().then(async () => {
    // Temporary files an export killed last time left behind (never one still being written).
    void cleanExportFolders(settingsPath);
    applyContentSecurityPolicy(session.defaultSession);
    denyPermissions(session.defaultSession);
    serveAppProtocol(protocol, (url) => net.fetch(url), paths.rendererDir);
    const init: ArchiveInit = {
      dbPath: paths.dbPath,
      appRoot: app.getAppPath(),
      samplesDir: paths.samplesDir,
      watch: true,
      catchUp: true,
    };
    const unavailable = { ok: false as const, error: { code: 'unavailable' as const, message: 'No archive is open.' } };
    registerIpc(
      ipcMain,
      async (channel, request, origin) => (client ? client.dispatch(channel, request, origin) : unavailable),
      policy,
    );
    ports.listen(ipcMain);
    // A window whose port the archive process serves gets the archive's events there.
    forwardEvents(events, () => (window && !client?.isAttached(window.webContents.id) ? [window] : []));
    const run = (channel: 'archive:chooseFolder' | 'archive:openSample' | 'index:start') =>
      void client?.dispatch(channel, channel === 'index:start' ? {} : undefined);
    const template = menuTemplate(
      {
        openArchive: () => void openArchive({ ...init, dbPath: paths.dbPath }, true),
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
    // The window opens at once; its first requests wait in the archive process until it is open.
    openWindow();
    app.on('activate', () => window ?? openWindow());
    await openArchive(init);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Close the archive process (database, worker, watchers) before this one goes.
  app.on('will-quit', (event) => {
    if (!client || quitting) return;
    event.preventDefault();
    quitting = true;
    const closing = client;
    client = null;
    void closing.close().finally(() => app.quit());
  });
}
