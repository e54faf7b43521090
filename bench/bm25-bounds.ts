// `npm run bench -- bounds`: would block-max bounds let a common-term query score only part of
// its matches and still return FTS5's exact top k? (docs/architecture.md, "Common terms".)
// For each single-word text query of the search bench, on the search bench's cached archives
// (BENCH_BOUNDS_COUNTS, default 10000; BENCH_BOUNDS_DB=<archive.db> measures that one instead), it reproduces FTS5's bm25 of every matching document
// from the index's own data (fts5vocab instances: hits per column; %_docsize: each document's
// length; the idf and average length as FTS5 computes them), checks that the reproduction
// gives FTS5's top k with its scores, and then counts, for blocks of B consecutive document
// ids, how many matching documents lie in blocks whose best score could still reach the k-th:
// the documents a block-max ranking must score before its top k is exact. Beside it, in the
// same run: FTS5's own top k (`ORDER BY bm25 LIMIT k`, what search does today) and the scan of
// the term's instances that building such bounds needs.
import { resolve } from 'node:path';
import { openDatabase, type Db } from '../src/main/core/db/open';
import { BM25 } from '../src/main/core/search/best-documents';
import { quote } from '../src/main/core/search/fts-expr';
import { indexTerms } from '../src/shared/query/text';
import { prepare } from './search-latency';
import { round } from './stats';

const COUNTS = (process.env.BENCH_BOUNDS_COUNTS ?? '10000').split(',').map(Number);
const ONE_DB = process.env.BENCH_BOUNDS_DB;
const K = 200; // rank-top.ts's FIRST_K: what a first page fetches
const BLOCKS = [64, 256, 1024, 4096];
const WORDS = ['stock', 'report', 'trust', 'employee', 'acquisition', 'auditor'];
// FTS5's bm25 (fts5_aux.c): k1 1.2, b 0.75, idf clamped to 1e-6 when log(...) <= 0.
const K1 = 1.2;
const B = 0.75;
const HEAD_WEIGHT = 10; // bm25(doc_fts, 10.0, 1.0): head, body

/** SQLite varints (big-endian groups of 7 bits), as FTS5 writes %_docsize and its averages. */
function varints(buf: Uint8Array): number[] {
  const out: number[] = [];
  for (let p = 0; p < buf.length;) {
    let v = 0;
    let byte: number;
    do {
      byte = buf[p++]!;
      v = v * 128 + (byte & 0x7f);
    } while (byte & 0x80 && p < buf.length);
    out.push(v);
  }
  return out;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const ms = (t0: number) => round(performance.now() - t0);

interface WordFigures {
  word: string;
  matches: number;
  /** FTS5's top k, as search ranks today. */
  fts5TopKMs: number;
  /** Reading the term's hits per document and column (what a writer-side bound table needs). */
  instanceScanMs: number;
  /** True when the reproduced scores give FTS5's top k, ids and scores (relative error below). */
  reproduced: boolean;
  maxRelError: number;
  /** Per block size: the share of matching documents a block-max ranking must still score. */
  scoredShare: Record<string, number>;
}

function measure(db: Db, lengths: Map<number, number>, avgdl: number, rows: number, word: string): WordFigures {
  const term = indexTerms(word)[0]!;
  let t0 = performance.now();
  const top = db
    .prepare(`SELECT rowid, ${BM25} AS s FROM doc_fts WHERE doc_fts MATCH ? ORDER BY s, rowid LIMIT ${K}`)
    .raw()
    .all(quote(word)) as [number, number][];
  const fts5TopKMs = ms(t0);
  t0 = performance.now();
  const hits = db
    .prepare('SELECT doc, col, count(*) FROM temp.bounds_vocab WHERE term = ? GROUP BY doc, col')
    .raw()
    .all(term) as [number, string, number][];
  const instanceScanMs = ms(t0);
  const tf = new Map<number, number>();
  for (const [doc, col, n] of hits) tf.set(doc, (tf.get(doc) ?? 0) + (col === 'head' ? HEAD_WEIGHT : 1) * n);
  const matches = tf.size;
  const idf = Math.max(1e-6, Math.log((rows - matches + 0.5) / (matches + 0.5)));
  const scored = Array.from(tf, ([doc, f]) => {
    const d = lengths.get(doc) ?? 0;
    return [doc, -1 * ((idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d) / avgdl)))] as [number, number];
  }).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  let maxRelError = 0;
  let reproduced = scored.length >= top.length;
  top.forEach(([doc, s], i) => {
    const mine = scored[i];
    if (!mine || mine[0] !== doc) reproduced = false;
    else maxRelError = Math.max(maxRelError, Math.abs((mine[1] - s) / s));
  });
  const kth = scored[Math.min(K, scored.length) - 1]?.[1] ?? 0;
  const scoredShare: Record<string, number> = {};
  for (const size of BLOCKS) {
    const best = new Map<number, number>();
    const count = new Map<number, number>();
    for (const [doc, s] of scored) {
      const block = Math.floor(doc / size);
      best.set(block, Math.min(best.get(block) ?? 0, s));
      count.set(block, (count.get(block) ?? 0) + 1);
    }
    let must = 0;
    for (const [block, s] of best) if (s <= kth) must += count.get(block)!;
    scoredShare[String(size)] = round(must / Math.max(1, matches), 3);
  }
  return { word, matches, fts5TopKMs, instanceScanMs, reproduced, maxRelError, scoredShare };
}

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const archives = ONE_DB ? [{ label: 'archive', dbPath: ONE_DB }] : [];
  if (!ONE_DB) for (const n of COUNTS) archives.push({ label: `${n} filings`, dbPath: (await prepare(n)).dbPath });
  for (const { label, dbPath } of archives) {
    const db = openDatabase(dbPath, { readonly: true });
    try {
      db.exec('CREATE VIRTUAL TABLE temp.bounds_vocab USING fts5vocab(main, doc_fts, instance)');
      const lengths = new Map<number, number>();
      for (const [id, sz] of db.prepare('SELECT id, sz FROM doc_fts_docsize').raw().iterate() as Iterable<
        [number, Uint8Array]
      >) {
        lengths.set(id, sum(varints(sz)));
      }
      // FTS5's own row count and token totals (the "averages" record, id 1 of %_data).
      const [rows, ...totals] = varints(
        db.prepare('SELECT block FROM doc_fts_data WHERE id = 1').pluck().get() as Uint8Array,
      ) as [number, ...number[]];
      const words = WORDS.map((w) => measure(db, lengths, sum(totals) / rows, rows, w));
      console.log(`${label} (${rows} documents, ${resolve(dbPath)}), top ${K}:`);
      for (const w of words) {
        const shares = BLOCKS.map((b) => `${b}: ${Math.round(w.scoredShare[String(b)]! * 100)}%`).join(', ');
        console.log(
          `  ${w.word}: ${w.matches} matches; FTS5 top ${K} ${w.fts5TopKMs} ms, instance scan ${w.instanceScanMs} ms; ` +
            `reproduced ${w.reproduced} (max rel. error ${w.maxRelError.toExponential(1)}); ` +
            `documents a block-max ranking still scores, by block size: ${shares}`,
        );
      }
      out[ONE_DB ? resolve(ONE_DB) : label.split(' ')[0]!] = { documents: rows, k: K, words };
    } finally {
      db.close();
    }
  }
  return out;
}
