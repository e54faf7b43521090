// `npm run eval:parser [-- --json]`: measures parseFiling on the real corpus, the way a new
// user's filings would be measured. Every miss is listed.
//
// 1. Header-less primary documents (../shared/corpus/eval/<accession>.txt|.htm) against the
//    header facts they lost (<accession>.json). Documents without a cover page (letters,
//    fidelity bonds, exhibits: see eval/cover-area.ts) are skipped. A fact is counted only when
//    the document's cover area (roughly its first page, never exhibits, a table of contents
//    or the body: see coverArea) states it, decided by a simple normalised containment check
//    (see `stated`):
//      formType   the form's printed number ("10-K" for 10-K405 with its "405" box, "13G"
//                 for "SC 13G", "14A" for proxies, "424(b)(5)" for 424B5) as a whole word,
//                 and for "/A" forms also the word "amendment"
//      name       the folded name (case, punctuation, "&"/"and", a leading "The", suffix
//                 spellings, EDGAR's "/XX/" tag: see foldCompanyName) inside the folded area
//      fileNumber the number with leading zeros of each part ignored ("001-02217" = "1-2217")
//      irsNumber  the 9 digits, with or without the dash after the 2nd digit
//      state      the jurisdiction's name ("DE" -> "delaware") as a whole word within 200
//                 characters of an incorporation caption or phrase ("jurisdiction",
//                 "incorporat...", "organization", "a Delaware corporation"); a schedule's
//                 "citizenship or place of organization" is the filing person's, and an
//                 address ("Wilmington, Delaware 19801") is nobody's incorporation
//      period     the date in a common spelling ("december 31 1997", "12/31/97", ISO...)
//      items      (8-K; no target; the whole text) every item the header lists, mapped to its
//                 code for the filing date, heads a line ("Item 2.02", "ITEM 5."); correct
//                 when the parser's codes are the same set
//    A counted fact is correct when the parser's value equals the header's after the same
//    normalisation (names folded, file numbers without leading zeros, form types as EDGAR
//    codes: "10-KSB" = "10KSB", see sameFormCode). The company scored is the parser's company
//    of the header company's role (filer = registrant) with the same CIK, else the same file
//    number, else the same name, else the first of that role: never another party's.
//    Results by field and by form family (eval/families.ts).
// 2. Full submissions (../shared/corpus/files, SGML/.nc): accession, form type, filing date
//    and first CIK of parseFiling against an independent regex read of the raw header.
// 3. The same submissions' primary documents read by readCover alone, against their own
//    headers, with the same rules (no target: headers and covers legitimately differ).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Company, Filing } from '../src/shared/filing';
import { readCover } from '../src/shared/parser/cover';
import { parseFiling } from '../src/shared/parser/index';
import { dateSpellings } from '../src/shared/edgar/dates';
import { sameFormCode } from '../src/shared/edgar/form-compare';
import { itemCodeFromDescription } from '../src/shared/edgar/items';
import { foldCompanyName } from '../src/shared/edgar/names';
import { jurisdictionNames } from '../src/shared/edgar/states';
import { coverArea, noCoverReason } from './eval/cover-area';
import { FAMILIES, formFamily, type Family } from './eval/families';

const SHARED_DIR =
  process.env.EDGAR_SHARED_DIR ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'shared');

export const COVER_FIELDS = ['formType', 'name', 'fileNumber', 'irsNumber', 'state', 'period', 'items'] as const;
export type CoverField = (typeof COVER_FIELDS)[number];
/** The fields with a target (items: the header often omits items the text has). */
const TARGET_FIELDS: readonly CoverField[] = ['formType', 'name', 'fileNumber', 'irsNumber', 'state', 'period'];
export const HEADER_FIELDS = ['accessionNumber', 'formType', 'filedDate', 'cik'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface Miss {
  file: string;
  /** The field missed (family scores list misses of every field). */
  field?: string;
  expected: string;
  actual: string | null;
}

export interface FieldScore {
  counted: number;
  correct: number;
  /** Counted facts the parser got wrong: file, expected, actual. */
  misses: Miss[];
}

export interface CoverScores {
  /** Documents scored (with a cover). */
  files: number;
  /** Documents without a cover page, not scored: file and why. */
  skipped: { file: string; reason: string }[];
  fields: Record<CoverField, FieldScore>;
  /** Per form family: documents scored and the targeted fields' facts together. */
  families: Record<Family, FieldScore & { files: number }>;
}

export interface EvalReport {
  cover: CoverScores;
  header: { files: number; fields: Record<HeaderField, FieldScore> };
  /** readCover on the primary document of each full submission against its own header. */
  coverVsHeader: CoverScores;
}

/** What a reader says about the facts scored: a parsed Filing or a cover reading. */
interface Reading {
  formType: string | null;
  periodOfReport: string | null;
  items: readonly { code: string }[];
  companies: readonly Partial<Company>[];
}

interface LostFacts {
  file: string;
  documentType?: string | null;
  filedDate: string | null;
  items: string[] | null;
  formType: string | null;
  periodOfReport: string | null;
  company: {
    role?: string;
    name?: string;
    cik?: string;
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

export function normalizeFileNumber(s: string): string {
  return s
    .trim()
    .split('-')
    .map((p) => String(Number(p)))
    .join('-');
}

/** A code as a pattern where a hyphen may be missing, or stand between digits and letters
 * ("10KSB" matches "10-KSB", "N-CSR" matches "NCSR"). */
function flexible(code: string): string {
  const parts = code.toLowerCase().split(/[-\s]+/);
  return parts.map((p) => escape(p).replace(/(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/g, '-?')).join('[-\\s]?');
}

/**
 * How a cover prints an EDGAR code: the words that must all appear ("10-K405" -> "10-k" and
 * "405"; "DEF 14A" -> "14a"; "424B5" -> "424(b)(5)"), each as a whole word, hyphen optional.
 */
export function printedForm(code: string): RegExp[] {
  const c = code.toUpperCase().replace(/\/A$/, '').trim();
  const word = (w: string): RegExp => new RegExp(`(?<![a-z0-9])${flexible(w)}(?![a-z0-9])`);
  let m: RegExpExecArray | null;
  if ((m = /^(10-?K(?:SB)?)405$/.exec(c))) return [word(m[1]!), /405/];
  if ((m = /^(?:PRE|PRER|PREM|PREC|DEF|DEFA|DEFM|DEFR|DEFC|DEFN)\s?(14[AC])$/.exec(c))) return [word(m[1]!)];
  if ((m = /^SC\s?(13[DG]|14D-?9|13E-?3)$/.exec(c))) return [word(m[1]!)];
  if (/^SC\s?TO-?[TIC]$/.test(c)) return [/schedule\s?to\b/];
  if ((m = /^424B(\d)$/.exec(c))) return [new RegExp(`424\\s?\\(?b\\)?\\s?\\(?${m[1]}\\)?`)];
  if (/^48[56][AB]POS$/.test(c)) return [/48[56]/];
  if ((m = /^(S-3|F-3)ASR$/.exec(c))) return [word(m[1]!)];
  if ((m = /^(8-A)12[BG]$/.exec(c))) return [word(m[1]!)];
  if (/^13F-(?:HR|NT)$/.test(c)) return [/13f/];
  if (/^24F-2NT$/.test(c)) return [/24f-?2/];
  if ((m = /^(.+?)\s?POS$/.exec(c))) return [word(m[1]!), /post-effective/];
  return [word(c.replace(/\s+/g, ' '))];
}

interface Doc {
  raw: string;
  folded: string;
  names: string;
  fileNumbers: Set<string>;
  /** The whole text, for the one fact that is not a cover's (8-K items). */
  full: string;
}

function docView(text: string): Doc {
  const raw = coverArea(text);
  const fileNumbers = new Set<string>();
  for (const m of raw.matchAll(/(?<![\d-])\d{1,3}-\d{3,6}(?![\d])/g)) fileNumbers.add(normalizeFileNumber(m[0]));
  return { raw, folded: foldText(raw), names: ` ${foldCompanyName(raw)} `, fileNumbers, full: text };
}

/** Whether the document's cover states the expected value of a field (see the header comment). */
export function stated(field: CoverField, expected: string, doc: Doc): boolean {
  switch (field) {
    case 'formType':
      return (
        printedForm(expected).every((re) => re.test(doc.folded)) &&
        (!expected.endsWith('/A') || /amendment|\/a\b|amended/.test(doc.folded))
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
      return jurisdictionNames(expected).some((n) => stateStated(doc.folded, n));
    case 'period':
      return dateSpellings(expected).some((s) => doc.folded.includes(s));
    case 'items':
      return expected
        .split(',')
        .every((code) => new RegExp(`^[ \\t]*item[ \\t]{1,6}${escape(code)}(?![\\d])`, 'im').test(doc.full));
  }
}

const INCORPORATION = /jurisdiction|incorporat|organization|organized/;
const FILER_PLACE = /citizenship or place of organization/;
/** "wilmington delaware 19801": a state followed by a ZIP code is an address. */
const ZIP_AFTER = /^ \d{5}(?!\d)/;

function stateStated(cover: string, name: string): boolean {
  const re = new RegExp(`(?<![a-z0-9])${escape(name)}(?![a-z0-9])`, 'g');
  for (const m of cover.matchAll(re)) {
    const after = m.index + name.length;
    if (ZIP_AFTER.test(cover.slice(after, after + 7))) continue;
    const window = cover.slice(Math.max(0, m.index - 200), after + 200);
    if (cover.startsWith(' corporation', after)) return true;
    if (INCORPORATION.test(window) && !FILER_PLACE.test(window)) return true;
  }
  return false;
}

function sameValue(field: CoverField, expected: string, actual: string | null): boolean {
  if (actual === null) return false;
  if (field === 'name') return foldCompanyName(expected) === foldCompanyName(actual);
  if (field === 'fileNumber') return normalizeFileNumber(expected) === normalizeFileNumber(actual);
  if (field === 'formType') return sameFormCode(expected, actual);
  return expected === actual;
}

/** Header roles and the cover roles that stand for the same party. */
const ROLE_SIDES: Record<string, string> = {
  filer: 'filer',
  registrant: 'filer',
  'filed-by': 'filer',
  'subject-company': 'subject',
  issuer: 'subject',
  'reporting-owner': 'owner',
};
const side = (role: string | undefined): string => ROLE_SIDES[role ?? 'filer'] ?? role ?? 'filer';

/**
 * The parser's company for the header's: of the same role side, the one with the same CIK,
 * else the same file number, else the same name, else the first; never another party's.
 */
export function matchCompany(
  companies: readonly Partial<Company>[],
  want: LostFacts['company'],
): Partial<Company> | null {
  if (!want) return companies[0] ?? null;
  const same = companies.filter((c) => side(c.role) === side(want.role));
  const by = (pick: (c: Partial<Company>) => boolean): Partial<Company> | undefined => same.find(pick);
  return (
    (want.cik ? by((c) => c.cik === want.cik) : undefined) ??
    (want.fileNumber
      ? by((c) => !!c.fileNumber && normalizeFileNumber(c.fileNumber) === normalizeFileNumber(want.fileNumber!))
      : undefined) ??
    (want.name ? by((c) => !!c.name && foldCompanyName(c.name) === foldCompanyName(want.name!)) : undefined) ??
    same[0] ??
    null
  );
}

/** A set of item codes as one comparable string: sorted, comma-joined. */
const codeSet = (codes: readonly string[]): string => [...new Set(codes)].sort().join(',');

function actualValue(field: CoverField, r: Reading, company: Partial<Company> | null): string | null {
  switch (field) {
    case 'items':
      return codeSet(r.items.map((i) => i.code));
    case 'formType':
      return r.formType;
    case 'period':
      return r.periodOfReport;
    case 'name':
      return company?.name ?? null;
    case 'fileNumber':
      return company?.fileNumber ?? null;
    case 'irsNumber':
      return company?.irsNumber ?? null;
    case 'state':
      return company?.stateOfIncorporation ?? null;
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

function emptyCoverScores(): CoverScores {
  return {
    files: 0,
    skipped: [],
    fields: Object.fromEntries(COVER_FIELDS.map((f) => [f, emptyScore()])) as Record<CoverField, FieldScore>,
    families: Object.fromEntries(FAMILIES.map((f) => [f, { ...emptyScore(), files: 0 }])) as CoverScores['families'],
  };
}

/** Scores one document's reading against the facts it lost, counting only stated facts. */
function scoreReading(scores: CoverScores, file: string, lost: LostFacts, r: Reading, text: string): void {
  const skip = noCoverReason(lost.documentType ?? null, lost.formType, text);
  if (skip) {
    scores.skipped.push({ file, reason: skip });
    return;
  }
  const doc = docView(text);
  const company = matchCompany(r.companies, lost.company);
  const family = scores.families[formFamily(lost.formType)];
  scores.files++;
  family.files++;
  for (const field of COVER_FIELDS) {
    const expected = expectedValue(field, lost);
    if (expected === null || !stated(field, expected, doc)) continue;
    const score = scores.fields[field];
    const actual = actualValue(field, r, company);
    const ok = sameValue(field, expected, actual);
    score.counted++;
    if (ok) score.correct++;
    else score.misses.push({ file, expected, actual });
    if (!TARGET_FIELDS.includes(field)) continue;
    family.counted++;
    if (ok) family.correct++;
    else family.misses.push({ file, field, expected, actual });
  }
}

function evalCover(dir: string): CoverScores {
  const scores = emptyCoverScores();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const lost = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LostFacts;
    const path = join(dir, lost.file);
    const filing = parseFiling(new Uint8Array(readFileSync(path)), { path });
    scoreReading(scores, lost.file, lost, filing, filing.documents.map((d) => d.text).join('\n'));
  }
  return scores;
}

/** The header's facts in the shape of the eval corpus's .json. */
function headerFacts(filing: Filing, file: string, documentType: string | null): LostFacts {
  const c = filing.companies[0];
  return {
    file,
    documentType,
    filedDate: filing.filedDate,
    items: filing.items.map((i) => i.code),
    formType: filing.formType,
    periodOfReport: filing.periodOfReport,
    company: c
      ? {
          role: c.role,
          name: c.name ?? undefined,
          cik: c.cik ?? undefined,
          irsNumber: c.irsNumber ?? undefined,
          stateOfIncorporation: c.stateOfIncorporation ?? undefined,
          fileNumber: c.fileNumber ?? undefined,
        }
      : null,
  };
}

/** readCover on the submission's primary text or HTML document (XML forms have no raw markup here). */
function scoreCoverVsHeader(scores: CoverScores, filing: Filing, file: string): boolean {
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
  const companies: Partial<Company>[] = [
    ...(cover.company ? [{ ...cover.company, role: cover.companyRole }] : []),
    ...cover.otherCompanies,
  ];
  const reading: Reading = { ...cover, companies };
  scoreReading(scores, file, headerFacts(filing, file, primary.type), reading, primary.text);
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

/** A header (SGML, .nc, or an excerpt that begins at "ACCESSION NUMBER:") opens the file. */
const SUBMISSION_HEAD = /<SEC-HEADER>|<IMS-HEADER>|<SUBMISSION>|^\s*ACCESSION NUMBER:/;

function evalSubmissions(dir: string): Pick<EvalReport, 'header' | 'coverVsHeader'> {
  const fields = Object.fromEntries(HEADER_FIELDS.map((f) => [f, emptyScore()])) as Record<HeaderField, FieldScore>;
  const coverScores = emptyCoverScores();
  const seen = new Set<string>();
  let files = 0;
  for (const path of walk(dir)) {
    const bytes = readFileSync(path);
    const raw = bytes.subarray(0, 200_000).toString('latin1');
    if (!SUBMISSION_HEAD.test(raw)) continue;
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
    if (!seen.has(key)) scoreCoverVsHeader(coverScores, filing, file);
    seen.add(key);
  }
  return { header: { files, fields }, coverVsHeader: coverScores };
}

export function evaluateParser(sharedDir = SHARED_DIR): EvalReport {
  return {
    cover: evalCover(join(sharedDir, 'corpus', 'eval')),
    ...evalSubmissions(join(sharedDir, 'corpus', 'files')),
  };
}

export const accuracy = (s: FieldScore): number => (s.counted === 0 ? 1 : s.correct / s.counted);

/** The issue's targets: every cover field >= 97% (items: none), every form family >= 90%,
 * header facts >= 99.5%. */
export const COVER_TARGET = 0.97;
export const FAMILY_TARGET = 0.9;
export const HEADER_TARGET = 0.995;

const pct = (s: FieldScore): string => `${(accuracy(s) * 100).toFixed(2)}%`;

function verdict(s: FieldScore, target: number | undefined): string {
  // Two decimals: 32/33 is 96.97%, short of 97%, and must not print as "97.0%".
  if (target === undefined) return '';
  return `>= ${target * 100}% ${accuracy(s) >= target ? 'met' : 'SHORT'}`;
}

function row(label: string, s: FieldScore, target: number | undefined, files?: number): string {
  const docs = files === undefined ? '' : String(files);
  return `  ${label.padEnd(16)}${docs.padStart(6)}${String(s.counted).padStart(8)}${String(s.correct).padStart(9)}${pct(s).padStart(10)}  ${verdict(s, target)}`.trimEnd();
}

const HEAD = (first: string): string =>
  `  ${first.padEnd(16)}${'docs'.padStart(6)}${'counted'.padStart(8)}${'correct'.padStart(9)}${'accuracy'.padStart(10)}  target`;

function coverSection(title: string, s: CoverScores, targeted: boolean): string {
  const rows = [`${title} (${s.files} documents with a cover; ${s.skipped.length} without one, skipped)`];
  if (s.skipped.length) rows.push(`  skipped: ${s.skipped.map((k) => `${k.file} (${k.reason})`).join(', ')}`);
  rows.push(HEAD('field'));
  for (const field of COVER_FIELDS) {
    const target = targeted && TARGET_FIELDS.includes(field) ? COVER_TARGET : undefined;
    rows.push(row(field, s.fields[field], target));
  }
  rows.push(HEAD('form family'));
  for (const family of FAMILIES) {
    const f = s.families[family];
    if (f.files > 0) rows.push(row(family, f, targeted ? FAMILY_TARGET : undefined, f.files));
  }
  const misses = COVER_FIELDS.flatMap((field) => s.fields[field].misses.map((m) => ({ ...m, field })));
  rows.push(`  misses (${misses.length}):`);
  for (const m of misses) rows.push(`    ${m.file} ${m.field}: expected ${m.expected}, got ${m.actual ?? 'null'}`);
  return rows.join('\n');
}

function headerSection(r: EvalReport['header']): string {
  const rows = [`Header facts of full submissions (corpus/files) (${r.files} files)`, HEAD('field')];
  for (const field of HEADER_FIELDS) rows.push(row(field, r.fields[field], HEADER_TARGET));
  for (const field of HEADER_FIELDS)
    for (const m of r.fields[field].misses)
      rows.push(`    ${m.file} ${field}: expected ${m.expected}, got ${m.actual ?? 'null'}`);
  return rows.join('\n');
}

function main(argv: string[]): void {
  const report = evaluateParser();
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  console.log(
    [
      coverSection('Cover facts of header-less primary documents (corpus/eval)', report.cover, true),
      headerSection(report.header),
      coverSection(
        "readCover on full submissions' primary documents vs their own headers (no target)",
        report.coverVsHeader,
        false,
      ),
    ].join('\n\n'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
