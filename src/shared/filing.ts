// The domain model every layer shares: what the parser returns for one file.
// Pure types, no runtime code, so the renderer can import it freely.

export type FileFormat = 'sgml' | 'nc' | 'text' | 'html' | 'xml' | 'unknown';

export type CompanyRole =
  'filer' | 'subject-company' | 'filed-by' | 'reporting-owner' | 'issuer' | 'registrant' | 'depositor' | 'sponsor';

/**
 * Where a fact was read: the SGML/nc header, inline-XBRL `dei:` tags, the cover page text, or
 * the file's path (a downloader's folder or file named for the accession number).
 */
export type FactSource = 'header' | 'xbrl' | 'cover' | 'path';

/** Which date `Filing.date` is: the filed date, or (none stated) the date of report or period. */
export type DateKind = 'filed' | 'report';

export interface Address {
  street1: string | null;
  street2: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
}

export interface FormerName {
  name: string;
  /** ISO date of the name change, when the header gives it. */
  changed: string | null;
}

export interface Company {
  role: CompanyRole;
  name: string | null;
  /** 10 digits, zero padded. */
  cik: string | null;
  /** 4-digit SIC code. */
  sic: string | null;
  /** 9 digits. */
  irsNumber: string | null;
  /** 2 letters (US state or EDGAR country code). */
  stateOfIncorporation: string | null;
  /** MMDD as EDGAR writes it. */
  fiscalYearEnd: string | null;
  fileNumber: string | null;
  businessAddress: Address | null;
  mailAddress: Address | null;
  phone: string | null;
  formerNames: FormerName[];
}

export interface Item {
  /** "2.02" for post-2004 items, "5" for legacy ones. */
  code: string;
  title: string | null;
}

/** How a document's content was classified; only text and html (and xml) are indexed as text. */
export type DocumentFormat = 'text' | 'html' | 'xml' | 'pdf' | 'image' | 'zip' | 'excel' | 'binary';

export interface FilingDocument {
  sequence: number | null;
  type: string | null;
  filename: string | null;
  description: string | null;
  format: DocumentFormat;
  /** Length of `text` (0 for binary documents). */
  textChars: number;
  /** Readable text (tags removed, entities decoded); empty for binary documents. Not part of the CLI JSON. */
  text: string;
  /** The document's raw HTML, only when parsed with `keepHtml` (the viewer renders it). Not part of the CLI JSON. */
  html?: string;
}

export interface Exhibit {
  /** "99.1", "10.2"... */
  number: string;
  description: string | null;
}

export interface Signature {
  name: string | null;
  title: string | null;
  date: string | null;
}

/** One Item of a 10-K, 10-Q, 8-K or 20-F located in a document's text (see parser/sections). */
export interface Section {
  /** Index of the document in `Filing.documents` (0-based, parse order = `documents.ord`). */
  document: number;
  /** `1A`, `7`, `I.2`, `II.1A`, `2.02`. */
  code: string;
  /** The heading as printed (after the item number), trimmed; may be empty. */
  title: string;
  /** Offsets into the document's text: [start, end). `start` is the heading's first character. */
  start: number;
  end: number;
  /** 0..1: how sure the splitter is that this is the section's own heading. */
  confidence: number;
}

export interface UnresolvedSection {
  code: string;
  /** `not found`, `incorporated by reference to …`, `ambiguous`. */
  reason: string;
}

export interface Filing {
  format: FileFormat;
  accessionNumber: string | null;
  formType: string | null;
  /** ISO YYYY-MM-DD. */
  filedDate: string | null;
  periodOfReport: string | null;
  /** ISO date-time without zone as EDGAR states it (Eastern time), e.g. 2004-03-24T16:05:12. */
  acceptanceDateTime: string | null;
  /** The one date to sort, facet, plot and filter by: filedDate, else periodOfReport (ISO). */
  date: string | null;
  /** Which of the two `date` is; null when the filing states neither. */
  dateKind: DateKind | null;
  companies: Company[];
  items: Item[];
  documents: FilingDocument[];
  exhibits: Exhibit[];
  signatures: Signature[];
  /** Which source each top-level fact came from, e.g. { formType: 'header', periodOfReport: 'cover' }. */
  sources: Record<string, FactSource>;
  /** Facts that have no place above but users want to see (asset-backed series and amount, group members...). */
  extra: Record<string, string | string[]>;
  warnings: string[];
  /** Where each Item starts and ends (10-K, 10-Q, 8-K, 20-F families; empty for other forms). */
  sections: Section[];
  /** Items the form should have that could not be placed, with the reason. */
  sectionsUnresolved: UnresolvedSection[];
}

/** What `cli parse --json` prints for one file: the Filing without document text, plus path and error. */
export type ParsedFileJson = Omit<Filing, 'documents'> & {
  path: string;
  error?: string;
  documents: Omit<FilingDocument, 'text'>[];
};
