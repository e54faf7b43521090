import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface ReadLimits {
  /** Files larger than this on disk are refused without reading them. */
  maxFileBytes: number;
  /** A .gz that inflates beyond this is refused (a gzip bomb must not exhaust memory). */
  maxInflatedBytes: number;
  /**
   * Text of one file (its bytes, inflated when gzipped), refused above this before any decode:
   * well under V8's longest string (2^29 - 24 units, ~512 MiB), past which decoding aborts the
   * whole process rather than throwing.
   */
  maxTextBytes: number;
  /**
   * Text of one document of a file (a header-less file is one document). Parsing a document
   * holds about 12 times its size (HTML, measured), so this bounds one parse's memory.
   */
  maxDocumentBytes: number;
  /**
   * The SGML header of a submission (before its first document). A header is read field by
   * field, never laid out, so it may be larger than a document: a dissemination .nc may list
   * a million companies in 100 MB.
   */
  maxHeaderBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 1024 * MB,
  maxInflatedBytes: 1024 * MB,
  maxTextBytes: 256 * MB,
  maxDocumentBytes: 64 * MB,
  maxHeaderBytes: 128 * MB,
};

export type FileBytes = { ok: true; raw: Buffer; content: Buffer; gzipped: boolean } | { ok: false; reason: string };

/**
 * Called before memory is committed to a read: `bytes` is what the read will hold at most
 * (raw plus inflated), and may grow once when a gzip inflates past its stated size. It may
 * block (the parse workers' shared memory budget).
 */
export type Reserve = (bytes: number) => void;

export const mb = (n: number) => `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;

export const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * Reads one file whole, inflating it when its first bytes are a gzip header (the name is
 * not trusted). Never throws: I/O problems and limits become a reason. Text over the limits
 * is refused before it is read or inflated past the limit.
 */
export function readFileBytes(path: string, limits: Partial<ReadLimits> = {}, reserve?: Reserve): FileBytes {
  const lim = { ...DEFAULT_READ_LIMITS, ...limits };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return { ok: false, reason: 'empty file (0 bytes)' };
    if (size > lim.maxFileBytes)
      return { ok: false, reason: `too large (${mb(size)}; the limit is ${mb(lim.maxFileBytes)})` };
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    const gzipped = isGzip(head);
    if (!gzipped && size > lim.maxTextBytes) return { ok: false, reason: textTooLarge(size, lim) };
    const hint = gzipped ? statedSize(fd, size) : 0;
    const cap = Math.min(lim.maxInflatedBytes, lim.maxTextBytes);
    // A gzip's trailer states its inflated size (mod 4 GiB, of its last member only): a hint
    // to reserve memory by, never trusted to bound the inflation.
    const expected = gzipped ? Math.min(cap, Math.max(hint, size)) : 0;
    reserve?.(size + expected);
    const raw = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, raw, off, size - off, off);
      if (n === 0) break; // truncated while we read it: keep what is there
      off += n;
    }
    const bytes = off === size ? raw : raw.subarray(0, off);
    if (!isGzip(bytes)) return { ok: true, raw: bytes, content: bytes, gzipped: false };
    if (expected < cap) {
      // Inflate within the reservation first; past it, reserve up to the cap and inflate again.
      const first = inflate(bytes, expected, lim);
      if (first.ok || !first.overflow) return result(bytes, first);
      reserve?.(size + cap);
    }
    return result(bytes, inflate(bytes, cap, lim));
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  } finally {
    closeSync(fd);
  }
}

function textTooLarge(size: number, lim: ReadLimits): string {
  return `text too large (${mb(size)}; the limit is ${mb(lim.maxTextBytes)})`;
}

/** The ISIZE field of a gzip's last 8 bytes: the inflated size of its last member, mod 2^32. */
function statedSize(fd: number, size: number): number {
  if (size < 18) return 0;
  const tail = Buffer.alloc(4);
  readSync(fd, tail, 0, 4, size - 4);
  return tail.readUInt32LE(0);
}

type Inflated = { ok: true; content: Buffer } | { ok: false; reason: string; overflow: boolean };

function result(raw: Buffer, r: Inflated): FileBytes {
  return r.ok ? { ok: true, raw, content: r.content, gzipped: true } : { ok: false, reason: r.reason };
}

function inflate(raw: Buffer, max: number, lim: ReadLimits): Inflated {
  try {
    // maxOutputLength stops the inflation as soon as it passes `max`: a bomb never holds more.
    const content = gunzipSync(raw, { maxOutputLength: Math.max(1, max) });
    if (content.length === 0) return { ok: false, reason: 'empty file (gzip of 0 bytes)', overflow: false };
    return { ok: true, content };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (
      code === 'ERR_BUFFER_TOO_LARGE' ||
      (err instanceof RangeError && /maxOutputLength|too large/i.test(err.message))
    ) {
      const reason =
        max >= lim.maxTextBytes
          ? `text too large (over ${mb(lim.maxTextBytes)} inflated; the limit is ${mb(lim.maxTextBytes)})`
          : `gzip inflates beyond the limit of ${mb(max)}`;
      return { ok: false, reason, overflow: true };
    }
    return { ok: false, reason: `corrupt gzip (${(err as Error).message})`, overflow: false };
  }
}

function ioReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'unreadable (permission denied)';
  if (e.code === 'ENOENT') return 'vanished before it could be read';
  if (e.code === 'EISDIR') return 'not a regular file';
  return `unreadable (${e.code ?? e.message})`;
}
