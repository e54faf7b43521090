import { homedir, platform } from 'node:os';
import { join } from 'node:path';

/**
 * Where the CLI keeps its database unless --db says otherwise. The app uses Electron's
 * userData folder instead; EDGAR_ARCHIVE_DB overrides both (handy for scripts).
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = platform()): string {
  if (env.EDGAR_ARCHIVE_DB) return env.EDGAR_ARCHIVE_DB;
  const home = homedir();
  if (os === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'edgar-archive', 'archive.db');
  if (os === 'darwin') return join(home, 'Library', 'Application Support', 'edgar-archive', 'archive.db');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'edgar-archive', 'archive.db');
}

/**
 * The path of a file unpacked beside a packaged app's app.asar (electron-builder's asarUnpack):
 * native modules and the scripts run as processes or threads live in app.asar.unpacked.
 */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/]|$)/, '$1app.asar.unpacked$2');
}
