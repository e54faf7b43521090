// Cheap content checks that run before the parser: obvious non-filings are refused from
// their first bytes, so binary junk and EDGAR index listings never reach the parser.
import { NOT_A_FILING } from '../../../shared/api/file-errors';

export { NOT_A_FILING };

const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive or Office file', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a nested gzip', [0x1f, 0x8b]],
];

// The first 8 kB decide: binary formats show at once, and the parser sniffs no more either.
const SAMPLE = 8 * 1024;

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

/** Why `bytes` cannot be a filing, or null when it may be one (the parser decides the rest). */
export function sniffNonFiling(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file (0 bytes)';
  for (const [what, magic] of MAGIC) if (startsWith(bytes, magic)) return `${NOT_A_FILING} (${what})`;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    // NUL never occurs in EDGAR text; other C0 controls (but tab, LF, FF, CR) are rare.
    if (c === 0) return `${NOT_A_FILING} (binary data)`;
    if (c < 0x09 || (c > 0x0d && c < 0x20)) control++;
  }
  if (control > n / 10) return `${NOT_A_FILING} (binary data)`;
  return null;
}
