import { join } from 'node:path';
import { defaultDbPath, unpackedPath } from '../core/paths';

export interface AppPaths {
  dbPath: string;
  preload: string;
  rendererIndex: string;
  samplesDir: string;
  /** The archive process's entry (out/main/archiveProcess.js). */
  archiveProcess: string;
  settings: string;
  /** Where unexpected main-process errors are logged. */
  errorLog: string;
}

/**
 * Where the app finds its parts. `mainDir` is out/main (the bundle's folder); `appRoot` is
 * app.getAppPath(), which holds native/; `resourcesDir` (process.resourcesPath) holds the
 * packaged app's extra resources (samples). The database is, in order: EDGAR_ARCHIVE_DB, the
 * archive last opened with File > Open Archive…, or the CLI's default (core/paths.ts), so the
 * app and `edgar-archive` share one archive.
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
}): AppPaths {
  const samplesDir =
    opts.isPackaged && opts.resourcesDir
      ? join(opts.resourcesDir, 'samples', 'filings')
      : join(opts.appRoot, 'samples', 'filings');
  return {
    dbPath: opts.env.EDGAR_ARCHIVE_DB || opts.rememberedDb || defaultDbPath(opts.env, opts.platform),
    preload: join(opts.mainDir, '..', 'preload', 'index.cjs'),
    rendererIndex: join(opts.mainDir, '..', 'renderer', 'index.html'),
    archiveProcess: unpackedPath(join(opts.mainDir, 'archiveProcess.js')),
    samplesDir,
    settings: join(opts.userData, 'settings.json'),
    errorLog: join(opts.userData, 'logs', 'main.log'),
  };
}
