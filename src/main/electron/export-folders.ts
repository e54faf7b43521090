// Temporary files of a killed export (kill -9, a crash, a power cut) are removed at the next
// start (issue 12, item 10): the app remembers the folders it exported to (the save dialog's
// choices, in settings.json) and, at start, removes from each the temporary files whose
// writing process is gone (removeStaleTemps). Plain Node: no Electron here.
import { dirname, resolve } from 'node:path';
import { removeStaleTemps } from '../core/export/atomic-file';
import { MAX_EXPORT_FOLDERS, readSettings, writeSettings } from './settings';

/** Remembers the folder of `outPath`, an export's destination, first in the list. Best effort: never throws. */
export function rememberExportFolder(settingsPath: string, outPath: string): void {
  const settings = readSettings(settingsPath);
  const folder = dirname(resolve(outPath));
  const exportFolders = [folder, ...(settings.exportFolders ?? []).filter((f) => f !== folder)].slice(
    0,
    MAX_EXPORT_FOLDERS,
  );
  try {
    writeSettings(settingsPath, { ...settings, exportFolders });
  } catch {
    // An unwritable settings file costs only the clean-up at the next start, never the export.
  }
}

/** Removes stale export temporaries from every remembered folder; returns the paths removed. Never throws. */
export async function cleanExportFolders(settingsPath: string): Promise<string[]> {
  const folders = readSettings(settingsPath).exportFolders ?? [];
  const removed = await Promise.all(folders.map((f) => removeStaleTemps(f)));
  return removed.flat();
}
