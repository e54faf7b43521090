import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';

/** What the app remembers between runs (userData/settings.json). */
export interface Settings {
  /** The archive.db last opened with File > Open Archive… (or chosen after a failure). */
  archivePath?: string;
  /** Folders CSVs were exported to, latest first (at most MAX_EXPORT_FOLDERS): cleaned at start. */
  exportFolders?: string[];
}

export const MAX_EXPORT_FOLDERS = 8;

export function readSettings(path: string): Settings {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { archivePath, exportFolders } = parsed as Record<string, unknown>;
    const out: Settings = {};
    if (typeof archivePath === 'string' && archivePath) out.archivePath = archivePath;
    if (Array.isArray(exportFolders)) {
      const folders = exportFolders.filter((f): f is string => typeof f === 'string' && isAbsolute(f));
      if (folders.length) out.exportFolders = folders.slice(0, MAX_EXPORT_FOLDERS);
    }
    return out;
  } catch {
    return {}; // missing or damaged: defaults
  }
}

export function writeSettings(path: string, settings: Settings): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(settings, null, 2) + '\n');
}
