// `npm run bench -- index`: indexing throughput in input MB/s, on the real corpus and on a
// generated 10,000-filing folder, each beside a baseline measured in the same run: a raw
// FTS5 insert of the same bytes (file text straight into a plain fts5 table, no parsing).
// The index runs as `cli index` in a child process, so its peak RSS (VmHWM, worker threads
// included: they share the process) is measured by /usr/bin/time without the bench's own.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_SOURCE_DIR, generateCorpus } from './generate-corpus';

const REPO = resolve(import.meta.dirname, '..');
const DATA = join(REPO, '.bench-data');
const GENERATED_COUNT = Number(process.env.BENCH_INDEX_FILINGS ?? 10_000);
const SEED = 42;
const MB = 1e6;

interface Figures {
  inputMB: number;
  files: number;
  seconds: number;
  /** A second run over the unchanged folder, as a fraction of the first. */
  rerunRatio: number;
  /**
   * Input MB per CPU-second (user + system, all threads) times the cores: the throughput
   * the run's work allows on this machine's cores when nothing else runs. Wall-clock figures
   * on a shared machine are a lower bound; this one does not depend on other load.
   */
  cpuBoundMbPerSecond: number;
  cpuSeconds: number;
  baselineCpuSeconds: number;
  mbPerSecond: number;
  baselineMbPerSecond: number;
  ratioToBaseline: number;
  peakRssMB: number;
  dbMB: number;
  dbOverInput: number;
  filings: number;
  errors: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/**
 * `cli index` in a child process under /usr/bin/time -v, as it ended: its exit status and
 * output, wall time, peak RSS (VmHWM, worker threads included) and CPU time of all threads.
 */
export function timedCliIndex(
  folder: string | readonly string[],
  dbPath: string,
  env: NodeJS.ProcessEnv = process.env,
) {
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      '--import',
      'tsx',
      join(REPO, 'src/main/cli/main.ts'),
      'index',
      ...(typeof folder === 'string' ? [folder] : folder),
      '--db',
      dbPath,
      '--json',
    ],
    { cwd: REPO, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env },
  );
  const wallSeconds = (performance.now() - t0) / 1000;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpu = (label: string) =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  return { ...r, wallSeconds, peakRssMB: rssKb / 1024, cpuSeconds: cpu('User') + cpu('System') };
}

/** `cli index` in a child process: its summary and its peak RSS. */
export function indexInChild(
  folder: string | readonly string[],
  dbPath: string,
  fresh = true,
  env: NodeJS.ProcessEnv = process.env,
) {
  if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const r = timedCliIndex(folder, dbPath, env);
  if (r.status !== 0) throw new Error(`cli index failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const summary = JSON.parse(r.stdout) as {
    seconds: number;
    filings: number;
    errors: unknown[];
    filesSeen: number;
    filesIndexed: number;
  };
  return { summary, wallSeconds: r.wallSeconds, peakRssMB: r.peakRssMB, cpuSeconds: r.cpuSeconds };
}

/** A file's text (a .gz inflated, as the indexer reads it). */
const readText = (f: string) => (f.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f)).toString('latin1');

/** The baseline: every file's bytes as text into a plain FTS5 table, 200 files per transaction. */
export function rawFtsInsert(
  files: readonly string[],
  dbPath: string,
): { seconds: number; cpuSeconds: number; bytes: number } {
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')`);
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < files.length; i += 200) {
    const chunk = files.slice(i, i + 200).map(readText);
    for (const text of chunk) bytes += text.length; // latin1: one byte a character
    db.transaction(() => chunk.forEach((text) => insert.run(text)))();
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  db.close();
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, bytes };
}

function measure(name: string, folder: string): Figures {
  const files = listFiles(folder);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const dbPath = join(DATA, `index-${name}.db`);
  const { summary, peakRssMB, wallSeconds, cpuSeconds } = indexInChild(folder, dbPath);
  const rerun = indexInChild(folder, dbPath, false).summary;
  const dbBytes = statSync(dbPath).size + (existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0);
  const baseline = rawFtsInsert(files, join(DATA, `baseline-${name}.db`));
  const baselineSeconds = baseline.seconds;
  const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
  const figures: Figures = {
    inputMB: round(bytes / MB),
    files: files.length,
    seconds: summary.seconds,
    rerunRatio: round(rerun.seconds / summary.seconds, 3),
    cpuBoundMbPerSecond: round((bytes / MB / cpuSeconds) * availableParallelism()),
    cpuSeconds: round(cpuSeconds),
    baselineCpuSeconds: round(baseline.cpuSeconds),
    mbPerSecond: round(bytes / MB / summary.seconds),
    baselineMbPerSecond: round(bytes / MB / baselineSeconds),
    ratioToBaseline: round(baselineSeconds / summary.seconds, 2),
    peakRssMB: round(peakRssMB),
    dbMB: round(dbBytes / MB),
    dbOverInput: round(dbBytes / bytes, 3),
    filings: summary.filings,
    errors: summary.errors.length,
  };
  console.log(
    `${name.padEnd(10)} ${figures.inputMB} MB in ${figures.files} files: ${figures.mbPerSecond} MB/s ` +
      `(wall ${round(wallSeconds)} s incl. startup; unchanged re-run ${rerun.seconds} s = ${round(figures.rerunRatio * 100)}%) | raw FTS5 insert ${figures.baselineMbPerSecond} MB/s, ` +
      `index/baseline ${figures.ratioToBaseline}x | peak RSS ${figures.peakRssMB} MB | ` +
      `db ${figures.dbMB} MB = ${figures.dbOverInput}x input | ${figures.filings} filings, ${figures.errors} errors`,
  );
  console.log(
    `${''.padEnd(10)} CPU: index ${figures.cpuSeconds} s (all threads, incl. startup), raw FTS5 insert ` +
      `${figures.baselineCpuSeconds} s; on ${availableParallelism()} idle cores the index's work allows ` +
      `${figures.cpuBoundMbPerSecond} MB/s`,
  );
  return figures;
}

/** The generated folder, reused when a previous bench left one made with the same count and seed. */
async function generatedFolder(): Promise<string> {
  const dir = join(DATA, `generated-${GENERATED_COUNT}`);
  // Beside the folder, not in it: the marker must not be indexed.
  const marker = `${dir}.complete`;
  const want = JSON.stringify({ count: GENERATED_COUNT, seed: SEED });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return dir;
  rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const made = await generateCorpus(dir, GENERATED_COUNT, { seed: SEED });
  console.log(
    `generated ${made.files} filings (${Math.round(made.bytes / MB)} MB) from ${made.templates} templates in ${Math.round(performance.now() - t0)} ms`,
  );
  writeFileSync(marker, want);
  return dir;
}

/**
 * What the section index costs: the real corpus (10-Ks and 10-Qs of 1994 to today among its
 * filings) indexed with and without it, interleaved, the fastest of three rounds of each kept (the machine is shared: the wall clock is noisy).
 */
function sectionsCost(folder: string) {
  const bytes = listFiles(folder).reduce((n, f) => n + statSync(f).size, 0);
  const dbPath = join(DATA, 'index-sections.db');
  const runs: Record<'with' | 'without', { seconds: number; cpuSeconds: number }[]> = { with: [], without: [] };
  for (let round = 0; round < 3; round++) {
    for (const mode of ['with', 'without'] as const) {
      const env = { ...process.env, EDGAR_BENCH_NO_SECTIONS: mode === 'without' ? '1' : '0' };
      const r = indexInChild(folder, dbPath, true, env);
      runs[mode].push({ seconds: r.summary.seconds, cpuSeconds: r.cpuSeconds });
    }
  }
  const best = (ms: { seconds: number; cpuSeconds: number }[]) => ({
    seconds: Math.min(...ms.map((m) => m.seconds)),
    cpuSeconds: Math.min(...ms.map((m) => m.cpuSeconds)),
  });
  const w = best(runs.with);
  const wo = best(runs.without);
  const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
  const figures = {
    inputMB: round(bytes / MB),
    withMbPerSecond: round(bytes / MB / w.seconds),
    withoutMbPerSecond: round(bytes / MB / wo.seconds),
    withCpuSeconds: round(w.cpuSeconds, 2),
    withoutCpuSeconds: round(wo.cpuSeconds, 2),
    /** Throughput lost to the section index (wall clock), and its share of the CPU time. */
    throughputCost: round(1 - wo.seconds / w.seconds, 3),
    cpuCost: round(1 - wo.cpuSeconds / w.cpuSeconds, 3),
  };
  console.log(
    `sections   corpus ${figures.inputMB} MB: with ${figures.withMbPerSecond} MB/s (CPU ${figures.withCpuSeconds} s), ` +
      `without ${figures.withoutMbPerSecond} MB/s (CPU ${figures.withoutCpuSeconds} s): section index costs ` +
      `${round(figures.throughputCost * 100)}% of throughput, ${round(figures.cpuCost * 100)}% of CPU (target <= 15%)`,
  );
  return figures;
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(DATA, { recursive: true });
  const sections = sectionsCost(DEFAULT_SOURCE_DIR);
  if (process.env.BENCH_INDEX_SECTIONS_ONLY === '1') return { sections };
  const corpus = measure('corpus', DEFAULT_SOURCE_DIR);
  const generated = measure(`gen-${GENERATED_COUNT}`, await generatedFolder());
  const targets = { mbPerSecond: 40, peakRssMB: 400, dbOverInput: 0.6 };
  console.log(
    `load average during the bench: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (${availableParallelism()} cores)`,
  );
  for (const [name, f] of Object.entries({ corpus, generated })) {
    const misses = [
      f.mbPerSecond < targets.mbPerSecond && `${f.mbPerSecond} MB/s < ${targets.mbPerSecond}`,
      f.peakRssMB > targets.peakRssMB && `peak RSS ${f.peakRssMB} MB > ${targets.peakRssMB}`,
      f.dbOverInput > targets.dbOverInput && `db ${f.dbOverInput}x > ${targets.dbOverInput}x`,
    ].filter(Boolean);
    console.log(`${name}: ${misses.length ? `misses target: ${misses.join('; ')}` : 'meets every target'}`);
  }
  return { corpus, generated, sections, targets, cpus: availableParallelism(), loadAverage: loadavg() };
}
