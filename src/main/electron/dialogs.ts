import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { BackendSettingsStore } from '../api/backend-settings';
import type { Platform } from '../api/platform';

/** The Platform of the desktop app: native dialogs and the system shell. */
export function electronPlatform(opts: {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder' | 'openExternal'>;
  window: () => BrowserWindow | null;
  samplesDir: string;
  /** The backend settings' store (backend-store.ts: secrets sealed with safeStorage). */
  backendSettings: BackendSettingsStore;
  /** Told each export destination the user picks (the app remembers its folder). */
  onSavePath?: (path: string) => void;
}): Platform {
  const { dialog, shell } = opts;
  return {
    samplesDir: opts.samplesDir,
    loadBackendSettings: () => opts.backendSettings.loadBackendSettings(),
    saveBackendSettings: (settings, secret) => opts.backendSettings.saveBackendSettings(settings, secret),
    async chooseFolder() {
      const options = { title: 'Open a folder of EDGAR filings', properties: ['openDirectory' as const] };
      const window = opts.window();
      const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    async confirmFolder(folder) {
      const options = {
        type: 'question' as const,
        title: 'Add a folder to the archive',
        message: 'Add this folder to the archive and index it?',
        detail: folder,
        buttons: ['Add Folder', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const window = opts.window();
      const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return answer.response === 0;
    },
    async chooseSavePath(defaultName) {
      const options = {
        title: 'Export results as CSV',
        defaultPath: defaultName,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
      const window = opts.window();
      const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return null;
      opts.onSavePath?.(picked.filePath);
      return picked.filePath;
    },
    async openPath(path) {
      // shell.openPath reports failure as a message, not a rejection.
      const failure = await shell.openPath(path);
      if (failure) throw new Error(`Could not open ${path}: ${failure}`);
    },
    async revealPath(path) {
      shell.showItemInFolder(path);
    },
    async openExternal(url) {
      await shell.openExternal(url);
    },
  };
}
