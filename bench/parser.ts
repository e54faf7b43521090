// `npm run bench -- parser`: single-threaded parse throughput (MB/s) over the real corpus,
// plain text and HTML separately, each beside a baseline measured in the same run: a bare
// TextDecoder pass over the same bytes (the least any parser must do). Files are grouped by
// what most of their document bytes are (text or html); index files and XML are left out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { largeSubmission } from './parser-large';
import { parseFiling } from '../src/shared/parser';

const SHARED_DIR = process.env.EDGAR_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', 'shared');
const CORPUS = join(SHARED_DIR, 'corpus', 'files');
/** Keep timing each group until this much wall time has passed. */
const MIN_MS = 1500;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** 'text' or 'html' by the majority of document characters; null for anything else. */
function group(bytes: Uint8Array): 'text' | 'html' | null {
  const f = parseFiling(bytes);
  const chars = { text: 0, html: 0 };
  for (const d of f.documents) if (d.format === 'text' || d.format === 'html') chars[d.format] += d.textChars;
  if (chars.text + chars.html === 0) return null;
  return chars.text >= chars.html ? 'text' : 'html';
}

/**
 * MB/s of `parse` and of `baseline` over all `files`, rounds alternating between the two until
 * MIN_MS each, so that load from other processes weighs on both alike and the ratio holds.
 */
function throughput(
  files: Uint8Array[],
  parse: (b: Uint8Array) => unknown,
  baseline: (b: Uint8Array) => unknown,
): [number, number] {
  const bytes = files.reduce((n, b) => n + b.length, 0);
  const spent = [0, 0];
  let rounds = 0;
  do {
    [parse, baseline].forEach((fn, k) => {
      const t0 = performance.now();
      for (const b of files) fn(b);
      spent[k]! += performance.now() - t0;
    });
    rounds++;
  } while (Math.min(spent[0]!, spent[1]!) < MIN_MS);
  const mbps = (ms: number): number => (bytes * rounds) / 1e3 / ms;
  return [mbps(spent[0]!), mbps(spent[1]!)];
}

export async function run(): Promise<Record<string, unknown>> {
  const groups: Record<'text' | 'html', Uint8Array[]> = { text: [], html: [] };
  for (const path of listFiles(CORPUS)) {
    const bytes = readFileSync(path);
    const g = group(bytes);
    if (g) groups[g].push(bytes);
  }
  const decoder = new TextDecoder('utf-8');
  const figures: Record<string, unknown> = {};
  const rows: string[] = [];
  for (const [name, files] of Object.entries(groups)) {
    const mb = files.reduce((n, b) => n + b.length, 0) / 1e6;
    const [parse, baseline] = throughput(
      files,
      (b) => parseFiling(b),
      (b) => decoder.decode(b),
    );
    figures[name] = {
      files: files.length,
      megabytes: +mb.toFixed(2),
      parseMBps: +parse.toFixed(1),
      decodeMBps: +baseline.toFixed(1),
      ratio: +(parse / baseline).toFixed(3),
    };
    rows.push(
      `${name.padEnd(6)} ${String(files.length).padStart(5)} ${mb.toFixed(1).padStart(8)} ${parse.toFixed(1).padStart(10)} ${baseline.toFixed(1).padStart(11)} ${(parse / baseline).toFixed(3).padStart(7)}`,
    );
  }
  console.log('group  files       MB parse MB/s decode MB/s   ratio');
  for (const r of rows) console.log(r);
  const large = largeSubmission();
  figures.large = large;
  console.log(
    `large  ${large.inputMB.toFixed(0)} MB submission (${large.documents} documents, ${large.binaryDocuments} binary): ` +
      `${large.parseMBps.toFixed(1)} MB/s (decode ${large.decodeMBps.toFixed(1)} MB/s); kept ${large.textMB.toFixed(0)} MB of text, ` +
      `held ${large.heldMB.toFixed(0)} MB beyond the input = ${large.heldPerTextMB.toFixed(2)}x the text`,
  );
  return figures;
}
