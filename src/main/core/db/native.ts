import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { unpackedPath } from '../paths';

/**
 * better-sqlite3 is a native addon whose ABI differs between Node (tests, CLI, bench) and
 * Electron (the app). `npm install` keeps Node's build where npm put it and prepares an
 * Electron build under native/electron-<modules ABI>/ (scripts/prepare-native.mjs).
 * Returns the path to pass as `nativeBinding`, or undefined to let better-sqlite3 find its own.
 */
export function selectNativeBinding(
  versions: NodeJS.ProcessVersions,
  appRoot: string,
  exists: (p: string) => boolean = existsSync,
): string | undefined {
  if (!versions.electron) return undefined;
  // Packaged, the .node file is unpacked beside app.asar (a shared library cannot load from an archive).
  const candidate = unpackedPath(join(appRoot, 'native', `electron-${versions.modules}`, 'better_sqlite3.node'));
  if (!exists(candidate)) {
    throw new Error(
      `The SQLite module for Electron (ABI ${versions.modules}) is missing at ${candidate}. Run "npm run prepare:native" with internet access.`,
    );
  }
  return candidate;
}
