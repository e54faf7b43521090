import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDbPath, unpackedPath } from '../core/paths';

export interface AppPaths {
  dbPath: string;
  preload: string;
  /** The built renderer (out/renderer): the only folder app:// serves. */
  rendererDir: string;
  samplesDir: string;
  /** The archive process's entry (out/main/archiveProcess.js). */
  archiveProcess: string;
  settings: string;
  /** The search backend's settings (backend-store.ts), its secret sealed with safeStorage. */
  backendSettings: string;
  /** Where unexpected main-process errors are logged. */
  errorLog: string;
}

/**
 * Where the app finds its parts. `mainDir` is out/main (the bundle's folder); `appRoot` is
 * app.getAppPath(), which holds native/; `resourcesDir` (process.resourcesPath) holds the
 * packaged app's extra resources (samples). The database is, in order: EDGAR_ARCHIVE_DB, the
 * archive last opened with File > Open Archive…, or the CLI's default (core/paths.ts), so the
 * app and `edgar-archive` share one archive. An archive that earlier versions kept in userData
 * (`archive.db`) stays the one opened while the CLI's default does not exist yet, so an
 * existing user never starts on an empty archive.
 */
export function appPaths(opts: {
  mainDir: string;
  appRoot: string;
  userData: string;
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  rememberedDb?: string;
  isPackaged?: boolean;
  resourcesDir?: string;
  exists?: (path: string) => boolean;
}): AppPaths {
  const exists = opts.exists ?? existsSync;
  const shared = defaultDbPath(opts.env, opts.platform);
  const legacy = join(opts.userData, 'archive.db');
  const fallback = !exists(shared) && exists(legacy) ? legacy : shared;
  const samplesDir =
    opts.isPackaged && opts.resourcesDir
      ? join(opts.resourcesDir, 'samples', 'filings')
      : join(opts.appRoot, 'samples', 'filings');
  return {
    dbPath: opts.env.EDGAR_ARCHIVE_DB || opts.rememberedDb || fallback,
    preload: join(opts.mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: join(opts.mainDir, '..', 'renderer'),
    archiveProcess: unpackedPath(join(opts.mainDir, 'archiveProcess.js')),
    samplesDir,
    settings: join(opts.userData, 'settings.json'),
    backendSettings: join(opts.userData, 'backend.json'),
    errorLog: join(opts.userData, 'logs', 'main.log'),
  };
}
