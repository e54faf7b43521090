// `npm run eval:parser [-- --json] [-- --verbose]`: measures parseFiling on the real corpus.
//
// 1. Header-less primary documents (../shared/corpus/eval/<accession>.txt|.htm) against the
//    header facts they lost (<accession>.json). A fact is counted only when the document's own
//    text states it, decided by a simple normalised containment check (see `stated`):
//      formType   the form's number ("10-K405", "8-K", "13G" for "SC 13G") as a whole word,
//                 and for "/A" forms also the word "amendment"
//      name       the folded name (case, punctuation, "&"/"and", a leading "The", suffix
//                 spellings, EDGAR's "/XX/" tag: see foldCompanyName) inside the folded text
//      fileNumber the number with leading zeros of each part ignored ("001-02217" = "1-2217")
//      irsNumber  the 9 digits, with or without the dash after the 2nd digit
//      state      the jurisdiction's name ("DE" -> "delaware") as a whole word in the first
//                 15,000 characters, within 200 characters of an incorporation caption or
//                 phrase ("jurisdiction", "incorporat...", "organization", "a Delaware
//                 corporation"); a schedule's "citizenship or place of organization" is the
//                 filing person's, and an address line is nobody's incorporation
//      period     the date in a common spelling ("december 31 1997", "12/31/97", ISO...)
//      items      (8-K; no target) every item the header lists, mapped to its code for the
//                 filing date, heads a line of the text ("Item 2.02", "ITEM 5."); correct when
//                 the parser's codes are the same set
//    A counted fact is correct when the parser's value equals the header's after the same
//    normalisation (names folded, file numbers without leading zeros).
// 2. Full submissions (../shared/corpus/files, SGML/.nc): accession, form type, filing date
//    and first CIK of parseFiling against an independent regex read of the raw header.
// 3. The same submissions' primary documents read by readCover alone, against their own
//    headers, with the same "stated" rule (no target: headers and covers legitimately differ).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Company, Filing } from '../src/shared/filing';
import { readCover } from '../src/shared/parser/cover';
import { parseFiling } from '../src/shared/parser/index';
import { dateSpellings } from '../src/shared/edgar/dates';
import { itemCodeFromDescription } from '../src/shared/edgar/items';
import { foldCompanyName } from '../src/shared/edgar/names';
import { jurisdictionNames } from '../src/shared/edgar/states';

const SHARED_DIR =
  process.env.EDGAR_SHARED_DIR ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'shared');

export const COVER_FIELDS = ['formType', 'name', 'fileNumber', 'irsNumber', 'state', 'period', 'items'] as const;
export type CoverField = (typeof COVER_FIELDS)[number];
export const HEADER_FIELDS = ['accessionNumber', 'formType', 'filedDate', 'cik'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface FieldScore {
  counted: number;
  correct: number;
  /** Counted facts the parser got wrong: file, expected, actual. */
  misses: { file: string; expected: string; actual: string | null }[];
}

export interface EvalReport {
  cover: { files: number; fields: Record<CoverField, FieldScore> };
  header: { files: number; fields: Record<HeaderField, FieldScore> };
  /** readCover on the primary document of each full submission against its own header. */
  coverVsHeader: { files: number; fields: Record<CoverField, FieldScore> };
}

/** What a reader says about the facts scored: a parsed Filing or a cover reading. */
interface Reading {
  formType: string | null;
  periodOfReport: string | null;
  items: readonly { code: string }[];
  company: Partial<Company> | null;
}

interface LostFacts {
  file: string;
  filedDate: string | null;
  items: string[] | null;
  formType: string | null;
  periodOfReport: string | null;
  company: {
    role?: string;
    name?: string;
    irsNumber?: string;
    stateOfIncorporation?: string;
    fileNumber?: string;
  } | null;
}

const emptyScore = (): FieldScore => ({ counted: 0, correct: 0, misses: [] });

/** Lower case, whitespace collapsed, commas and periods dropped: the text dates are sought in. */
function foldText(text: string): string {
  return text.toLowerCase().replace(/[,.]/g, '').replace(/\s+/g, ' ');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![a-z0-9])${escape(word)}(?![a-z0-9])`).test(text);
}

export function normalizeFileNumber(s: string): string {
  return s
    .trim()
    .split('-')
    .map((p) => String(Number(p)))
    .join('-');
}

/** The form's number as documents print it: "SC 13G/A" -> "13g", "10-K405" -> "10-k405". */
function formWord(formType: string): string {
  return formType
    .toLowerCase()
    .replace(/\/a$/, '')
    .replace(/^(?:sc|def|pre)\s+/, '');
}

interface Doc {
  raw: string;
  folded: string;
  names: string;
  fileNumbers: Set<string>;
}

function docView(raw: string): Doc {
  const fileNumbers = new Set<string>();
  for (const m of raw.matchAll(/(?<![\d-])\d{1,3}-\d{3,6}(?![\d])/g)) fileNumbers.add(normalizeFileNumber(m[0]));
  return { raw, folded: foldText(raw), names: ` ${foldCompanyName(raw)} `, fileNumbers };
}

/** Whether the document's text states the expected value of a field (see the header comment). */
export function stated(field: CoverField, expected: string, doc: Doc): boolean {
  switch (field) {
    case 'formType':
      return (
        hasWord(doc.folded, formWord(expected)) && (!expected.endsWith('/A') || /amendment|\/a\b/.test(doc.folded))
      );
    case 'name':
      return doc.names.includes(` ${foldCompanyName(expected)} `);
    case 'fileNumber':
      return doc.fileNumbers.has(normalizeFileNumber(expected));
    case 'irsNumber':
      return (
        /^\d{9}$/.test(expected) &&
        new RegExp(`(?<!\\d)${expected.slice(0, 2)}[-\u2013]?${expected.slice(2)}(?!\\d)`).test(doc.raw)
      );
    case 'state':
      return jurisdictionNames(expected).some((n) => stateStated(doc.folded.slice(0, COVER_CHARS), n));
    case 'period':
      return dateSpellings(expected).some((s) => doc.folded.includes(s));
    case 'items':
      return expected
        .split(',')
        .every((code) => new RegExp(`^[ \\t]*item[ \\t]{1,6}${escape(code)}(?![\\d])`, 'im').test(doc.raw));
  }
}

/** How much of the text is the cover, for the facts only a cover states as such. */
const COVER_CHARS = 15_000;
const INCORPORATION = /jurisdiction|incorporat|organization|organized/;
const FILER_PLACE = /citizenship or place of organization/;

function stateStated(cover: string, name: string): boolean {
  const re = new RegExp(`(?<![a-z0-9])${escape(name)}(?![a-z0-9])`, 'g');
  for (const m of cover.matchAll(re)) {
    const window = cover.slice(Math.max(0, m.index - 200), m.index + name.length + 200);
    if (cover.startsWith(' corporation', m.index + name.length)) return true;
    if (INCORPORATION.test(window) && !FILER_PLACE.test(window)) return true;
  }
  return false;
}

function sameValue(field: CoverField, expected: string, actual: string | null): boolean {
  if (actual === null) return false;
  if (field === 'name') return foldCompanyName(expected) === foldCompanyName(actual);
  if (field === 'fileNumber') return normalizeFileNumber(expected) === normalizeFileNumber(actual);
  if (field === 'formType') return expected.toUpperCase() === actual.toUpperCase();
  return expected === actual;
}

/** The company the lost facts describe: same role when the parser gives one, else the first. */
function mainCompany(filing: Filing, role: string | undefined): Company | null {
  return filing.companies.find((c) => c.role === role) ?? filing.companies[0] ?? null;
}

/** A set of item codes as one comparable string: sorted, comma-joined. */
const codeSet = (codes: readonly string[]): string => [...new Set(codes)].sort().join(',');

function actualValue(field: CoverField, r: Reading): string | null {
  switch (field) {
    case 'items':
      return codeSet(r.items.map((i) => i.code));
    case 'formType':
      return r.formType;
    case 'period':
      return r.periodOfReport;
    case 'name':
      return r.company?.name ?? null;
    case 'fileNumber':
      return r.company?.fileNumber ?? null;
    case 'irsNumber':
      return r.company?.irsNumber ?? null;
    case 'state':
      return r.company?.stateOfIncorporation ?? null;
  }
}

/** The header's items (titles or codes) as codes; null when any is blank or unknown. */
function expectedItems(lost: LostFacts): string | null {
  const items = lost.items ?? [];
  const codes = items.map((i) => (i.trim() === '' ? null : itemCodeFromDescription(i, lost.filedDate)));
  if (codes.length === 0 || codes.some((c) => c === null)) return null;
  return codeSet(codes as string[]);
}

function expectedValue(field: CoverField, lost: LostFacts): string | null {
  const c = lost.company;
  const value = {
    formType: lost.formType,
    period: lost.periodOfReport,
    name: c?.name,
    fileNumber: c?.fileNumber,
    irsNumber: c?.irsNumber && !/^0+$/.test(c.irsNumber) ? c.irsNumber : null,
    state: c?.stateOfIncorporation,
    items: expectedItems(lost),
  }[field];
  return value ? value : null;
}

const emptyFields = (): Record<CoverField, FieldScore> =>
  Object.fromEntries(COVER_FIELDS.map((f) => [f, emptyScore()])) as Record<CoverField, FieldScore>;

/** Scores one document's reading against the facts it lost, counting only stated facts. */
function scoreReading(
  fields: Record<CoverField, FieldScore>,
  file: string,
  lost: LostFacts,
  r: Reading,
  text: string,
): void {
  const doc = docView(text);
  for (const field of COVER_FIELDS) {
    const expected = expectedValue(field, lost);
    if (expected === null || !stated(field, expected, doc)) continue;
    const score = fields[field];
    const actual = actualValue(field, r);
    score.counted++;
    if (sameValue(field, expected, actual)) score.correct++;
    else score.misses.push({ file, expected, actual });
  }
}

function evalCover(dir: string): EvalReport['cover'] {
  const fields = emptyFields();
  let files = 0;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const lost = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LostFacts;
    const path = join(dir, lost.file);
    const filing = parseFiling(new Uint8Array(readFileSync(path)), { path });
    const reading = { ...filing, company: mainCompany(filing, lost.company?.role) };
    scoreReading(fields, lost.file, lost, reading, filing.documents.map((d) => d.text).join('\n'));
    files++;
  }
  return { files, fields };
}

/** The header's facts in the shape of the eval corpus's .json. */
function headerFacts(filing: Filing, file: string): LostFacts {
  const c = filing.companies[0];
  return {
    file,
    filedDate: filing.filedDate,
    items: filing.items.map((i) => i.code),
    formType: filing.formType,
    periodOfReport: filing.periodOfReport,
    company: c
      ? {
          name: c.name ?? undefined,
          irsNumber: c.irsNumber ?? undefined,
          stateOfIncorporation: c.stateOfIncorporation ?? undefined,
          fileNumber: c.fileNumber ?? undefined,
        }
      : null,
  };
}

/** readCover on the submission's primary text or HTML document (XML forms have no raw markup here). */
function scoreCoverVsHeader(fields: Record<CoverField, FieldScore>, filing: Filing, file: string): boolean {
  const primary =
    filing.documents.find((d) => d.type === filing.formType && d.textChars > 0) ??
    filing.documents.find((d) => d.textChars > 0);
  if (!primary || primary.format === 'xml') return false;
  const cover = readCover({
    text: primary.text,
    html: primary.html ?? null,
    declaredType: null,
    filedDate: filing.filedDate,
  });
  const reading: Reading = { ...cover, company: cover.company };
  scoreReading(fields, file, headerFacts(filing, file), reading, primary.text);
  return true;
}

/** An independent read of a raw SGML or .nc header: just the four facts, by regex. */
export function readRawHeader(raw: string): Record<HeaderField, string | null> {
  const head = raw.slice(0, 200_000);
  const pick = (re: RegExp): string | null => re.exec(head)?.[1]?.trim() ?? null;
  const date = pick(/(?:FILED AS OF DATE:|<FILING-DATE>)\s*(\d{8})/);
  const cik = pick(/(?:CENTRAL INDEX KEY:|<CIK>)\s*(\d{1,10})/);
  return {
    accessionNumber: pick(/(?:ACCESSION NUMBER:|<ACCESSION-NUMBER>)\s*(\d{10}-\d{2}-\d{6})/),
    formType: pick(/(?:CONFORMED SUBMISSION TYPE:|<TYPE>)[ \t]*([^\n<]+)/),
    filedDate: date ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : null,
    cik: cik ? cik.padStart(10, '0') : null,
  };
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

function evalSubmissions(dir: string): Pick<EvalReport, 'header' | 'coverVsHeader'> {
  const fields = Object.fromEntries(HEADER_FIELDS.map((f) => [f, emptyScore()])) as Record<HeaderField, FieldScore>;
  const coverFields = emptyFields();
  const seen = new Set<string>();
  let files = 0;
  let coverFiles = 0;
  for (const path of walk(dir)) {
    const bytes = readFileSync(path);
    const raw = bytes.subarray(0, 200_000).toString('latin1');
    if (!/<SEC-HEADER>|<IMS-HEADER>|<SUBMISSION>/.test(raw)) continue;
    const expected = readRawHeader(raw);
    const filing = parseFiling(new Uint8Array(bytes), { path, keepHtml: true });
    const file = path.slice(dir.length + 1);
    const actual: Record<HeaderField, string | null> = {
      accessionNumber: filing.accessionNumber,
      formType: filing.formType,
      filedDate: filing.filedDate,
      cik: filing.companies[0]?.cik ?? null,
    };
    files++;
    for (const field of HEADER_FIELDS) {
      const want = expected[field];
      if (want === null) continue;
      fields[field].counted++;
      if (actual[field] === want) fields[field].correct++;
      else fields[field].misses.push({ file, expected: want, actual: actual[field] });
    }
    // The corpus holds some submissions twice (.txt and .nc): score each cover once.
    const key = filing.accessionNumber ?? file;
    if (!seen.has(key) && scoreCoverVsHeader(coverFields, filing, file)) coverFiles++;
    seen.add(key);
  }
  return { header: { files, fields }, coverVsHeader: { files: coverFiles, fields: coverFields } };
}

export function evaluateParser(sharedDir = SHARED_DIR): EvalReport {
  return {
    cover: evalCover(join(sharedDir, 'corpus', 'eval')),
    ...evalSubmissions(join(sharedDir, 'corpus', 'files')),
  };
}

export const accuracy = (s: FieldScore): number => (s.counted === 0 ? 1 : s.correct / s.counted);

/** The issue's targets: cover facts >= 97% (items: none), header facts 100%. */
const COVER_TARGET = 0.97;
const COVER_TARGETS: Record<string, number> = Object.fromEntries(
  ['formType', 'name', 'fileNumber', 'irsNumber', 'state', 'period'].map((f) => [f, COVER_TARGET]),
);
const HEADER_TARGETS: Record<string, number> = Object.fromEntries(HEADER_FIELDS.map((f) => [f, 1]));

function table(
  title: string,
  files: number,
  fields: Record<string, FieldScore>,
  targets: Record<string, number>,
  verbose: boolean,
): string {
  const rows = [
    `${title} (${files} files)`,
    `  ${'field'.padEnd(16)}${'counted'.padStart(8)}${'correct'.padStart(9)}${'accuracy'.padStart(10)}  target`,
  ];
  for (const [field, s] of Object.entries(fields)) {
    const target = targets[field];
    // Two decimals: 32/33 is 96.97%, short of 97%, and must not print as "97.0%".
    const verdict = target === undefined ? '' : `>= ${target * 100}% ${accuracy(s) >= target ? 'met' : 'SHORT'}`;
    rows.push(
      `  ${field.padEnd(16)}${String(s.counted).padStart(8)}${String(s.correct).padStart(9)}${`${(accuracy(s) * 100).toFixed(2)}%`.padStart(10)}  ${verdict}`.trimEnd(),
    );
    if (verbose)
      for (const m of s.misses) rows.push(`      ${m.file}: expected ${m.expected}, got ${m.actual ?? 'null'}`);
  }
  return rows.join('\n');
}

function main(argv: string[]): void {
  const report = evaluateParser();
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const verbose = argv.includes('--verbose');
  const sections: [string, { files: number; fields: Record<string, FieldScore> }, Record<string, number>][] = [
    ['Cover facts of header-less primary documents (corpus/eval)', report.cover, COVER_TARGETS],
    ['Header facts of full submissions (corpus/files)', report.header, HEADER_TARGETS],
    ["readCover on full submissions' primary documents vs their own headers (no target)", report.coverVsHeader, {}],
  ];
  console.log(sections.map(([title, s, targets]) => table(title, s.files, s.fields, targets, verbose)).join('\n\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
