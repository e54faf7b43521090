// One catalog part as one blob (catalog-store.ts keeps them in search_catalog): its string lists
// as JSON, its integer arrays as raw bytes. Loading a part is a JSON.parse of its distinct
// values and a copy of its arrays, instead of the SQL scans and per-row work that build it.
import { endianness } from 'node:os';

/** A part's contents: distinct values by name, integer arrays by name. */
export interface PackedPart {
  strings: Record<string, string[]>;
  arrays: Record<string, Int32Array>;
}

/** Bumped when the layout of any part changes: a blob of another version is ignored (rebuilt). */
export const CATALOG_FORMAT = 1;
const MAGIC = 0x45414331; // "EAC1"
/** Arrays are stored in the machine's byte order; a blob is only read where it was written. */
const LITTLE = endianness() === 'LE';

interface Header {
  format: number;
  little: boolean;
  strings: Record<string, string[]>;
  arrays: [name: string, length: number][];
}

export function packPart(part: PackedPart): Buffer {
  const header: Header = {
    format: CATALOG_FORMAT,
    little: LITTLE,
    strings: part.strings,
    arrays: Object.entries(part.arrays).map(([name, a]) => [name, a.length]),
  };
  const json = Buffer.from(JSON.stringify(header));
  const headerBytes = 8 + Math.ceil(json.length / 4) * 4; // arrays start 4-aligned
  const total = headerBytes + Object.values(part.arrays).reduce((n, a) => n + a.byteLength, 0);
  const out = Buffer.alloc(total);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  let at = headerBytes;
  for (const a of Object.values(part.arrays)) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

/** The part in `blob`, or null when it is not one this version wrote on this machine. */
export function unpackPart(blob: Uint8Array): PackedPart | null {
  const buf = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) return null;
  const jsonLength = buf.readUInt32LE(4);
  if (8 + jsonLength > buf.length) return null;
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLength)) as Header;
  } catch {
    return null;
  }
  if (header.format !== CATALOG_FORMAT || header.little !== LITTLE) return null;
  let at = 8 + Math.ceil(jsonLength / 4) * 4;
  const arrays: Record<string, Int32Array> = {};
  for (const [name, length] of header.arrays) {
    const end = at + length * 4;
    if (end > buf.length) return null;
    // A copy: the blob's offset need not be 4-aligned, and the part outlives the blob.
    arrays[name] = new Int32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + end));
    at = end;
  }
  return { strings: header.strings, arrays };
}
