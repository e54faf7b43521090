// Full submissions (SGML with or without PEM/IMS envelope, and .nc): header + documents.
import type { Filing } from '../filing';
import { PrimaryPicker } from './cover-merge';
import { decodeBytes } from './decode';
import { readDocumentContent, type ReadDocument } from './document-content';
import { findFirstDocument, splitDocuments } from './documents';
import { buildHeaderFacts } from './header-builder';
import { headerItems } from './header-items';
import type { HeaderFacts } from './header-types';
import { readNcHeaderFields } from './nc-header';
import { undoDashEscaping } from './pem';
import { readSgmlHeaderFields } from './sgml-header';

export interface SubmissionOptions {
  nc: boolean;
  pem: boolean;
  keepHtml: boolean;
}

/**
 * Fills `filing` in place (so a failure part-way still leaves what was read); returns the
 * primary document (with its markup, for the cover reader), or null when there is none.
 */
export function readSubmission(bytes: Uint8Array, filing: Filing, opts: SubmissionOptions): ReadDocument | null {
  const firstDoc = findFirstDocument(bytes);
  const headerEnd = firstDoc >= 0 ? firstDoc : bytes.length;
  let headerText = decodeBytes(bytes.subarray(0, headerEnd)).text;
  if (opts.pem) headerText = undoDashEscaping(headerText);
  const header = buildHeaderFacts(opts.nc ? readNcHeaderFields(headerText) : readSgmlHeaderFields(headerText));
  applyHeader(filing, header);

  if (firstDoc < 0) {
    if (filing.accessionNumber == null) filing.warnings.push('no header facts and no <DOCUMENT> blocks found');
    return null;
  }
  const picker = new PrimaryPicker(filing.formType);
  for (const raw of splitDocuments(bytes, firstDoc)) {
    const r = readDocumentContent(bytes, raw, { pem: opts.pem, keepHtml: opts.keepHtml });
    picker.offer(r);
    filing.documents.push(r.document);
  }
  if (header.documentCount != null && header.documentCount !== filing.documents.length) {
    filing.warnings.push(
      `PUBLIC DOCUMENT COUNT is ${header.documentCount} but the file has ${filing.documents.length} <DOCUMENT> blocks; using the blocks`,
    );
  }
  return picker.primary;
}

function applyHeader(filing: Filing, header: HeaderFacts): void {
  const facts = ['accessionNumber', 'formType', 'filedDate', 'periodOfReport', 'acceptanceDateTime'] as const;
  for (const fact of facts) {
    const value = header[fact];
    if (value == null) continue;
    filing[fact] = value;
    filing.sources[fact] = 'header';
  }
  if (header.companies.length) {
    filing.companies = header.companies;
    filing.sources.companies = 'header';
  }
  if (header.items.length) {
    filing.items = headerItems(header.items, header.filedDate, header.formType);
    filing.sources.items = 'header';
  }
  Object.assign(filing.extra, header.extra);
}
