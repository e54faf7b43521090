// Bytes -> string. EDGAR filings are ASCII, UTF-8 (modern) or Windows-1252 (old filings);
// invalid UTF-8 means the legacy code page. Never throws. TextDecoder is a global in both
// Node and the browser, so this stays free of Node imports. Node builds without full ICU
// decode "windows-1252" as Latin-1, so C1 bytes are mapped explicitly.
import { fixC1 } from './cp1252';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(cp1252.decode(bytes)), encoding: 'windows-1252' };
  }
}
