// Byte-level scanning helpers. The parser locates structure (documents, <TEXT> blocks,
// binary payloads) in the raw bytes so that binary documents are never decoded.

/** The ASCII bytes of a marker such as "<DOCUMENT>". */
export function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0x7f;
  return out;
}

/** Whether `needle` occurs in `hay` at `pos` (exact bytes). */
export function bytesAt(hay: Uint8Array, pos: number, needle: Uint8Array): boolean {
  if (pos < 0 || pos + needle.length > hay.length) return false;
  for (let j = 0; j < needle.length; j++) if (hay[pos + j] !== needle[j]) return false;
  return true;
}

/**
 * First index of `needle` in `hay[from, end)`, or -1. Jumps between candidate first bytes
 * with the native Uint8Array.indexOf, so the scan is linear and fast.
 */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, end = hay.length): number {
  const first = needle[0];
  const last = end - needle.length;
  let i = Math.max(0, from);
  while (i <= last) {
    i = hay.indexOf(first!, i);
    if (i < 0 || i > last) return -1;
    if (bytesAt(hay, i, needle)) return i;
    i++;
  }
  return -1;
}

/** Last index of `needle` starting in `hay[from, end)`, or -1 (searches backwards from end). */
export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number, end: number): number {
  for (let i = end - needle.length; i >= from; i--) {
    if (hay[i] === needle[0] && bytesAt(hay, i, needle)) return i;
  }
  return -1;
}

/** Index of the first byte in [from, end) that is not ASCII whitespace (end when none). */
export function skipWhitespace(bytes: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x00) break;
    i++;
  }
  return i;
}

const singleByte = new TextDecoder('windows-1252');

/** Decodes a small region one byte per char (never fails): for markers and tag values. */
export function decodeSingleByte(bytes: Uint8Array, from: number, end: number): string {
  return singleByte.decode(bytes.subarray(from, end));
}
