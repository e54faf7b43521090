import { join } from 'node:path';

export interface AppPaths {
  dbPath: string;
  preload: string;
  rendererIndex: string;
  samplesDir: string;
}

/**
 * Where the app finds its parts. `mainDir` is out/main (the bundle's folder); `appRoot` is
 * app.getAppPath(), which holds native/ and samples/. EDGAR_ARCHIVE_DB overrides the database
 * location as it does for the CLI (core/paths.ts).
 */
export function appPaths(opts: {
  mainDir: string;
  appRoot: string;
  userData: string;
  env: NodeJS.ProcessEnv;
}): AppPaths {
  return {
    dbPath: opts.env.EDGAR_ARCHIVE_DB || join(opts.userData, 'archive.db'),
    preload: join(opts.mainDir, '..', 'preload', 'index.cjs'),
    rendererIndex: join(opts.mainDir, '..', 'renderer', 'index.html'),
    samplesDir: join(opts.appRoot, 'samples', 'filings'),
  };
}
