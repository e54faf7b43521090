// Issue 12, item 10: temporary files of a killed export are removed at the next start of the
// app, from the folders it exported to (remembered in settings.json).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanExportFolders, rememberExportFolder } from '../../../src/main/electron/export-folders';
import { MAX_EXPORT_FOLDERS, readSettings, writeSettings } from '../../../src/main/electron/settings';
import { tempDir } from '../core/indexer/fixtures';

const CHILD = join(import.meta.dirname, '../../hostile/children/endless-export.ts');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts an export into `outPath` that never ends, SIGKILLs it once its temporary file exists; returns that file's name. */
async function killedExport(outPath: string): Promise<string> {
  const dir = join(outPath, '..');
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, outPath], { stdio: 'ignore' });
  const exited = new Promise((res) => child.once('exit', res));
  const end = Date.now() + 30_000;
  while (!readdirSync(dir).some((n) => n.endsWith('.tmp')) && Date.now() < end) await sleep(50);
  child.kill('SIGKILL');
  await exited;
  const temp = readdirSync(dir).find((n) => n.endsWith('.tmp'));
  expect(temp).toMatch(new RegExp(`\\.${child.pid}-[0-9a-f]{12}\\.tmp$`));
  return temp!;
}

describe('export folders cleaned at start', () => {
  it('removes the temporary file of an export killed with SIGKILL, and nothing else', { timeout: 60_000 }, async () => {
    const settingsPath = join(tempDir('edgar-settings-'), 'settings.json');
    writeSettings(settingsPath, { archivePath: '/data/archive.db' });
    const dir = tempDir('edgar-export-');
    // The save dialog's choice is remembered before the export starts.
    rememberExportFolder(settingsPath, join(dir, 'results.csv'));
    const temp = await killedExport(join(dir, 'results.csv'));
    const live = `.other.csv.${process.pid}-0123456789ab.tmp`;
    writeFileSync(join(dir, live), 'in progress');
    writeFileSync(join(dir, 'kept.csv'), 'a,b\n');

    // The next start.
    expect(await cleanExportFolders(settingsPath)).toEqual([join(dir, temp)]);
    expect(existsSync(join(dir, temp))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([live, 'kept.csv']);
    expect(readSettings(settingsPath).archivePath).toBe('/data/archive.db');
  });

  it('keeps the latest folders first, each once, and ignores damaged entries', async () => {
    const settingsPath = join(tempDir('edgar-settings-'), 'settings.json');
    for (let i = 0; i < MAX_EXPORT_FOLDERS + 2; i++) rememberExportFolder(settingsPath, `/exports/${i}/a.csv`);
    rememberExportFolder(settingsPath, '/exports/3/b.csv');
    const folders = readSettings(settingsPath).exportFolders!;
    expect(folders).toHaveLength(MAX_EXPORT_FOLDERS);
    expect(folders.slice(0, 3)).toEqual(['/exports/3', '/exports/9', '/exports/8']);
    expect(new Set(folders).size).toBe(folders.length);

    writeFileSync(settingsPath, JSON.stringify({ exportFolders: ['relative/dir', 42, '/ok'] }));
    expect(readSettings(settingsPath).exportFolders).toEqual(['/ok']);
    // A folder that is gone is no failure.
    writeSettings(settingsPath, { exportFolders: ['/no/such/folder'] });
    expect(await cleanExportFolders(settingsPath)).toEqual([]);
  });
});
