import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** A regular file found under a root, or a path that could not be walked (kept as a per-file error). */
export type ScanEntry =
  { kind: 'file'; path: string; size: number; mtimeMs: number } | { kind: 'error'; path: string; reason: string };

export interface WalkOptions {
  /** Absolute paths never reported (the database and its -wal/-shm when it lives inside a root). */
  exclude?: ReadonlySet<string>;
  signal?: AbortSignal;
  /** Deeper folders become errors: a guard against pathological nesting. */
  maxDepth?: number;
}

const describe = (err: unknown): string => {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return `unreadable (permission denied)`;
  if (code === 'ELOOP') return 'symlink loop';
  if (code === 'ENOENT') return 'dangling symlink or vanished during the scan';
  if (code === 'ENAMETOOLONG') return 'path too long';
  return `unreadable (${code ?? (err instanceof Error ? err.message : String(err))})`;
};

/** Folders deeper than this below a root are not walked (nor watched: see indexer/watch.ts). */
export const MAX_WALK_DEPTH = 64;

const dirKey = (s: Stats) => `${s.dev}:${s.ino}`;

/** Entries between two yields to the event loop (so a cancel or a progress event gets through). */
const YIELD_EVERY = 500;

/**
 * Walks `root` depth-first in name order. The file-system calls are synchronous (an order of
 * magnitude faster than their promise versions for many small calls) and the walk yields to
 * the event loop every few hundred entries. Symlinks are followed (downloaders and users
 * link folders together), but a link back to a folder on the current path is a loop and
 * becomes an error entry, as do unreadable folders and special files: the walk never
 * hangs and never throws for one bad path. Each real folder (device and inode) is walked
 * once, by the first path in walk order that reaches it.
 */
export async function* walkFolder(root: string, opts: WalkOptions = {}): AsyncGenerator<ScanEntry> {
  const maxDepth = opts.maxDepth ?? MAX_WALK_DEPTH;
  let rootStat: Stats;
  try {
    rootStat = statSync(root);
  } catch (err) {
    yield { kind: 'error', path: root, reason: describe(err) };
    return;
  }
  if (!rootStat.isDirectory()) {
    yield* classifyStat(root, rootStat);
    return;
  }
  let seen = 0;
  // Every real folder is walked once, by the first path that reaches it: links that fan out
  // to the same folders (two links per level, 18 levels) give each file once, not 2^18 times.
  const walked = new Set<string>([dirKey(rootStat)]);
  yield* walkDir(root, [dirKey(rootStat)], 0);

  async function* walkDir(dir: string, ancestors: string[], depth: number): AsyncGenerator<ScanEntry> {
    if (opts.signal?.aborted) return;
    if (depth > maxDepth) {
      yield { kind: 'error', path: dir, reason: `folder nested deeper than ${maxDepth} levels` };
      return;
    }
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      yield { kind: 'error', path: dir, reason: `folder ${describe(err)}` };
      return;
    }
    for (const name of names) {
      if (++seen % YIELD_EVERY === 0) await new Promise((res) => setImmediate(res));
      if (opts.signal?.aborted) return;
      const path = join(dir, name);
      if (opts.exclude?.has(path)) continue;
      let s: Stats;
      try {
        const l = lstatSync(path);
        s = l.isSymbolicLink() ? statSync(path) : l;
      } catch (err) {
        // Node decodes names as UTF-8; a name that is not comes back with U+FFFD and no
        // longer names the file.
        const reason = name.includes('\ufffd')
          ? 'file name is not valid UTF-8 (cannot be opened by name)'
          : describe(err);
        yield { kind: 'error', path, reason };
        continue;
      }
      if (s.isDirectory()) {
        const key = dirKey(s);
        if (ancestors.includes(key)) {
          const target = safeRealpath(path);
          yield { kind: 'error', path, reason: `symlink loop (links back to ${target})` };
          continue;
        }
        // Reached before by another path (a second link to it): its files are indexed there.
        if (walked.has(key)) continue;
        walked.add(key);
        yield* walkDir(path, [...ancestors, key], depth + 1);
      } else {
        yield* classifyStat(path, s);
      }
    }
  }
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return '?';
  }
}

function* classifyStat(path: string, s: Stats): Generator<ScanEntry> {
  // Never open FIFOs, sockets or devices: reading one can block forever.
  if (!s.isFile()) yield { kind: 'error', path, reason: 'not a regular file (device, FIFO or socket)' };
  else yield { kind: 'file', path, size: s.size, mtimeMs: Math.trunc(s.mtimeMs) };
}
