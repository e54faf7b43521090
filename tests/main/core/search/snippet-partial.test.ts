// A result's snippet is cut from as little of the stored text as it needs (snippet-text); it
// must be exactly the one the whole text gave before that. The reference below is the
// snippet code as it was then, run over the whole text; each case is checked for the prefix
// tried first cut at every byte of the stream, and on every document of the real filings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { planQuery } from '../../../../src/main/core/search/compile';
import { HitFinder, type Hit } from '../../../../src/main/core/search/hits';
import { isSpace, makeSnippet, type Snippet } from '../../../../src/main/core/search/snippet';
import { deflatedSnippet } from '../../../../src/main/core/search/snippet-text';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';

// The reference: snippet.ts as it was before partial inflation (commit 3320ecf), word for word.
const SPACE = /\s/;

function snapForward(text: string, i: number, limit: number): number {
  for (let k = i; k < Math.min(limit, i + 20); k++) if (SPACE.test(text[k])) return k + 1;
  return i;
}

function snapBack(text: string, i: number, floor: number): number {
  for (let k = i; k > Math.max(floor, i - 20); k--) if (SPACE.test(text[k - 1])) return k - 1;
  return i;
}

function referenceSnippet(text: string, hits: Iterator<Hit>): Snippet {
  const first = hits.next();
  const anchor = first.done ? 0 : first.value[0];
  let start = anchor > 70 ? snapForward(text, anchor - 70, anchor) : 0;
  let end = Math.min(text.length, start + 240);
  if (end < text.length) end = snapBack(text, end, first.done ? start : first.value[1]);
  const inside: Hit[] = [];
  if (!first.done) {
    end = Math.max(end, first.value[1]);
    inside.push(first.value);
    for (let h = hits.next(); !h.done && h.value[0] < end; h = hits.next()) {
      if (h.value[1] <= end) inside.push(h.value);
    }
  }
  while (start < end && SPACE.test(text[start])) start++;
  const map = new Int32Array(end - start + 1);
  let out = start > 0 ? '…' : '';
  let inSpace = false;
  for (let i = start; i < end; i++) {
    map[i - start] = out.length;
    const c = text[i];
    if (SPACE.test(c)) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += c;
      inSpace = false;
    }
  }
  map[end - start] = out.length;
  out = out.trimEnd();
  const snippetHits = inside.map(([s, e]): Hit => [map[s - start], Math.min(map[e - start], out.length)]);
  if (end < text.length) out += '…';
  return { snippet: out, snippetHits };
}

/** The whole text's snippet as it was cut before; the hits are the whole text's, in order. */
const reference = (text: string, finder: HitFinder) => referenceSnippet(text, finder.hits(text));

const finderOf = (query: string) => new HitFinder(planQuery(query).highlight);

/** Deflate streams of `text`: level 0 (stored: each byte in is a byte out) and level 1 (as indexed). */
const streams = (text: string) => [0, 1].map((level) => deflateRawSync(text, { level }));

/** Prefixes tried first that differ from the reference, as [level, bytes] (none is the pass). */
function wrongCuts(text: string, query: string, firsts?: number[]): [number, number][] {
  const finder = finderOf(query);
  const want = reference(text, finder);
  const wrong: [number, number][] = [];
  if (!isDeepStrictEqual(makeSnippet(text, finder), want)) wrong.push([-1, text.length]);
  streams(text).forEach((z, level) => {
    for (const n of firsts ?? Array.from({ length: z.length }, (_, i) => i + 1)) {
      if (!isDeepStrictEqual(deflatedSnippet(z, finder, n), want)) wrong.push([level, n]);
    }
  });
  return wrong;
}

const filler = (words: number, seed = 1) => {
  const vocab = ['the', 'issuer', 'shall', 'report', 'annual', 'of', 'and', 'filed', 'period', 'form', 'plan'];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out.push(vocab[x % vocab.length]);
  }
  return out.join(' ');
};

describe('isSpace', () => {
  it('is /\\s/ for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('the snippet from a prefix of the stored text equals the whole text’s, at every cut', () => {
  it('multi-byte characters (é, 中, emoji) around and inside the hits', () => {
    const text = `${'é中😀 Ünïcode 中文 '.repeat(12)}the café sold stock 中文 ${'😀é中 x '.repeat(30)} more stock é`;
    for (const q of ['stock', 'café', 'cafe', '中文', 'unicode']) expect(wrongCuts(text, q), q).toEqual([]);
  });

  it('a hit or a phrase split by the cut', () => {
    const text = `${filler(80)} investment company ${filler(20, 2)} Investment Company Act of 1940 ${filler(60, 3)}`;
    for (const q of ['"investment company act"', 'investment', 'compan*', '"company act"']) {
      expect(wrongCuts(text, q), q).toEqual([]);
    }
  });

  it('a longer pattern that overlaps a shorter one and reaches past the cut, at the window’s end', () => {
    // The second phrase is moved across the window's end: there "alpha" alone would fit in it.
    for (let words = 20; words < 40; words++) {
      const text = `${filler(70)} alpha beta gamma ${filler(words, 4)} alpha beta gamma ${filler(40, 5)}`;
      for (const q of ['alpha "alpha beta gamma"', '"alpha beta" "beta gamma"']) {
        expect(wrongCuts(text, q), `${q} after ${words}`).toEqual([]);
      }
    }
  });

  it('merged hits that chain across the cut', () => {
    const text = `${filler(60)} ${'alpha beta '.repeat(40)}${filler(30, 6)}`;
    expect(wrongCuts(text, '"alpha beta" "beta alpha"')).toEqual([]);
  });

  it('texts shorter than the window, with no hit, with a hit at 0 or at the very end', () => {
    const cases: [string, string][] = [
      ['A stock.', 'stock'],
      ['stock', 'stock'],
      [`Stock ${filler(100)}`, 'stock'],
      [`${filler(100)} stock`, 'stock'],
      [`${filler(100)} stock\n`, 'stock'],
      [`${filler(100)} the end`, 'zebra'],
      [`${filler(30)} zebra`, 'zebra*'],
      ['', 'stock'],
    ];
    for (const [text, q] of cases) expect(wrongCuts(text, q), `${q} in ${text.slice(0, 20)}`).toEqual([]);
  });

  it('whitespace runs (also non-ASCII spaces) at the cut and around the window', () => {
    const gaps = ['   ', '\n\n\t ', '\u00a0\u00a0', ' \u3000 ', '\r\n', ' \u2028 '];
    const words = filler(200).split(' ');
    const text = words.map((w, i) => w + gaps[i % gaps.length]).join('') + ' stock  \n ' + words.join('   ');
    for (const q of ['stock', 'report', '"annual report"']) expect(wrongCuts(text, q), q).toEqual([]);
  });

  it('long tokens the window cannot snap back from', () => {
    const long = 'x'.repeat(300);
    const text = `${filler(40)} ${long} stock${long} stock ${long}${filler(40)} stock`;
    for (const q of ['stock', 'x*']) expect(wrongCuts(text, q), q).toEqual([]);
  });

  it('prefix terms and NEAR groups', () => {
    const text = `${filler(150)} securities security secured ${filler(30, 7)} annual ${filler(3, 8)} report ${filler(50, 9)}`;
    for (const q of ['secur*', 'NEAR(annual report, 5)', 'NEAR(securities annual, 40)']) {
      expect(wrongCuts(text, q), q).toEqual([]);
    }
  });

  it('a 1 MB document whose only hit is near its end', () => {
    const text = `${filler(190_000)} the auditor ${filler(200, 10)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const z = deflateRawSync(text, { level: 1 }).length;
    expect(wrongCuts(text, 'auditor', [1, 100, 1024, 5000, 65_536, z - 100, z - 1, z])).toEqual([]);
  });

  it('random texts and queries', () => {
    const vocab = ['stock', 'Stocks', 'bond', 'é', 'café', '中文', '😀', 'alpha', 'beta', 'x-ray', '10', 'ßtock'];
    const gaps = [' ', '  ', '\n', '\t\n ', '\u00a0', '.', ', '];
    const queries = ['stock', 'café', '"alpha beta"', 'stock*', 'NEAR(alpha bond, 3)', '"10 stock" beta', '中文'];
    let x = 7;
    const pick = <T>(xs: T[]) => xs[(x = (x * 1103515245 + 12345) % 2 ** 31) % xs.length];
    for (let round = 0; round < 40; round++) {
      let text = '';
      const words = 20 + (round % 7) * 30;
      for (let i = 0; i < words; i++) text += pick(vocab) + pick(gaps);
      expect(wrongCuts(text, pick(queries)), text).toEqual([]);
    }
  });
});

const QUERIES = [
  'stock',
  'merger',
  'goodwill',
  'tobacco',
  'indemnification',
  '"material adverse effect"',
  '"plan of merger"',
  'secur*',
  'NEAR(annual report, 5)',
  'hôtel',
  'company',
  'whereas debenture',
];

let dir: string;
let db: Db;
let docs: { id: number; z: Buffer; text: string }[];

describeWithShared('snippets from part of the stored text equal the whole text’s, on real filings', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'snippet-partial-'));
    await indexFolders({ dbPath: join(dir, 'archive.db'), roots: [CORPUS_FILES] });
    db = openDatabase(join(dir, 'archive.db'));
    const rows = db.prepare('SELECT doc_id AS id, z FROM doc_text ORDER BY doc_id').all() as {
      id: number;
      z: Buffer;
    }[];
    docs = rows.map((r) => ({ ...r, text: inflateRawSync(r.z).toString('utf8') }));
  }, 300_000);
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(QUERIES)('%s, every document', (query) => {
    const finder = finderOf(query);
    const wrong: number[] = [];
    let partial = 0;
    for (const d of docs) {
      const want = reference(d.text, finder);
      const got = [deflatedSnippet(d.z, finder), deflatedSnippet(d.z, finder, 64), makeSnippet(d.text, finder)];
      if (!got.every((g) => isDeepStrictEqual(g, want))) wrong.push(d.id);
      if (want.snippetHits.length && d.z.length > 4096) partial++;
    }
    expect(wrong).toEqual([]);
    // The corpus reaches the partial path: long documents with hits.
    expect(partial).toBeGreaterThan(0);
  });
});
