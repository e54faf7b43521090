// `npm run bench -- cluster`: one OpenSearch node (the project's launcher, scripts/opensearch-node.ts,
// as the cluster suite starts it) beside the embedded SQLite core, in the same run, on the search
// bench's generated folder (BENCH_CLUSTER_SIZE filings, default 100,000; cached under .bench-data):
// - ingest MB/s: `cli index FOLDER` (SQLite) and `cli index FOLDER --backend opensearch --url URL`
//   (the catalog, then the sync's bulk requests), each in a child process into a fresh database;
// - query p50/p95 of the search bench's 30 fixed queries, top 50 with snippets and facets, on
//   SQLite and on the OpenSearch backend through the search interface;
// - index bytes on disk per text byte: the primaries' store after a force-merge to one segment,
//   beside the SQLite database's size;
// - the text per input byte of the real corpus (../shared/corpus/files, BENCH_CLUSTER_REAL=0
//   skips), which with the two ratios above sizes a cluster for all of EDGAR (cluster-sizing.ts).
// Writes bench/results/cluster.json. The node stops in every case (finally, SIGINT/SIGTERM; it
// also stops by itself when this process dies: its standard input closes). Without java or mvn
// it says so in one line and exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { openSearchBackend } from '../src/main/core/backend/opensearch-backend';
import type { SearchBackend } from '../src/main/core/backend/search-backend';
import { sqliteBackend } from '../src/main/core/backend/sqlite-backend';
import { openDatabase } from '../src/main/core/db/open';
import { openSearchClient } from '../src/main/core/opensearch/connection';
import { buildLauncher, missingJava, startNode, type TestNode } from '../scripts/opensearch-node';
import { clusterResults, type ClusterResults, type EngineFigures, type Measured } from './cluster-results';
import { SHARED_DIR } from './generate-corpus';
import { generatedFolder, QUERIES } from './search-latency';
import { round } from './stats';

const REPO = resolve(import.meta.dirname, '..');
const DATA = join(REPO, '.bench-data');
const SIZE = Number(process.env.BENCH_CLUSTER_SIZE ?? 100_000);
const HEAP_MB = Number(process.env.BENCH_CLUSTER_HEAP_MB ?? 1024);
const REAL = process.env.BENCH_CLUSTER_REAL !== '0';
/** Rounds over the 30 queries, as the search bench. */
export const RUNS = 5;
const INDEX = 'edgar-bench';
const MB = 1e6;

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).size;
  return bytes;
}

const fileBytes = (path: string) =>
  ['', '-wal'].reduce((n, s) => n + (existsSync(path + s) ? statSync(path + s).size : 0), 0);

/** The documents' text the catalog holds (what both engines index), in UTF-8 bytes. */
function textBytes(dbPath: string): number {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    let n = 0;
    for (const z of db.prepare<[], Buffer>('SELECT z FROM doc_text').pluck().iterate()) n += inflateRawSync(z).length;
    return n;
  } finally {
    db.close();
  }
}

const children = new Set<ChildProcess>();

interface IndexSummary {
  seconds: number;
  filings: number;
  errors: unknown[];
  opensearch?: { seconds: number; sent: number };
}

/** `cli index` in a child process (asynchronous, so a signal can stop the bench meanwhile). */
function cliIndex(folder: string, dbPath: string, extra: string[] = []): Promise<IndexSummary> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const args = ['--import', 'tsx', join(REPO, 'src/main/cli/main.ts'), 'index', folder, '--db', dbPath, '--json'];
  const child = spawn(process.execPath, [...args, ...extra], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
  return new Promise((ok, fail) => {
    child.on('exit', (code) => {
      children.delete(child);
      if (code === 0) ok(JSON.parse(out) as IndexSummary);
      else fail(new Error(`cli index ${extra.join(' ')} failed (${code}): ${err}`));
    });
  });
}

/** Each query once to warm up (and keep its total), then RUNS rounds over all of them. */
async function timeQueries(backend: SearchBackend): Promise<{ times: number[]; totals: number[] }> {
  const request = (query: string) => backend.search({ query, limit: 50, facets: true });
  const totals: number[] = [];
  for (const q of QUERIES) totals.push((await request(q)).total);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      await request(q);
      times.push(performance.now() - t0);
    }
  }
  return { times, totals };
}

async function measure(node: TestNode): Promise<Measured> {
  const loadStart = loadavg();
  const folder = await generatedFolder(SIZE);
  const inputBytes = folderBytes(folder);
  const work = join(DATA, `cluster-${SIZE}`);
  mkdirSync(work, { recursive: true });
  const sqlitePath = join(work, 'sqlite.db');
  const osPath = join(work, 'opensearch.db');
  console.log(`indexing ${SIZE} filings (${round(inputBytes / MB)} MB) into SQLite…`);
  const sqliteRun = await cliIndex(folder, sqlitePath);
  console.log(`indexing them into OpenSearch (${node.url})…`);
  const osRun = await cliIndex(folder, osPath, ['--backend', 'opensearch', '--url', node.url, '--index', INDEX]);
  if (!osRun.opensearch) throw new Error('cli index --backend opensearch printed no sync summary');

  const client = openSearchClient({ url: node.url, index: INDEX });
  const store = async () => {
    const s = await client.indices.stats({ index: INDEX, metric: 'store' });
    return (s.body as { _all: { primaries: { store: { size_in_bytes: number } } } })._all.primaries.store.size_in_bytes;
  };
  const unmergedBytes = await store();
  await client.indices.forcemerge({ index: INDEX, max_num_segments: 1 });
  await client.indices.refresh({ index: INDEX });
  const storeBytes = await store();
  await client.close();

  const sqliteDb = openDatabase(sqlitePath, { readonly: true });
  const osDb = openDatabase(osPath, { readonly: true });
  const os = openSearchBackend(osDb, osPath, { url: node.url, index: INDEX });
  try {
    console.log(`timing ${QUERIES.length} queries × ${RUNS} on each…`);
    const sqliteQ = await timeQueries(sqliteBackend(sqliteDb, sqlitePath));
    const osQ = await timeQueries(os);
    let realCorpus: Measured['realCorpus'] = null;
    const realFolder = join(SHARED_DIR, 'corpus', 'files');
    if (REAL && existsSync(realFolder)) {
      console.log(`indexing ${realFolder} for its text per input byte…`);
      const realPath = join(work, 'real.db');
      await cliIndex(realFolder, realPath);
      realCorpus = { inputBytes: folderBytes(realFolder), textBytes: textBytes(realPath) };
    }
    return {
      date: new Date().toISOString(),
      filings: sqliteRun.filings,
      inputBytes,
      textBytes: textBytes(sqlitePath),
      heapMb: HEAP_MB,
      loadStart,
      loadEnd: loadavg(),
      sqlite: { seconds: sqliteRun.seconds, dbBytes: fileBytes(sqlitePath), ...sqliteQ },
      opensearch: {
        catalogSeconds: osRun.seconds,
        syncSeconds: osRun.opensearch.seconds,
        storeBytes,
        unmergedBytes,
        ...osQ,
      },
      realCorpus,
    };
  } finally {
    await os.close();
    sqliteDb.close();
    osDb.close();
  }
}

function print(r: ClusterResults): void {
  const size = r.filings === r.issueSize ? `${r.filings} filings` : `${r.filings} filings (NOT the issue's 100,000)`;
  console.log(
    `${size}, ${r.inputMB} MB input, ${r.textMB} MB text; load average ${r.loadAverage.start.join(' ')} → ` +
      `${r.loadAverage.end.join(' ')}; node heap ${r.heapMb} MB`,
  );
  const row = (name: string, e: EngineFigures) =>
    `${name.padEnd(11)} ${String(e.ingestMBps).padStart(11)} ${String(e.p50Ms).padStart(8)} ${String(e.p95Ms).padStart(8)} ` +
    `${String(e.indexMB).padStart(9)} ${String(e.indexPerTextByte).padStart(11)}`;
  console.log(
    `${'engine'.padEnd(11)} ${'ingest MB/s'} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'index MB'.padStart(9)} ${'index/text'.padStart(11)}`,
  );
  console.log(row('sqlite', r.sqlite));
  console.log(row('opensearch', r.opensearch));
  const o = r.opensearch;
  console.log(
    `opensearch ingest = catalog ${o.catalogSeconds} s + sync ${o.syncSeconds} s (sync alone ${o.syncMBps} MB/s input, ` +
      `${o.syncTextMBps} MB/s text); store before force-merge ${o.unmergedMB} MB; equal totals ${r.equalTotals}/${r.queries}`,
  );
  if (r.realCorpus)
    console.log(
      `real corpus: ${r.realCorpus.inputMB} MB input → ${r.realCorpus.textMB} MB text = ${r.realCorpus.textPerInputByte} text/input`,
    );
  for (const s of r.edgarSizing) console.log(`EDGAR sizing:\n  ${s.steps.join('\n  ')}`);
}

export async function run(): Promise<Record<string, unknown>> {
  const missing = missingJava();
  if (missing) {
    console.log(`bench cluster: skipped: ${missing}`);
    return { skipped: missing };
  }
  buildLauncher();
  let node: TestNode | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    for (const c of children) c.kill('SIGKILL');
    stopping ??= node?.stop() ?? Promise.resolve();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`bench cluster: ${signal}: stopping the node`);
    void stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    node = await startNode({ name: 'bench-node', clusterName: 'edgar-bench', heapMb: HEAP_MB });
    const results = clusterResults(await measure(node));
    print(results);
    return results as unknown as Record<string, unknown>;
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
