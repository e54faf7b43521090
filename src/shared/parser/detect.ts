// Recognises what kind of file the bytes are, by content (never by extension).
import type { FileFormat } from '../filing';
import { decodeSingleByte } from './bytes';
import { looksLikeHtml } from './classify';
import { notFilingByHead } from './not-filing';

export interface Detected {
  format: FileFormat;
  /** The PEM wrapper of 1993-2008 submissions: its `- ` dash escaping must be undone. */
  pem: boolean;
  /** Why the file is 'unknown'. */
  reason: string | null;
}

const SNIFF = 8192;

export function detectFormat(bytes: Uint8Array): Detected {
  const head = decodeSingleByte(bytes, 0, Math.min(bytes.length, SNIFF)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  const trimmed = head.replace(/^[\s\0]+/, '');
  const pem = trimmed.startsWith('-----BEGIN PRIVACY-ENHANCED MESSAGE-----');
  if (trimmed.length === 0) return { format: 'unknown', pem, reason: 'not a filing: the file is empty' };
  if (pem || /<(SEC|IMS)-(DOCUMENT|HEADER)>/.test(head)) return { format: 'sgml', pem, reason: null };
  if (trimmed.startsWith('<SUBMISSION>')) return { format: 'nc', pem, reason: null };
  if (/^<DOCUMENT>/.test(trimmed)) return { format: 'sgml', pem, reason: null };
  // A header excerpt without its envelope line: "ACCESSION NUMBER:" first, then the header.
  if (/^ACCESSION[ \t]NUMBER:/.test(trimmed) && /^\s*CONFORMED SUBMISSION TYPE:/m.test(head))
    return { format: 'sgml', pem, reason: null };
  const notFiling = notFilingByHead(trimmed);
  if (notFiling) return { format: 'unknown', pem, reason: `not a filing: ${notFiling}` };
  if (isBinary(head)) return { format: 'unknown', pem, reason: 'not a filing: binary content' };
  if (/^<\?xml/i.test(trimmed) && !/<html[\s>]/i.test(head)) return { format: 'xml', pem, reason: null };
  if (looksLikeHtml(head)) return { format: 'html', pem, reason: null };
  if (/^<(ownershipDocument|edgarSubmission|informationTable)[\s>]/.test(trimmed))
    return { format: 'xml', pem, reason: null };
  return { format: 'text', pem, reason: null };
}

function isBinary(head: string): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control * 20 > head.length;
}
