// Decides what a document's content is by looking at its first bytes (and the file name as a
// hint): uuencoded payloads, PDF, images, zip and Excel are binary and never decoded.
// Also peels the <XBRL>/<XML>/<PDF> wrappers EDGAR puts inside <TEXT>.
import type { DocumentFormat } from '../filing';
import { ascii, bytesAt, decodeSingleByte, skipWhitespace } from './bytes';

export interface Classified {
  format: DocumentFormat;
  /** Byte range of the content proper, wrappers removed. */
  start: number;
  end: number;
}

const WRAPPERS = ['XBRL', 'XML', 'PDF', 'ZIP', 'EXCEL', 'JSON'].map((t) => ({
  tag: t,
  open: ascii(`<${t}>`),
  close: ascii(`</${t}>`),
}));
const SNIFF_BYTES = 4096;
const PDF_MAGIC = ascii('%PDF');
const ZIP_MAGIC = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
/** GIF, PNG, JPEG and TIFF signatures. */
const IMAGE_MAGIC = [
  ascii('GIF8'),
  Uint8Array.of(0x89, 0x50, 0x4e, 0x47),
  Uint8Array.of(0xff, 0xd8, 0xff),
  Uint8Array.of(0x49, 0x49, 0x2a, 0x00),
  Uint8Array.of(0x4d, 0x4d, 0x00, 0x2a),
];

export function classifyContent(bytes: Uint8Array, start: number, end: number, filename: string | null): Classified {
  let s = skipWhitespace(bytes, start, end);
  let e = end;
  let wrapper: string | null = null;
  for (const w of WRAPPERS) {
    if (!bytesAt(bytes, s, w.open)) continue;
    wrapper = w.tag;
    s = skipWhitespace(bytes, s + w.open.length, end);
    const closeAt = trimEnd(bytes, s, e);
    if (closeAt - w.close.length >= s && bytesAt(bytes, closeAt - w.close.length, w.close)) {
      e = trimEnd(bytes, s, closeAt - w.close.length);
    }
    break;
  }
  const format = sniff(bytes, s, e, filename, wrapper);
  return { format, start: s, end: e };
}

function trimEnd(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (
    e > start &&
    (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x0a || bytes[e - 1] === 0x0d || bytes[e - 1] === 0x09)
  )
    e--;
  return e;
}

const BINARY_EXT: Record<string, DocumentFormat> = {
  pdf: 'pdf',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  png: 'image',
  bmp: 'image',
  tif: 'image',
  tiff: 'image',
  zip: 'zip',
  xls: 'excel',
  xlsx: 'excel',
};

function extensionOf(name: string | null): string {
  const m = name ? /\.([A-Za-z0-9]{1,5})\s*$/.exec(name) : null;
  return m ? m[1]!.toLowerCase() : '';
}

function sniff(
  bytes: Uint8Array,
  s: number,
  e: number,
  filename: string | null,
  wrapper: string | null,
): DocumentFormat {
  const head = decodeSingleByte(bytes, s, Math.min(e, s + SNIFF_BYTES));
  const uu = /^begin [0-7]{3,4} (\S[^\r\n]*)/.exec(head);
  if (uu) return BINARY_EXT[extensionOf(uu[1]!)] ?? BINARY_EXT[extensionOf(filename)] ?? 'binary';
  if (bytesAt(bytes, s, PDF_MAGIC) || wrapper === 'PDF') return 'pdf';
  if (IMAGE_MAGIC.some((m) => bytesAt(bytes, s, m))) return 'image';
  if (bytesAt(bytes, s, ZIP_MAGIC)) return extensionOf(filename).startsWith('xls') ? 'excel' : 'zip';
  if (wrapper === 'ZIP') return 'zip';
  if (wrapper === 'EXCEL') return 'excel';
  const binaryByName = BINARY_EXT[extensionOf(filename)];
  if (binaryByName && looksBinary(head)) return binaryByName;
  if (looksBinary(head)) return 'binary';
  if (looksLikeHtml(head)) return 'html';
  if (/^<\?xml/i.test(head) || wrapper === 'XML' || wrapper === 'XBRL') return 'xml';
  return 'text';
}

/** Control bytes (other than tab/CR/LF/FF/NUL padding) in more than 1 of 100 sampled chars. */
function looksBinary(head: string): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control * 100 > head.length;
}

/**
 * HTML markers. 1990s text documents use <TABLE>, <S>, <C>, <CAPTION> and <PAGE> as SGML
 * markup, so those alone do not make a document HTML.
 */
export function looksLikeHtml(head: string): boolean {
  return /<(html|!doctype html|body|head|div|p|br|font|tr|td|center|span|b|i|hr|h[1-6])[\s>/]/i.test(head);
}
