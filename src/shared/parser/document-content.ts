// One document's FilingDocument: classify the content range, and for text-like content
// decode it and extract readable text. Binary content is never decoded.
import type { FilingDocument } from '../filing';
import { classifyContent } from './classify';
import { decodeBytes } from './decode';
import type { RawDocument } from './documents';
import { htmlText } from './html-text';
import { looksDashStuffed, undoDashEscaping } from './pem';
import { sgmlText } from './sgml-text';
import { xmlText } from './xml-text';

export interface ContentOptions {
  pem: boolean;
  keepHtml: boolean;
}

export interface ReadDocument {
  document: FilingDocument;
  /** The decoded markup of an HTML or XML document (the cover reader reads dei: tags and XML forms), else null. */
  markup: string | null;
}

export function readDocumentContent(bytes: Uint8Array, src: RawDocument, opts: ContentOptions): ReadDocument {
  const { format, start, end } = classifyContent(bytes, src.textStart, src.textEnd, src.filename);
  const document: FilingDocument = {
    sequence: src.sequence,
    type: src.type,
    filename: src.filename,
    description: src.description,
    format,
    textChars: 0,
    text: '',
  };
  if (format !== 'text' && format !== 'html' && format !== 'xml') return { document, markup: null };
  let raw = decodeBytes(bytes.subarray(start, end)).text;
  if (opts.pem || (format === 'text' && looksDashStuffed(raw))) raw = undoDashEscaping(raw);
  if (format === 'html') {
    document.text = htmlText(raw);
    if (opts.keepHtml) document.html = raw;
  } else if (format === 'xml') document.text = xmlText(raw);
  else document.text = sgmlText(raw);
  document.textChars = document.text.length;
  return { document, markup: format === 'text' ? null : raw };
}
