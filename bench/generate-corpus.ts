// Generates a folder of synthetic-but-realistic filings from the real full submissions in
// ../shared/corpus/files: each output is a real submission with a new accession number,
// dates, CIK and company name, and one inserted paragraph of words drawn from the corpus,
// so FTS sees a growing vocabulary. Deterministic for a given seed; output i depends only
// on (seed, i), so two runs with the same arguments write identical bytes.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface GenerateOptions {
  seed?: number;
  /** Folder of real filings to draw from (default ../shared/corpus/files). */
  sourceDir?: string;
  /** Skip templates larger than this, to keep output size predictable (default 300 kB). */
  maxTemplateBytes?: number;
}

export interface GeneratedCorpus {
  outDir: string;
  files: number;
  bytes: number;
  templates: number;
}

export interface Template {
  text: string;
  accession: string;
  companyName: string | null;
  cik: string | null;
}

export const SHARED_DIR = process.env.EDGAR_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', 'shared');
export const DEFAULT_SOURCE_DIR = join(SHARED_DIR, 'corpus', 'files');

const NAME_WORDS = [
  'ATLANTIC',
  'BEACON',
  'CASCADE',
  'DELTA',
  'EVERGREEN',
  'FRONTIER',
  'GRANITE',
  'HARBOR',
  'IRONWOOD',
  'JUNIPER',
  'KEYSTONE',
  'LIBERTY',
  'MERIDIAN',
  'NORTHSTAR',
  'OAKMONT',
  'PINNACLE',
  'QUARRY',
  'RIVERSIDE',
  'SUMMIT',
  'TRIDENT',
  'UNION',
  'VANGUARD',
  'WESTBROOK',
  'ZENITH',
];
const NAME_KINDS = ['HOLDINGS', 'ENERGY', 'BANCORP', 'THERAPEUTICS', 'SYSTEMS', 'REALTY', 'CAPITAL', 'FOODS'];
const NAME_SUFFIXES = ['INC', 'CORP', 'CO', 'LLC', 'TRUST', 'LP'];

/** mulberry32: tiny, fast, good enough for test data (also the cluster suite's query corpus). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

const ACCESSION_LINE = /^ACCESSION NUMBER:\s*(\d{10}-\d{2}-\d{6})/m;
const NC_ACCESSION = /<ACCESSION-NUMBER>(\d{10}-\d{2}-\d{6})/;

/** Full submissions (SGML or nc) from the source folder, smallest first. */
export function loadTemplates(sourceDir: string, maxBytes: number): Template[] {
  const templates: Template[] = [];
  for (const path of listFiles(sourceDir)) {
    if (statSync(path).size > maxBytes) continue;
    // latin1 keeps every byte as one char, so rewriting never breaks odd encodings.
    const t = parseTemplate(readFileSync(path, 'latin1'));
    if (t) templates.push(t);
  }
  return templates;
}

/** A full submission's accession number, company name and CIK (null when it has no header to rewrite). */
export function parseTemplate(text: string): Template | null {
  const head = text.slice(0, 4000);
  const accession = ACCESSION_LINE.exec(head)?.[1] ?? NC_ACCESSION.exec(head)?.[1];
  if (!accession || !text.includes('<DOCUMENT>')) return null;
  const companyName = /CONFORMED[ -]NAME:?>?\s*([^\n<]+?)\s*$/m.exec(head)?.[1] ?? null;
  const cik = /(?:CENTRAL INDEX KEY:\s*|<CIK>)(\d{10})/.exec(head)?.[1] ?? null;
  return { text, accession, companyName, cik };
}

export function vocabulary(templates: Template[]): string[] {
  const words = new Set<string>();
  for (const t of templates) {
    for (const m of t.text.slice(0, 200_000).matchAll(/\b[a-z]{4,12}\b/g)) {
      words.add(m[0]);
      if (words.size >= 6000) break;
    }
  }
  return [...words].sort();
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export function paragraph(r: () => number, vocab: readonly string[]): string {
  const words: string[] = [];
  const n = 60 + Math.floor(r() * 80);
  for (let i = 0; i < n; i++) {
    // A few never-seen tokens per paragraph make the vocabulary grow with the folder, as real archives do.
    words.push(r() < 0.03 ? `q${Math.floor(r() * 36 ** 5).toString(36)}` : pick(r, vocab));
  }
  return words.join(' ') + '.\n\n';
}

/** One output filing: the template with new identity, dates and a paragraph of its own. */
export function variant(t: Template, i: number, seed: number, vocab: readonly string[]) {
  const r = rng(seed * 1_000_003 + i);
  const cik = pad(1_000_000 + Math.floor(r() * 8_000_000), 10);
  const year = 1994 + Math.floor(r() * 31);
  const date = `${year}${pad(1 + Math.floor(r() * 12), 2)}${pad(1 + Math.floor(r() * 28), 2)}`;
  const accession = `${pad(9_000_000_000 + Math.floor(i / 1_000_000), 10)}-${pad(year % 100, 2)}-${pad(i % 1_000_000, 6)}`;
  const name = `${pick(r, NAME_WORDS)} ${pick(r, NAME_KINDS)} ${pick(r, NAME_SUFFIXES)}`;
  let text = t.text.split(t.accession).join(accession);
  if (t.companyName) text = text.split(t.companyName).join(name);
  if (t.cik) text = text.split(t.cik).join(cik);
  text = text
    .replace(/(FILED AS OF DATE:\s*)\d{8}/, `$1${date}`)
    .replace(/(CONFORMED PERIOD OF REPORT:\s*)\d{8}/, `$1${date}`)
    .replace(/(<FILING-DATE>)\d{8}/, `$1${date}`)
    .replace(/(<ACCEPTANCE-DATETIME>)\d{8}/, `$1${date}`)
    .replace(/(\.txt : )\d{8}/g, `$1${date}`)
    .replace(/(\.hdr\.sgml : )\d{8}/g, `$1${date}`);
  const at = text.indexOf('<TEXT>');
  if (at >= 0) {
    const cut = text.indexOf('\n', at) + 1;
    text = text.slice(0, cut) + paragraph(r, vocab) + text.slice(cut);
  }
  const form = (/CONFORMED SUBMISSION TYPE:\s*(\S+)/.exec(text)?.[1] ?? 'OTHER').replace(/\//g, '-');
  // Three downloader layouts, so scans see realistic nesting.
  const rel =
    i % 3 === 0
      ? join('sec-edgar-filings', cik, form, accession, 'full-submission.txt')
      : i % 3 === 1
        ? join('filings', date, `${accession}.txt`)
        : join('flat', cik.slice(-3), `${accession}.txt`);
  return { rel, text };
}

/** Writes `count` filings under outDir; returns what was written. */
export async function generateCorpus(
  outDir: string,
  count: number,
  opts: GenerateOptions = {},
): Promise<GeneratedCorpus> {
  const seed = opts.seed ?? 1;
  const templates = loadTemplates(opts.sourceDir ?? DEFAULT_SOURCE_DIR, opts.maxTemplateBytes ?? 300_000);
  if (!templates.length) throw new Error(`no full submissions found in ${opts.sourceDir ?? DEFAULT_SOURCE_DIR}`);
  const vocab = vocabulary(templates);
  const made = new Set<string>();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const t = templates[Math.floor(rng(seed + i * 7919)() * templates.length)]!;
    const { rel, text } = variant(t, i, seed, vocab);
    const path = join(outDir, rel);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const buf = Buffer.from(text, 'latin1');
    writeFileSync(path, buf);
    bytes += buf.length;
    // Yield now and then so a caller's timers and signals still run during a long generation.
    if (i % 500 === 499) await new Promise((res) => setImmediate(res));
  }
  return { outDir, files: count, bytes, templates: templates.length };
}
