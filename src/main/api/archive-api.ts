import { addRoot, listRoots } from '../core/store/roots';
import { openDatabase } from '../core/db/open';
import { startIndexWorker } from '../core/indexer/index-in-worker';
import { watchRoots } from '../core/indexer/watch';
import { warmSearch } from '../core/search/warm';
import { BackendSwitch } from './backend-switch';
import { createDispatch, type Dispatch } from './dispatch';
import { createEventHub, type EventHub } from './events';
import { ExportRunner } from './export-runner';
import { createHandlers } from './handlers';
import { IndexController, type StartIndexRun, type WatchRoots } from './index-controller';
import type { Platform } from './platform';
import { isRootOnline } from './root-online';

export interface ArchiveApiOptions {
  dbPath: string;
  platform: Platform;
  /** Folder holding native/ (the Electron build of better-sqlite3); see core/db/native.ts. */
  appRoot?: string;
  /** Watch the roots and re-index on change (the app: yes; short-lived tests may say no). */
  watch?: boolean;
  watchDebounceMs?: number;
  /**
   * Check every root for files added, changed, moved or deleted while the app was closed
   * (an incremental run of every root) right after opening; default no.
   */
  catchUp?: boolean;
  /** Folders to add as roots once open (rebuilding an archive from the folders of an old one). */
  addRoots?: readonly string[];
  /** Build the search catalog right after opening (core/search/warm.ts); default yes. */
  warmSearch?: boolean;
  /** Overrides for tests; default to the core's worker and watcher. */
  startIndex?: StartIndexRun;
  watchFolders?: WatchRoots;
}

export interface ArchiveApi {
  dispatch: Dispatch;
  events: EventHub;
  indexer: IndexController;
  close(): Promise<void>;
}

/**
 * Answers from the backend the stored settings name. Settings that no longer make one (a
 * certificate file gone) leave the embedded backend answering, with a warning in the log.
 */
async function applyStoredBackend(backends: BackendSwitch, platform: Platform): Promise<void> {
  const stored = await platform.loadBackendSettings();
  if (stored.settings.backend === 'sqlite') return;
  try {
    await backends.apply(stored.settings, stored.secret);
  } catch (err) {
    console.warn(`[archive] the saved search backend could not be used: ${err instanceof Error ? err.message : err}`);
  }
}

/** Opens the archive database and wires the contract's handlers over it, for either transport. */
export async function openArchiveApi(opts: ArchiveApiOptions): Promise<ArchiveApi> {
  const db = openDatabase(opts.dbPath, { appRoot: opts.appRoot });
  const events = createEventHub();
  const noWatch: WatchRoots = () => ({ close: async () => {} });
  const indexer = new IndexController({
    dbPath: opts.dbPath,
    listRoots: () => listRoots(db),
    start: opts.startIndex ?? ((run) => startIndexWorker({ ...run, appRoot: opts.appRoot })),
    watch: opts.watch === false ? noWatch : (opts.watchFolders ?? watchRoots),
    emit: events.emit,
    debounceMs: opts.watchDebounceMs,
    isOnline: isRootOnline,
    log: console,
  });
  const exports = new ExportRunner();
  const backends = new BackendSwitch(db, opts.dbPath);
  await applyStoredBackend(backends, opts.platform);
  const handlers = createHandlers({
    db,
    dbPath: opts.dbPath,
    backend: () => backends.current,
    backends,
    platform: opts.platform,
    indexer,
    exports,
    emit: events.emit,
  });
  for (const path of opts.addRoots ?? []) addRoot(db, path);
  // After open resolves, so the API answers its first messages; before the user's first query.
  // Again after each indexing run: the run saved the new state's catalog (indexFolders), so
  // this loads it before the user's next query; a part the run could not save (the write lock
  // was busy) is built and saved here (core/search/catalog-store.ts).
  const warmUp = () => warmSearch(db, (err) => console.error('search warm-up failed', err));
  let warm = opts.warmSearch === false ? undefined : warmUp();
  const rewarm = events.subscribe((event) => {
    if (event !== 'index:done' || !warm) return;
    warm.cancel();
    warm = warmUp();
  });
  await indexer.watchRoots();
  if (opts.catchUp) indexer.catchUp();
  return {
    dispatch: createDispatch(handlers),
    events,
    indexer,
    async close() {
      rewarm();
      warm?.cancel();
      exports.cancel();
      await indexer.close();
      await backends.close();
      db.close();
    },
  };
}
