import { memoryBackendStore } from '../../../src/main/api/backend-settings';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../../src/main/electron/app-paths';
import { electronPlatform } from '../../../src/main/electron/dialogs';

function platform(answers: {
  open?: { canceled: boolean; filePaths: string[] };
  save?: { canceled: boolean; filePath?: string };
  openPath?: string;
  confirm?: number;
}) {
  const calls: string[] = [];
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => (calls.push(`open:${args.length}`), answers.open),
    showSaveDialog: async (...args: unknown[]) => (calls.push(`save:${args.length}`), answers.save),
    showMessageBox: async (_window: unknown, options: { detail: string; buttons: string[] }) => (
      calls.push(`confirm:${options.detail}:${options.buttons.join('|')}`),
      { response: answers.confirm ?? 1 }
    ),
  } as unknown as Dialog;
  const shell = {
    openPath: async (p: string) => (calls.push(`openPath:${p}`), answers.openPath ?? ''),
    showItemInFolder: (p: string) => void calls.push(`show:${p}`),
    openExternal: async (u: string) => void calls.push(`external:${u}`),
  } as unknown as Shell;
  const window = {} as BrowserWindow;
  return {
    calls,
    platform: electronPlatform({
      dialog,
      shell,
      window: () => window,
      samplesDir: '/app/samples/filings',
      backendSettings: memoryBackendStore(),
      onSavePath: (p) => void calls.push(`saved:${p}`),
    }),
  };
}

describe('the Electron platform', () => {
  it('returns the picked folder, or null when the dialog is dismissed', async () => {
    expect(await platform({ open: { canceled: false, filePaths: ['/data/edgar'] } }).platform.chooseFolder()).toBe(
      '/data/edgar',
    );
    expect(await platform({ open: { canceled: true, filePaths: [] } }).platform.chooseFolder()).toBeNull();
  });

  it('adds a folder named by the page only when the user picks "Add Folder" in a dialog showing its path', async () => {
    const yes = platform({ confirm: 0 });
    expect(await yes.platform.confirmFolder('/data/secret')).toBe(true);
    expect(yes.calls).toEqual(['confirm:/data/secret:Add Folder|Cancel']);
    expect(await platform({ confirm: 1 }).platform.confirmFolder('/data/secret')).toBe(false);
  });

  it('attaches dialogs to the window so they are modal to it', async () => {
    const { calls, platform: p } = platform({ save: { canceled: false, filePath: '/tmp/x.csv' } });
    expect(await p.chooseSavePath('edgar-export.csv')).toBe('/tmp/x.csv');
    // The destination is reported (the app remembers its folder to clean it at start).
    expect(calls).toEqual(['save:2', 'saved:/tmp/x.csv']);
  });

  it('returns null for a dismissed save dialog', async () => {
    const dismissed = platform({ save: { canceled: true } });
    expect(await dismissed.platform.chooseSavePath('a.csv')).toBeNull();
    expect(dismissed.calls).toEqual(['save:2']);
    expect(await platform({ save: { canceled: false, filePath: '' } }).platform.chooseSavePath('a.csv')).toBeNull();
  });

  it("turns shell.openPath's error string into a failure", async () => {
    await expect(
      platform({ openPath: 'No application knows how to open this' }).platform.openPath('/x.txt'),
    ).rejects.toThrow(/No application/);
    const ok = platform({});
    await ok.platform.openPath('/x.txt');
    await ok.platform.revealPath('/x.txt');
    expect(ok.calls).toEqual(['openPath:/x.txt', 'show:/x.txt']);
  });
});

describe('appPaths', () => {
  const base = { mainDir: '/app/out/main', appRoot: '/app', userData: '/home/u/.config/EDGAR Archive' };

  it("shares the CLI's default database and finds the bundles beside out/main", () => {
    expect(
      appPaths({ ...base, env: { XDG_DATA_HOME: '/home/u/.local/share' }, platform: 'linux', exists: () => false }),
    ).toEqual({
      dbPath: '/home/u/.local/share/edgar-archive/archive.db',
      preload: '/app/out/preload/index.cjs',
      rendererDir: '/app/out/renderer',
      archiveProcess: '/app/out/main/archiveProcess.js',
      samplesDir: '/app/samples/filings',
      settings: '/home/u/.config/EDGAR Archive/settings.json',
      backendSettings: '/home/u/.config/EDGAR Archive/backend.json',
      errorLog: '/home/u/.config/EDGAR Archive/logs/main.log',
    });
  });

  it('opens the archive remembered from File > Open Archive…, unless EDGAR_ARCHIVE_DB names one', () => {
    expect(appPaths({ ...base, env: {}, rememberedDb: '/data/old.db' }).dbPath).toBe('/data/old.db');
    expect(appPaths({ ...base, env: { EDGAR_ARCHIVE_DB: '/tmp/a.db' }, rememberedDb: '/data/old.db' }).dbPath).toBe(
      '/tmp/a.db',
    );
  });

  it("keeps opening an archive an earlier version kept in userData until the CLI's default exists", () => {
    const env = { XDG_DATA_HOME: '/home/u/.local/share' };
    const legacy = '/home/u/.config/EDGAR Archive/archive.db';
    const shared = '/home/u/.local/share/edgar-archive/archive.db';
    const only =
      (...present: string[]) =>
      (p: string) =>
        present.includes(p);
    expect(appPaths({ ...base, env, platform: 'linux', exists: only(legacy) }).dbPath).toBe(legacy);
    expect(appPaths({ ...base, env, platform: 'linux', exists: only(legacy, shared) }).dbPath).toBe(shared);
    expect(appPaths({ ...base, env, platform: 'linux', exists: only() }).dbPath).toBe(shared);
  });

  it('runs the archive process from app.asar.unpacked and takes the samples from the resources when packaged', () => {
    const packaged = appPaths({
      mainDir: '/opt/EDGAR Archive/resources/app.asar/out/main',
      appRoot: '/opt/EDGAR Archive/resources/app.asar',
      userData: '/home/u/.config/EDGAR Archive',
      env: {},
      isPackaged: true,
      resourcesDir: '/opt/EDGAR Archive/resources',
    });
    expect(packaged.archiveProcess).toBe('/opt/EDGAR Archive/resources/app.asar.unpacked/out/main/archiveProcess.js');
    expect(packaged.samplesDir).toBe('/opt/EDGAR Archive/resources/samples/filings');
    expect(packaged.preload).toBe('/opt/EDGAR Archive/resources/app.asar/out/preload/index.cjs');
  });
});
