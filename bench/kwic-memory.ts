// `npm run bench -- kwic`: a keyword-in-context export of over 100,000 hits from a generated
// index (30,000 filings, each document holding "revenue" several times), in a fresh process
// so its memory is its own: rows/s, and RSS and live JS memory (after GC) at each quarter of
// the rows: flat memory means the export holds no more at the end than at the start.
// Baseline in the same run: the plain `export` of the same query (one row per filing).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../src/main/core/db/open';
import { exportCsv } from '../src/main/core/export/export-csv';
import { exportKwic } from '../src/main/core/export/kwic';
import { ensureSyntheticIndex } from './synthetic-index';

const FILINGS = 30_000;
const DATA_DIR = resolve(import.meta.dirname, '..', '.bench-data');
const DB_PATH = join(DATA_DIR, `kwic-${FILINGS}.db`);
const QUERY = 'revenue';

interface Measure {
  mode: string;
  rows: number;
  filings: number;
  seconds: number;
  rowsPerSecond: number;
  fileMB: number;
  rssAlongMB: number[];
  liveAlongMB: number[];
  liveGrowthMB: number;
}

const MB = 1024 * 1024;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function child(mode: string, out: string): Promise<void> {
  const db = openDatabase(DB_PATH, { readonly: true });
  const rss: number[] = [];
  const live: number[] = [];
  const sample = () => {
    (globalThis as { gc?: () => void }).gc?.();
    rss.push(process.memoryUsage().rss / MB);
    const m = process.memoryUsage();
    live.push((m.heapUsed + m.arrayBuffers) / MB);
  };
  let total = 0;
  const marks = [0.25, 0.5, 0.75];
  const t0 = performance.now();
  let rows = 0;
  let filings = 0;
  if (mode === 'kwic') {
    total = FILINGS;
    const r = await exportKwic(
      db,
      {
        query: QUERY,
        onProgress: (d) => {
          if (rss.length === 0) sample();
          while (marks.length && d.filings >= marks[0]! * total) {
            marks.shift();
            sample();
          }
        },
      },
      out,
    );
    rows = r.rows;
    filings = r.filings;
  } else {
    const r = await exportCsv(
      db,
      { query: QUERY, columns: ['accessionNumber', 'formType', 'filedDate', 'companyName', 'cik'], bom: false },
      out,
      {
        onProgress: (p) => {
          if (rss.length === 0) sample();
          while (marks.length && p.rowsDone >= marks[0]! * p.rowsTotal) {
            marks.shift();
            sample();
          }
        },
      },
    );
    rows = r.rows;
    filings = r.rows;
  }
  sample();
  const seconds = (performance.now() - t0) / 1000;
  const m: Measure = {
    mode,
    rows,
    filings,
    seconds: round(seconds, 2),
    rowsPerSecond: Math.round(rows / seconds),
    fileMB: round(statSync(out).size / 1e6),
    rssAlongMB: rss.map((x) => round(x)),
    liveAlongMB: live.map((x) => round(x)),
    liveGrowthMB: round(live[live.length - 1]! - live[0]!),
  };
  db.close();
  process.stdout.write(JSON.stringify(m));
}

function measureInChild(mode: string, out: string): Measure {
  const stdout = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', import.meta.filename, 'child', mode, out],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Measure;
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(DATA_DIR, { recursive: true });
  const t0 = performance.now();
  if (ensureSyntheticIndex(DB_PATH, FILINGS))
    console.log(`built ${DB_PATH} (${FILINGS} filings) in ${round((performance.now() - t0) / 1000)} s`);
  const outDir = join(DATA_DIR, 'kwic-out');
  mkdirSync(outDir, { recursive: true });
  const kwic = measureInChild('kwic', join(outDir, 'kwic.csv'));
  const baseline = measureInChild('export', join(outDir, 'export.csv'));
  rmSync(outDir, { recursive: true, force: true });
  for (const m of [kwic, baseline]) {
    console.log(
      `${m.mode.padEnd(7)} ${m.rows} rows (${m.filings} filings) in ${m.seconds} s = ${m.rowsPerSecond} rows/s, ${m.fileMB} MB | ` +
        `RSS along ${m.rssAlongMB.join(' / ')} MB | live JS along ${m.liveAlongMB.join(' / ')} MB (growth ${m.liveGrowthMB} MB)`,
    );
  }
  const flat = kwic.rows >= 100_000 && kwic.liveGrowthMB < 20;
  console.log(
    `kwic: ${kwic.rows >= 100_000 ? '>= 100,000 hits' : `only ${kwic.rows} hits`}; memory ${flat ? 'flat' : 'NOT flat'}`,
  );
  return { kwic, baseline, filings: FILINGS };
}

if (process.argv[2] === 'child' && import.meta.url === pathToFileURL(process.argv[1]!).href) {
  void child(process.argv[3]!, process.argv[4]!);
}
