// A parsed Filing shaped for the database. Built in the parse workers (deflating text there
// spreads that work over the cores) and posted to the writer with its buffers transferred.
import { deflateRawSync } from 'node:zlib';
import { shownCompany } from '../../../shared/edgar/shown-company';
import type { DateKind, FileFormat, Filing } from '../../../shared/filing';
import { filingDate } from '../../../shared/parser/identity';
import { packCompanies, unpackCompanies } from './company-pack';

export interface PreparedDocument {
  sequence: number | null;
  type: string | null;
  filename: string | null;
  description: string | null;
  format: string;
  textChars: number;
  /** deflateRawSync of the UTF-8 text: what doc_text stores. */
  z: Uint8Array;
  /** FTS 'head' column: form type, company names, document type and description. */
  head: string;
  /** The document text (empty for binary documents); '' once posted between threads (see forTransfer). */
  text: string;
  /**
   * The same text as UTF-8 bytes in an ArrayBuffer of its own: what the FTS 'body' column is
   * bound from. FTS5 tokenizes a blob as UTF-8 text, so the writer never decodes a string,
   * and the bytes cross threads by transfer instead of a copy.
   */
  body: Uint8Array;
}

export interface PreparedCompany {
  role: string;
  name: string | null;
  cik: string | null;
  sic: string | null;
  irsNumber: string | null;
  state: string | null;
  fiscalYearEnd: string | null;
  fileNumber: string | null;
  businessAddress: string | null;
  mailAddress: string | null;
  phone: string | null;
  formerNames: string;
}

export interface PreparedFiling {
  /** Accession number, or 'sha256:<hex>' of the file's content for header-less documents without one. */
  key: string;
  accession: string | null;
  /** The accession number came from the file's path, not from its bytes. */
  pathAccession: boolean;
  format: FileFormat;
  formType: string | null;
  filedDate: string | null;
  period: string | null;
  acceptance: string | null;
  /** The filing's one date (filed, else report) and which it is: filings.date, filings.date_kind. */
  date: string | null;
  dateKind: DateKind | null;
  year: number | null;
  companyName: string | null;
  cik: string | null;
  fileNumber: string | null;
  metaJson: string;
  /** The companies; [] once posted between threads, where `packedCompanies` carries them (company-pack.ts). */
  companies: PreparedCompany[];
  packedCompanies?: Uint8Array[];
  items: { code: string; title: string | null }[];
  exhibits: { number: string; description: string | null }[];
  documents: PreparedDocument[];
  /** The section index; `document` is the index into `documents`. */
  sections: { document: number; code: string; title: string; start: number; end: number; confidence: number }[];
}

/** Which file builds a filing when several hold it: a full submission beats .nc beats a lone document. */
export function formatRank(format: string): number {
  return format === 'sgml' ? 3 : format === 'nc' ? 2 : 1;
}

/**
 * Level 1 deflates about twice as fast as the default 6 for a blob ~13% larger (measured on
 * generated filings: 0.297 vs 0.263 of the text): the parse workers are the bottleneck, and
 * the database stays far below its size budget.
 */
const DEFLATE_LEVEL = 1;

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

/** The FTS 'head' column of a document: form type, company names, document type and description. */
export function ftsHead(
  formType: string | null,
  names: string,
  type: string | null,
  description: string | null,
): string {
  return [formType, names, type, description].filter(Boolean).join(' ');
}

export function prepareFiling(filing: Filing, contentSha256: string): PreparedFiling {
  // The company the filing is listed and sorted under (the issuer of an ownership form).
  const primary = shownCompany(filing.formType, filing.companies).primary;
  const names = [...new Set(filing.companies.map((c) => c.name).filter((n): n is string => !!n))].join(' ');
  const year = filing.filedDate ? Number(filing.filedDate.slice(0, 4)) : null;
  return {
    key: filing.accessionNumber ?? `sha256:${contentSha256}`,
    accession: filing.accessionNumber,
    pathAccession: filing.accessionNumber !== null && filing.sources.accessionNumber === 'path',
    format: filing.format,
    formType: filing.formType,
    filedDate: filing.filedDate,
    period: filing.periodOfReport,
    acceptance: filing.acceptanceDateTime,
    ...filingDate(filing),
    year: year && Number.isFinite(year) ? year : null,
    companyName: primary?.name ?? null,
    cik: primary?.cik ?? null,
    fileNumber: primary?.fileNumber ?? filing.companies.find((c) => c.fileNumber)?.fileNumber ?? null,
    metaJson: JSON.stringify({
      signatures: filing.signatures,
      sources: filing.sources,
      extra: filing.extra,
      warnings: filing.warnings,
      sectionsUnresolved: filing.sectionsUnresolved,
    }),
    companies: filing.companies.map((c) => ({
      role: c.role,
      name: c.name,
      cik: c.cik,
      sic: c.sic,
      irsNumber: c.irsNumber,
      state: c.stateOfIncorporation,
      fiscalYearEnd: c.fiscalYearEnd,
      fileNumber: c.fileNumber,
      businessAddress: json(c.businessAddress),
      mailAddress: json(c.mailAddress),
      phone: c.phone,
      formerNames: JSON.stringify(c.formerNames),
    })),
    items: dedupeBy(filing.items, (i) => i.code).map((i) => ({ code: i.code, title: i.title })),
    exhibits: filing.exhibits.map((e) => ({ number: e.number, description: e.description })),
    sections: filing.sections.map((s) => ({ ...s })),
    documents: filing.documents.map((d) => {
      const body = utf8(d.text);
      return {
        sequence: d.sequence,
        type: d.type,
        filename: d.filename,
        description: d.description,
        format: d.format,
        textChars: d.textChars,
        // A copy with its own ArrayBuffer: zlib may hand back a slice of Node's shared pool,
        // which must never be transferred to another thread.
        z: new Uint8Array(deflateRawSync(body, { level: DEFLATE_LEVEL })),
        head: ftsHead(filing.formType, names, d.type, d.description),
        text: d.text,
        body,
      };
    }),
  };
}

function dedupeBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

const encoder = new TextEncoder();

/** UTF-8 of `text` in an exactly sized ArrayBuffer of its own (safe to transfer). */
function utf8(text: string): Uint8Array {
  const out = new Uint8Array(Buffer.byteLength(text, 'utf8'));
  encoder.encodeInto(text, out);
  return out;
}

/**
 * The message to post a prepared filing to another thread, and the buffers to transfer with
 * it. The text strings stay behind (a string is copied, never transferred): `body` carries it;
 * the companies go packed as bytes (company-pack.ts).
 */
export function forTransfer(f: PreparedFiling): { filing: PreparedFiling; transfer: ArrayBuffer[] } {
  const documents = f.documents.map((d) => ({ ...d, text: '' }));
  const packedCompanies = packCompanies(f.companies);
  const transfer = [
    ...documents.flatMap((d) => [d.z.buffer as ArrayBuffer, d.body.buffer as ArrayBuffer]),
    ...packedCompanies.map((c) => c.buffer as ArrayBuffer),
  ];
  return { filing: { ...f, documents, companies: [], packedCompanies }, transfer };
}

/** A prepared filing's companies in order, whether it was posted between threads or not. */
export function companiesOf(f: PreparedFiling): Iterable<PreparedCompany> {
  return f.packedCompanies ? unpackCompanies(f.packedCompanies) : f.companies;
}
