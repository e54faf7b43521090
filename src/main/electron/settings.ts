import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the app remembers between runs (userData/settings.json). */
export interface Settings {
  /** The archive.db last opened with File > Open Archive… (or chosen after a failure). */
  archivePath?: string;
}

export function readSettings(path: string): Settings {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return {};
    const archivePath = (parsed as Settings).archivePath;
    return typeof archivePath === 'string' && archivePath ? { archivePath } : {};
  } catch {
    return {}; // missing or damaged: defaults
  }
}

export function writeSettings(path: string, settings: Settings): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(settings, null, 2) + '\n');
}
