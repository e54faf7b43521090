// Finds the Electron binary the way the electron package does, WITHOUT requiring the package:
// electron 43's index.js downloads the binary on first require, which a check must not do.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PKG = join(ROOT, 'node_modules', 'electron');

/** { path } of the installed binary, or { missing } saying why there is none. */
export function electronBinary() {
  const pathFile = join(PKG, 'path.txt');
  if (!existsSync(join(PKG, 'package.json'))) return { missing: 'the electron package is not installed' };
  if (!existsSync(pathFile)) {
    return {
      missing: process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
        ? 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so its binary was not downloaded'
        : 'its binary has not been downloaded',
    };
  }
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(PKG, 'dist');
  const path = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { missing: `its binary is missing at ${path}` };
}

export function electronVersion() {
  return JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')).version;
}
