// Locates the <DOCUMENT> blocks of a submission in the raw bytes: their metadata tags and
// the byte range of their <TEXT>. Works on bytes so binary payloads are never decoded.
// Linear: each marker search resumes where the last stopped, and a missing closer is
// remembered rather than searched for again (100k unclosed openers stay linear).
import { ascii, bytesAt, decodeSingleByte, indexOfBytes, lastIndexOfBytes, skipWhitespace } from './bytes';

export interface RawDocument {
  type: string | null;
  sequence: number | null;
  filename: string | null;
  description: string | null;
  /** Byte range of the document's content (inside <TEXT>…</TEXT> when present). */
  textStart: number;
  textEnd: number;
}

const DOC_OPEN = ascii('<DOCUMENT>');
const DOC_CLOSE = ascii('</DOCUMENT>');
const TEXT_OPEN = ascii('<TEXT>');
const TEXT_CLOSE = ascii('</TEXT>');
const META_TAGS = ['TYPE', 'SEQUENCE', 'FILENAME', 'DESCRIPTION'] as const;
type MetaTag = (typeof META_TAGS)[number];
const META_MARKERS = META_TAGS.map((t) => [t, ascii(`<${t}>`)] as const);
/** The metadata lines are short; a "value" longer than this is document content. */
const MAX_META_VALUE = 1024;

/** Offset of the first <DOCUMENT> at or after `from`, or -1. */
export function findFirstDocument(bytes: Uint8Array, from = 0): number {
  return indexOfBytes(bytes, DOC_OPEN, from);
}

export function splitDocuments(bytes: Uint8Array, from: number): RawDocument[] {
  const docs: RawDocument[] = [];
  let nextClose = -2; // -2: not searched yet; -1: there is none after this point
  let open = indexOfBytes(bytes, DOC_OPEN, from);
  while (open >= 0) {
    const bodyStart = open + DOC_OPEN.length;
    if (nextClose !== -1 && nextClose < bodyStart) nextClose = indexOfBytes(bytes, DOC_CLOSE, bodyStart);
    const nextOpen = indexOfBytes(bytes, DOC_OPEN, bodyStart);
    // A block ends at its closer, or at the next opener / end of file when the closer is missing.
    let end: number;
    let after: number;
    if (nextClose >= 0 && (nextOpen < 0 || nextClose < nextOpen)) {
      end = nextClose;
      after = nextClose + DOC_CLOSE.length;
    } else {
      end = nextOpen >= 0 ? nextOpen : bytes.length;
      after = end;
    }
    docs.push(readDocument(bytes, bodyStart, end));
    open = nextOpen >= 0 && nextOpen >= after ? nextOpen : indexOfBytes(bytes, DOC_OPEN, after);
  }
  return docs;
}

/** Reads the metadata tags at the top of a block, then the <TEXT> range. */
function readDocument(bytes: Uint8Array, start: number, end: number): RawDocument {
  const meta: Partial<Record<MetaTag, string>> = {};
  let pos = skipWhitespace(bytes, start, end);
  let textStart = -1;
  for (;;) {
    if (bytesAt(bytes, pos, TEXT_OPEN)) {
      textStart = pos + TEXT_OPEN.length;
      break;
    }
    const hit = META_MARKERS.find(([, marker]) => bytesAt(bytes, pos, marker));
    if (!hit) break;
    const [tag, marker] = hit;
    const valueStart = pos + marker.length;
    const valueEnd = metaValueEnd(bytes, valueStart, Math.min(end, valueStart + MAX_META_VALUE));
    meta[tag] ??= decodeSingleByte(bytes, valueStart, valueEnd).trim();
    pos = skipWhitespace(bytes, valueEnd, end);
  }
  if (textStart < 0) textStart = pos;
  let textEnd = lastIndexOfBytes(bytes, TEXT_CLOSE, textStart, end);
  if (textEnd < 0) textEnd = end;
  const seq = meta.SEQUENCE ? Number.parseInt(meta.SEQUENCE, 10) : Number.NaN;
  return {
    type: meta.TYPE || null,
    sequence: Number.isFinite(seq) ? seq : null,
    filename: meta.FILENAME || null,
    description: meta.DESCRIPTION || null,
    textStart,
    textEnd,
  };
}

/** A tag value runs to the end of its line or the next tag (the .nc style puts several on a line). */
function metaValueEnd(bytes: Uint8Array, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const b = bytes[i];
    if (b === 0x0a || b === 0x0d || b === 0x3c) break;
    i++;
  }
  return i;
}
