// Correctness on real filings: the corpus is indexed with the real indexer, and for word and
// phrase queries the set of filings search() returns must equal what a plain scan of every
// document's extracted text (and its head: form, company names, document type and title)
// finds, with this test's own tokenizer. Covers exhibits and 1990s filings explicitly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { search } from '../../../../src/main/core/search';
import { porterStem } from '../../../../src/shared/query/text';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';

const WORDS = ['merger', 'servicing', 'indemnification', 'goodwill', 'tobacco', 'debenture', 'whereas', 'bankruptcy'];
const PHRASES = ['definitive agreement', 'material adverse effect', 'plan of merger', 'loan servicing', 'year 2000'];
const QUERIES = [...WORDS, ...PHRASES.map((p) => `"${p}"`), 'tobacco litigation'];

// The reference tokenizer: Unicode letter/digit runs, lower case, Latin accents stripped.
const memo = new Map<string, string>();
function stems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = m[0]
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    let s = memo.get(folded);
    if (s === undefined) memo.set(folded, (s = porterStem(folded)));
    out.push(s);
  }
  return out;
}

function containsSeq(hay: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** query -> filings whose some document (head or body) matches. */
type Truth = Map<string, Set<number>>;

interface DocRow {
  id: number;
  fid: number;
  form: string | null;
  type: string | null;
  description: string | null;
  year: number | null;
  z: Buffer;
}

let dir: string;
let db: Db;
let truth: Truth;
const inExhibits = new Set<string>();
const nineties = new Set<string>();

function scan(): Truth {
  const out: Truth = new Map(QUERIES.map((q) => [q, new Set<number>()]));
  const needles = QUERIES.map((q) => ({ q, parts: q.startsWith('"') ? [stems(q)] : stems(q).map((s) => [s]) }));
  const names = new Map<number, string>();
  for (const r of db
    .prepare("SELECT filing_id, group_concat(name, ' ') AS n FROM companies GROUP BY filing_id")
    .raw()
    .all() as [number, string][]) {
    names.set(r[0], r[1] ?? '');
  }
  const docs = db.prepare(
    `SELECT d.id, d.filing_id AS fid, f.form_type AS form, d.type, d.description, f.year, t.z
     FROM documents d JOIN filings f ON f.id = d.filing_id JOIN doc_text t ON t.doc_id = d.id`,
  );
  for (const d of docs.iterate() as Iterable<DocRow>) {
    const head = stems([d.form, names.get(d.fid), d.type, d.description].filter(Boolean).join(' '));
    const body = stems(inflateRawSync(d.z).toString('utf8'));
    for (const { q, parts } of needles) {
      // Each part (a word, or the whole phrase) must occur within one column, as FTS5 requires.
      if (parts.every((p) => containsSeq(head, p) || containsSeq(body, p))) {
        out.get(q)!.add(d.fid);
        if (d.type?.startsWith('EX-')) inExhibits.add(q);
        if (d.year && d.year < 2000) nineties.add(q);
      }
    }
  }
  return out;
}

describeWithShared('search equals a plain scan of the corpus text', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'search-corpus-'));
    await indexFolders({ dbPath: join(dir, 'archive.db'), roots: [CORPUS_FILES] });
    db = openDatabase(join(dir, 'archive.db'));
    truth = scan();
  }, 300_000);
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(QUERIES)('%s', (query) => {
    const expected = truth.get(query)!;
    expect(expected.size).toBeGreaterThan(0);
    const res = search(db, { query, limit: 100_000 });
    expect(res.total).toBe(expected.size);
    expect(new Set(res.results.map((r) => r.id))).toEqual(expected);
    // Body matches show at least one hit in the snippet.
    const withHits = res.results.filter((r) => r.snippetHits.length > 0).length;
    expect(withHits).toBeGreaterThan(res.results.length * 0.9);
  });

  it('the queries reach into exhibits and 1990s filings', () => {
    expect(inExhibits.size).toBeGreaterThanOrEqual(3);
    expect(nineties.size).toBeGreaterThanOrEqual(5);
  });
});
