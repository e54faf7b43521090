// parseFiling: the bytes of one file -> Filing. Never throws: an internal failure becomes a
// warning and whatever was read so far is returned. Header facts come first; the cover page
// of the primary document (readCover) then fills what the header lacks.
import type { Filing } from '../filing';
import { readCover } from './cover';
import { coverInput, mergeCover } from './cover-merge';
import { detectFormat } from './detect';
import { readDocumentContent, type ReadDocument } from './document-content';
import { emptyFiling } from './empty';
import { decodeBytes } from './decode';
import { settleIdentity } from './identity';
import { indexHeadersSubmission, isIndexHeadersPage } from './index-headers';
import { sectionIndex } from './sections';
import { notFilingByText } from './not-filing';
import { readSubmission } from './submission';

export { toParsedFileJson } from './parsed-json';

export interface ParseOptions {
  /** The file's path: names the document of a header-less file, and may carry its accession number. */
  path?: string;
  /** Keep the raw HTML of HTML documents in FilingDocument.html (the viewer uses it). */
  keepHtml?: boolean;
  /** Locate the Items of 10-K/10-Q/8-K/20-F filings (default true; the index bench turns it off to measure it). */
  sections?: boolean;
}

export function parseFiling(bytes: Uint8Array, opts: ParseOptions = {}): Filing {
  const filing = emptyFiling();
  try {
    const detected = detectFormat(bytes);
    filing.format = detected.format;
    if (detected.format === 'unknown') {
      filing.warnings.push(detected.reason ?? 'not a filing');
      return filing;
    }
    const keepHtml = opts.keepHtml === true;
    const sgml = detected.format === 'html' ? indexHeadersBytes(bytes) : null;
    if (sgml) {
      filing.format = 'sgml';
      readSubmission(sgml, filing, { nc: false, pem: false, keepHtml });
    } else {
      const primary =
        detected.format === 'sgml' || detected.format === 'nc'
          ? readSubmission(bytes, filing, { nc: detected.format === 'nc', pem: detected.pem, keepHtml })
          : readBareDocument(bytes, filing, opts.path ?? null, keepHtml);
      if (primary) mergeCover(filing, readCover(coverInput(primary, filing.filedDate)));
    }
    const notFiling = notFilingByText(filing);
    if (notFiling) return notAFiling(notFiling);
    if (opts.sections !== false) {
      const index = sectionIndex(filing);
      filing.sections = index.sections;
      filing.sectionsUnresolved = index.unresolved;
    }
  } catch (err) {
    filing.warnings.push(`parser error: ${err instanceof Error ? err.message : String(err)}`);
  }
  settleIdentity(filing, opts.path ?? null);
  return filing;
}

/** A file the parser read but that is not a filing: no facts, no documents, the reason. */
function notAFiling(why: string): Filing {
  const out = emptyFiling();
  out.format = 'unknown';
  out.warnings.push(`not a filing: ${why}`);
  return out;
}

/** An EDGAR -index-headers.html page as the SGML submission it shows, or null for other HTML. */
function indexHeadersBytes(bytes: Uint8Array): Uint8Array | null {
  if (!isIndexHeadersPage(decodeBytes(bytes.subarray(0, 8192)).text)) return null;
  const sgml = indexHeadersSubmission(decodeBytes(bytes).text);
  return sgml ? new TextEncoder().encode(sgml) : null;
}

/** A file that is one document without any header (plain text, HTML, inline XBRL, XML form). */
function readBareDocument(bytes: Uint8Array, filing: Filing, path: string | null, keepHtml: boolean): ReadDocument {
  const filename = path ? (path.split(/[\\/]/).pop() ?? null) : null;
  const read = readDocumentContent(
    bytes,
    { type: null, sequence: 1, filename, description: null, textStart: 0, textEnd: bytes.length },
    { pem: false, keepHtml },
  );
  filing.documents.push(read.document);
  return read;
}
