import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_DIR } from './fixtures';
import { sampleArchiveTour } from './helpers/sample-tour';

/**
 * The Electron binary, found the way the electron package finds it but WITHOUT requiring the
 * package: its index.js downloads the binary when missing, which must not happen in a test.
 */
function electronBinary(): { path: string } | { skip: string } {
  const pkg = join(REPO_DIR, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile))
    return {
      skip: `no Electron binary installed (${pathFile} is missing; ELECTRON_SKIP_BINARY_DOWNLOAD was set or the download failed)`,
    };
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { path: binary }
    : { skip: `the Electron binary named in path.txt is missing at ${binary}` };
}

const found = electronBinary();
if ('skip' in found) console.warn(`[electron.spec] skipped: ${found.skip}`);

test.describe('the Electron app', () => {
  test.skip('skip' in found, 'skip' in found ? `Electron e2e skipped: ${found.skip}` : '');

  test('opens the sample archive, searches, opens a filing, steps through hits and exports', async () => {
    const binary = (found as { path: string }).path;
    const nativeBuilds = existsSync(join(REPO_DIR, 'native')) ? readdirSync(join(REPO_DIR, 'native')) : [];
    expect(nativeBuilds, 'the Electron build of better-sqlite3 is missing: run "npm run prepare:native"').not.toEqual(
      [],
    );

    const home = mkdtempSync(join(tmpdir(), 'edgar-electron-'));
    // Its own profile (the single-instance lock lives there) and its own database.
    const app = await electron.launch({
      executablePath: binary,
      args: [REPO_DIR, `--user-data-dir=${join(home, 'profile')}`],
      env: { ...process.env, EDGAR_ARCHIVE_DB: join(home, 'archive.db') },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('button', { name: 'Open the sample archive' })).toBeVisible();

      // The page sees the typed API and nothing of Electron or Node.
      const surface = await window.evaluate(() => {
        const g = globalThis as unknown as { edgar?: Record<string, unknown>; require?: unknown; process?: unknown };
        return { methods: Object.keys(g.edgar ?? {}).sort(), require: typeof g.require, process: typeof g.process };
      });
      expect(surface.methods).toContain('search:query');
      expect(surface.methods).not.toContain('invoke');
      expect(surface).toMatchObject({ require: 'undefined', process: 'undefined' });

      // The save dialog answers with a file in the test's folder (main process, where dialogs run).
      const exportPath = join(home, 'export.csv');
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, exportPath);
      await sampleArchiveTour(window, exportPath);
      const row = window.getByTestId('results').getByRole('row').filter({ hasText: 'NORTHWIND ORCHARD FOODS INC' });
      await window.getByTestId('search-input').fill('northwind');
      await window.getByTestId('search-input').press('Enter');
      await expect(row).toHaveCount(1, { timeout: 30_000 });
    } finally {
      await app.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
