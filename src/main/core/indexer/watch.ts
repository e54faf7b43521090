import { watch } from 'chokidar';
import { MAX_WALK_DEPTH } from '../scan/walk';

const DATABASE_FILE = /\.(db|sqlite3?)(-wal|-shm|-journal|-indexing)?$/;

export interface WatchOptions {
  /** Quiet period before a batch of changes is reported (default 1 s). */
  debounceMs?: number;
}

export interface RootWatcher {
  close(): Promise<void>;
  /** Folders being watched right now (each holds an OS watch handle). */
  watchedFolders(): number;
  /** Resolves when the initial scan of the roots is done. */
  ready: Promise<void>;
}

/**
 * Watches the archive roots and reports the changed paths (added, changed, removed files and
 * folders) in debounced batches, so a download of many files becomes one re-index.
 *
 * Symlinks are not followed: a link is reported as itself, and the indexer's walk decides
 * what it leads to (loops, each real folder once; scan/walk.ts). Followed, two links
 * (`self -> .`, `sub/up -> ..`) made the watcher descend forever. Changes inside a linked
 * folder are seen at the next run, not as they happen. The depth limit is the walk's.
 */
export function watchRoots(
  roots: readonly string[],
  onChange: (paths: string[]) => void,
  opts: WatchOptions = {},
): RootWatcher {
  const debounceMs = opts.debounceMs ?? 1000;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    if (!pending.size) return;
    const paths = [...pending].sort();
    pending.clear();
    onChange(paths);
  };
  const watcher = watch([...roots], {
    ignoreInitial: true,
    // The database may live inside a root: its own writes must not trigger a re-index.
    ignored: (path: string) => DATABASE_FILE.test(path),
    followSymlinks: false,
    depth: MAX_WALK_DEPTH,
    // Wait until a file being written has stopped growing before reporting it.
    awaitWriteFinish: { stabilityThreshold: Math.min(500, Math.round(debounceMs / 2)), pollInterval: 50 },
  });
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  watcher.on('all', (_event, path) => {
    pending.add(path);
    schedule();
  });
  // Raw file-system activity postpones a due batch: the events of files still being written
  // arrive later (awaitWriteFinish), and belong in the same batch.
  watcher.on('raw', (_event, path) => {
    if (timer && !DATABASE_FILE.test(String(path))) schedule();
  });
  // A watch error (a folder removed, a permission change) must not crash the app; the next run reports it.
  watcher.on('error', () => undefined);
  const ready = new Promise<void>((res) => watcher.once('ready', () => res()));
  return {
    ready,
    watchedFolders: () => Object.keys(watcher.getWatched()).length,
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending.clear();
      await watcher.close();
    },
  };
}
