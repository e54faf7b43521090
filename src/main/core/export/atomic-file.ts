// Writes a file so that its final name only ever holds a complete file: the bytes go to a
// temporary name in the same folder (so the rename cannot cross file systems), are flushed
// to disk, then renamed over the destination. Cancel or failure removes the temporary file
// and leaves whatever was under the destination name untouched.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isProcessAlive } from '../process-alive';

/**
 * Bytes queued for the disk before the source is paused: room for a few pages of CSV, so the
 * next page is built while the last one is written, and memory stays bounded.
 */
const BUFFER_BYTES = 1 << 20;

export type ChunkSource = AsyncIterable<string | Uint8Array> | Readable;

/** The hidden sibling name an unfinished file is written under; it names the writing process. */
export function tempPathFor(outPath: string): string {
  return join(dirname(outPath), `.${basename(outPath)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

const TEMP_NAME = /^\..+\.(\d+)-[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files a killed export (kill -9, a crash, a power cut) left in `dir`:
 * those whose writing process is gone. Run before every export into a folder; the app may
 * run it at start on the folders it exports to. Never throws; returns the paths removed.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = TEMP_NAME.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !isProcessAlive(Number(pid));
  });
  const removed: string[] = [];
  for (const name of stale) {
    const path = join(dir, name);
    if (
      await rm(path, { force: true }).then(
        () => true,
        () => false,
      )
    )
      removed.push(path);
  }
  return removed;
}

/**
 * Streams `source` into `outPath` atomically. Backpressure comes from pipeline(): the source
 * is pulled only as fast as the disk accepts. `signal` aborts the copy.
 */
export async function writeFileAtomically(outPath: string, source: ChunkSource, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  await removeStaleTemps(dirname(outPath));
  const tmp = tempPathFor(outPath);
  let renamed = false;
  try {
    // Opened before streaming so the file exists before any cleanup can run; 'wx' never
    // clobbers a stranger's file. flush fsyncs before close, and pipeline() resolves only
    // after close, so the bytes are on disk before the rename.
    const handle = await open(tmp, 'wx');
    const sink = createWriteStream('', { fd: handle, flush: true, highWaterMark: BUFFER_BYTES });
    await pipeline(source, sink, { signal });
    await rename(tmp, outPath);
    renamed = true;
    await syncDirectory(dirname(outPath));
  } finally {
    if (!renamed) await rm(tmp, { force: true });
  }
}

/**
 * Makes the rename itself durable. Best effort: the file is complete under its name already,
 * and Windows cannot open a directory for sync at all.
 */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
