import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface ReadLimits {
  /** Files larger than this on disk are refused without reading them. */
  maxFileBytes: number;
  /** A .gz that inflates beyond this is refused (a gzip bomb must not exhaust memory). */
  maxInflatedBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: 1024 * MB, maxInflatedBytes: 1024 * MB };

export type FileBytes = { ok: true; raw: Buffer; content: Buffer; gzipped: boolean } | { ok: false; reason: string };

const mb = (n: number) => `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;

export const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * Reads one file whole, inflating it when its first bytes are a gzip header (the name is
 * not trusted). Never throws: I/O problems and limits become a reason.
 */
export function readFileBytes(path: string, limits: ReadLimits = DEFAULT_READ_LIMITS): FileBytes {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return { ok: false, reason: 'empty file (0 bytes)' };
    if (size > limits.maxFileBytes)
      return { ok: false, reason: `too large (${mb(size)}; the limit is ${mb(limits.maxFileBytes)})` };
    const raw = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, raw, off, size - off, off);
      if (n === 0) break; // truncated while we read it: keep what is there
      off += n;
    }
    const bytes = off === size ? raw : raw.subarray(0, off);
    if (!isGzip(bytes)) return { ok: true, raw: bytes, content: bytes, gzipped: false };
    return inflate(bytes, limits.maxInflatedBytes);
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  } finally {
    closeSync(fd);
  }
}

function inflate(raw: Buffer, max: number): FileBytes {
  try {
    const content = gunzipSync(raw, { maxOutputLength: max });
    if (content.length === 0) return { ok: false, reason: 'empty file (gzip of 0 bytes)' };
    return { ok: true, raw, content, gzipped: true };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: `gzip inflates beyond the limit of ${mb(max)}` };
    return { ok: false, reason: `corrupt gzip (${(err as Error).message})` };
  }
}

function ioReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'unreadable (permission denied)';
  if (e.code === 'ENOENT') return 'vanished before it could be read';
  if (e.code === 'EISDIR') return 'not a regular file';
  return `unreadable (${e.code ?? e.message})`;
}
