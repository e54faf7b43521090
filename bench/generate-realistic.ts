// Real-size bench archives for `npm run bench -- scale`: every output filing is one of the
// corpus's own files (../shared/corpus/files, listed in PROVENANCE.tsv: full submissions,
// header-less HTML and plain-text documents, with their real forms and text lengths) given a
// new identity. Full submissions get a new accession number, CIK, company name and dates
// (generate-corpus.ts's `variant`); header-less documents get a new accession number through
// a downloader's path (`sec-edgar-filings/<cik>/<form>/<accession>/primary-document.html`).
// Every output gets a paragraph of its own. Deterministic: output i depends only on (seed, i).
// The corpus is read here, at generation time, and never copied into the repo.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { paragraph, pad, parseTemplate, rng, SHARED_DIR, variant, vocabulary, type Template } from './generate-corpus';

/** Bump when the output for a given (mix, seed, i) changes: cached folders are keyed by it. */
export const GENERATOR_VERSION = 1;

export type Mix = 'corpus' | 'edgar-year';

export interface RealTemplate {
  kind: 'full-submission' | 'html' | 'bare-text';
  form: string;
  bytes: number;
  /** The parsed header facts of a full submission (null for a header-less document). */
  full: Template | null;
  text: string;
}

/** A form family and its approximate share of a year of EDGAR filings. */
interface Family {
  name: string;
  test: (form: string) => boolean;
  share: number;
}

// Rounded shares of the filings of a recent year in EDGAR's full index (about 1.1 million
// filings: ownership reports dominate, then 8-Ks, prospectus supplements, Form D, 13G/13F,
// 6-K, 10-Q...). Approximate and stated as such: they set the size mix, not any figure.
// Families without a template in the corpus are dropped and the rest renormalised.
const EDGAR_YEAR: Family[] = [
  { name: 'Form 4', test: (f) => /^4(\/A)?$/.test(f), share: 0.32 },
  { name: 'Form 3', test: (f) => /^3(\/A)?$/.test(f), share: 0.03 },
  { name: 'Form 5', test: (f) => /^5(\/A)?$/.test(f), share: 0.01 },
  { name: '8-K', test: (f) => /^8-K/.test(f), share: 0.08 },
  { name: '13F', test: (f) => /^13F/.test(f), share: 0.04 },
  { name: 'SC 13D/G', test: (f) => /^SC 13[DG]/.test(f), share: 0.05 },
  { name: 'Form D', test: (f) => /^D(\/A)?$/.test(f), share: 0.05 },
  { name: 'prospectus', test: (f) => /^424B/.test(f), share: 0.1 },
  { name: '6-K', test: (f) => f === '6-K', share: 0.03 },
  { name: '10-Q', test: (f) => /^10-Q/.test(f), share: 0.02 },
  { name: '10-K', test: (f) => /^10-K/.test(f), share: 0.008 },
  { name: 'proxy', test: (f) => /^DEF 14A/.test(f), share: 0.006 },
  { name: 'funds', test: (f) => /^(485|N-|40-APP|NPORT)/.test(f), share: 0.04 },
];

/** The corpus's filings (kinds full-submission, html, bare-text) as PROVENANCE.tsv lists them. */
export function loadRealTemplates(sharedDir = SHARED_DIR): RealTemplate[] {
  const corpus = join(sharedDir, 'corpus');
  const lines = readFileSync(join(corpus, 'PROVENANCE.tsv'), 'utf8').split('\n').filter(Boolean);
  const head = lines[0]!.split('\t');
  const col = (name: string) => head.indexOf(name);
  const out: RealTemplate[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const kind = cells[col('kind')] as RealTemplate['kind'];
    if (kind !== 'full-submission' && kind !== 'html' && kind !== 'bare-text') continue;
    const path = join(corpus, cells[col('local_path')]!);
    if (!existsSync(path) || path.endsWith('.gz')) continue;
    // latin1 keeps every byte as one char, so rewriting never breaks odd encodings.
    const text = readFileSync(path, 'latin1');
    const full = kind === 'full-submission' ? parseTemplate(text) : null;
    // A "full submission" whose header we cannot rewrite is used as it is, header-less style.
    out.push({ kind, form: cells[col('form_type_guess')] ?? '', bytes: text.length, full, text });
  }
  return out;
}

/** Per-template weights: every file once (the corpus mix) or a year of EDGAR's form shares. */
export function mixWeights(templates: readonly RealTemplate[], mix: Mix): number[] {
  if (mix === 'corpus') return templates.map(() => 1);
  const family = templates.map((t) => EDGAR_YEAR.findIndex((f) => f.test(t.form)));
  const members = EDGAR_YEAR.map((_, k) => family.filter((f) => f === k).length);
  return family.map((k) => (k >= 0 ? EDGAR_YEAR[k]!.share / members[k]! : 0));
}

/** Mean bytes per output filing under `weights` (to check a size fits before writing it). */
export function meanBytes(templates: readonly RealTemplate[], weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  return templates.reduce((n, t, k) => n + (t.bytes * weights[k]!) / total, 0);
}

function picker(weights: readonly number[]): (x: number) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return (x) => {
    const target = x * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A header-less document with a new accession number (in its path) and a paragraph of its own. */
function headerless(t: RealTemplate, i: number, seed: number, vocab: readonly string[]) {
  const r = rng(seed * 1_000_003 + i);
  const cik = pad(1_000_000 + Math.floor(r() * 8_000_000), 10);
  const year = 1994 + Math.floor(r() * 31);
  const accession = `${pad(9_100_000_000 + Math.floor(i / 1_000_000), 10)}-${pad(year % 100, 2)}-${pad(i % 1_000_000, 6)}`;
  const para = paragraph(r, vocab);
  let text: string;
  const body = t.kind === 'html' ? /<body[^>]*>/i.exec(t.text) : null;
  if (body) {
    const at = body.index + body[0].length;
    text = `${t.text.slice(0, at)}<p>${para}</p>${t.text.slice(at)}`;
  } else if (t.kind === 'html') text = `<p>${para}</p>${t.text}`;
  else text = `${para}${t.text}`;
  const form = (t.form || 'OTHER').replace(/\//g, '-');
  const name = t.kind === 'html' ? 'primary-document.html' : 'full-submission.txt';
  return { rel: join('sec-edgar-filings', cik, form, accession, name), text };
}

export interface RealisticOptions {
  seed: number;
  mix: Mix;
  /** Write each file gzipped (`.gz`), which the indexer reads; sizes are still reported uncompressed. */
  gzip?: boolean;
  templates?: RealTemplate[];
  onProgress?: (done: number) => void;
}

export interface RealisticCorpus {
  files: number;
  /** Uncompressed text bytes (what the indexer reads). */
  bytes: number;
  /** Bytes on disk (smaller when gzipped). */
  diskBytes: number;
  templates: number;
  /** Outputs per form family or form (for the report). */
  forms: Record<string, number>;
}

/** Writes `count` real-size filings under outDir. */
export async function generateRealistic(
  outDir: string,
  count: number,
  opts: RealisticOptions,
): Promise<RealisticCorpus> {
  const templates = opts.templates ?? loadRealTemplates();
  const weights = mixWeights(templates, opts.mix);
  const pick = picker(weights);
  const vocab = vocabulary(templates.filter((t) => t.full).map((t) => t.full!));
  const made = new Set<string>();
  const forms: Record<string, number> = {};
  let bytes = 0;
  let diskBytes = 0;
  for (let i = 0; i < count; i++) {
    const t = templates[pick(rng(opts.seed + i * 7919)())]!;
    const { rel, text } = t.full ? variant(t.full, i, opts.seed, vocab) : headerless(t, i, opts.seed, vocab);
    const path = join(outDir, opts.gzip ? `${rel}.gz` : rel);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const buf = Buffer.from(text, 'latin1');
    const out = opts.gzip ? gzipSync(buf, { level: 1 }) : buf;
    writeFileSync(path, out);
    bytes += buf.length;
    diskBytes += out.length;
    forms[t.form || '(none)'] = (forms[t.form || '(none)'] ?? 0) + 1;
    if (i % 500 === 499) {
      opts.onProgress?.(i + 1);
      await new Promise((res) => setImmediate(res));
    }
  }
  return { files: count, bytes, diskBytes, templates: templates.length, forms };
}
