// A deterministic query corpus drawn from an indexed archive: words, phrases, prefixes, NEAR,
// NOT, OR, every field filter and combinations, with values taken from the archive itself so
// most queries match something. Used by the parity suite and the cluster bench.
import { inflateRawSync } from 'node:zlib';
import type { Db } from '../../src/main/core/db/open';
import { rng as random } from '../../bench/generate-corpus';
import { parseQuery } from '../../src/shared/query';

const WORD = /^[a-z][a-z]{3,14}$/;

export function queryCorpus(db: Db, size = 240, seed = 7, sectionCount = 60): string[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const docs = db
    .prepare<[], { z: Buffer }>(
      `SELECT t.z FROM doc_text t JOIN documents d ON d.id = t.doc_id JOIN filings f ON f.id = d.filing_id
       ORDER BY f.key, d.ord`,
    )
    .all();
  const texts = docs.map((d) => inflateRawSync(d.z).toString('utf8')).filter((t) => t.length > 2000);
  /** A run of `n` consecutive plain words from a random place of a random document. */
  function run(n: number): string[] | null {
    for (let tries = 0; tries < 50; tries++) {
      const text = pick(texts);
      const at = Math.floor(rnd() * (text.length - 600));
      const words = text
        .slice(at, at + 600)
        .split(/\s+/)
        .slice(1, -1);
      for (let i = 0; i + n <= words.length; i++) {
        const w = words.slice(i, i + n).map((x) => x.toLowerCase());
        if (w.every((x) => WORD.test(x))) return w;
      }
    }
    return null;
  }
  // Sorted, so the corpus does not depend on the order the indexer assigned ids in.
  const column = (sql: string) => db.prepare<[], string>(`${sql} ORDER BY 1`).pluck().all().filter(Boolean);
  const forms = column('SELECT DISTINCT form_type FROM filings WHERE form_type IS NOT NULL');
  const names = column('SELECT DISTINCT lower(name) FROM companies WHERE name IS NOT NULL');
  const ciks = column('SELECT DISTINCT cik FROM companies WHERE cik IS NOT NULL');
  const states = column('SELECT DISTINCT state FROM companies WHERE state IS NOT NULL');
  const sics = column('SELECT DISTINCT sic FROM companies WHERE sic IS NOT NULL');
  const items = column('SELECT DISTINCT code FROM items');
  const years = column('SELECT DISTINCT substr(filed_date, 1, 4) FROM filings WHERE filed_date IS NOT NULL');
  const periods = column('SELECT DISTINCT substr(period, 1, 4) FROM filings WHERE period IS NOT NULL');
  const accessions = column('SELECT accession FROM filings WHERE accession IS NOT NULL');
  const exhibits = column("SELECT DISTINCT type FROM documents WHERE type LIKE 'EX-%'");
  const paths = column('SELECT path FROM files WHERE filing_id IS NOT NULL');
  const word = () => run(1)?.[0] ?? 'company';
  const nameWord = () =>
    pick(
      pick(names)
        .split(/[^a-z]+/)
        .filter((w) => w.length > 3),
    ) ?? 'inc';
  const pathPart = () =>
    pick(
      pick(paths)
        .split('/')
        .filter((p) => p.length > 3),
    ).toLowerCase();
  const filters: (() => string)[] = [
    () => `form:${pick(forms)}`,
    () => `form:${pick(forms).slice(0, 2)}*`,
    () => `company:"${nameWord()}"`,
    () => `cik:${Number(pick(ciks))}`,
    () => `state:${pick(states)}`,
    () => `sic:${pick(sics)}`,
    () => `item:${pick(items)}`,
    () => `filed:${pick(years)}`,
    () => `filed:${pick(years)}-01-01..${pick(years)}-12-31`,
    () => `period:${pick(periods)}`,
    () => `accession:${pick(accessions)}`,
    () => `exhibit:${pick(exhibits)}`,
    () => `file:"${pathPart()}"`,
  ];
  const kinds: (() => string | null)[] = [
    () => word(),
    () => `${word()} ${word()}`,
    () => (run(2) ? `"${run(2)!.join(' ')}"` : null),
    () => (run(3) ? `"${run(3)!.join(' ')}"` : null),
    () => `${word().slice(0, 4)}*`,
    () => (run(2) ? `"${run(2)!.join(' ')}"*` : null),
    () => {
      const r = run(6);
      return r ? `NEAR(${r[0]} ${r[5]}, ${1 + Math.floor(rnd() * 8)})` : null;
    },
    () => `${word()} OR ${word()}`,
    () => `${word()} -${word()}`,
    () => `${word()} NOT (${word()} OR ${word()})`,
    () => pick(filters)(),
    () => `${word()} ${pick(filters)()}`,
    () => `${pick(filters)()} ${pick(filters)()}`,
    () => `-${pick(filters)()}`,
    () => `${word()} (${pick(filters)()} OR ${pick(filters)()})`,
    () => `(${word()} OR ${pick(filters)()}) -${word()}`,
  ];
  const out = new Set<string>();
  // Only queries the language accepts (an item code like 'A' is not a filter value).
  const add = (q: string | null) => {
    if (q && parseQuery(q).errors.length === 0) out.add(q);
  };
  // Every filter at least twice, then the kinds in turn.
  for (const f of filters) for (let i = 0; i < 2; i++) add(f());
  for (let i = 0; out.size < size && i < size * 20; i++) add(kinds[i % kinds.length]());
  // section: queries on top, from their own stream (the queries above stay as they were).
  for (const q of sectionQueries(db, filters, sectionCount, seed + 1)) add(q);
  return [...out];
}

/**
 * section: queries (issue 15): codes alone, words, phrases, prefixes and NEAR drawn from inside
 * a section of that code (so most match), section titles, several codes, with other filters,
 * OR and NOT; and words drawn from outside the section, which the restriction must drop.
 */
function sectionQueries(db: Db, filters: (() => string)[], count: number, seed: number): string[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const rows = db
    .prepare<[], { docId: number; code: string; title: string; start: number; end: number }>(
      `SELECT s.doc_id AS docId, s.code, s.title, s.start, s."end" FROM sections s
       JOIN documents d ON d.id = s.doc_id JOIN filings f ON f.id = d.filing_id
       WHERE s."end" - s.start > 400 ORDER BY f.key, d.ord, s.start, s.code`,
    )
    .all();
  if (!rows.length) return [];
  const text = new Map<number, string>();
  const textOf = (docId: number) => {
    let t = text.get(docId);
    if (t === undefined) {
      const z = db.prepare<[number], Buffer>('SELECT z FROM doc_text WHERE doc_id = ?').pluck().get(docId);
      text.set(docId, (t = z ? inflateRawSync(z).toString('utf8') : ''));
    }
    return t;
  };
  const codes = [...new Set(rows.map((r) => r.code))].sort();
  /** A run of `n` plain words inside a section (of `code` when given), and the section's code. */
  function inside(n: number, code?: string): { words: string[]; code: string } | null {
    const of = code ? rows.filter((r) => r.code === code) : rows;
    for (let tries = 0; tries < 50; tries++) {
      const r = pick(of);
      const at = r.start + Math.floor(rnd() * Math.max(1, r.end - r.start - 300));
      const words = textOf(r.docId)
        .slice(at, Math.min(at + 300, r.end))
        .split(/\s+/)
        .slice(1, -1);
      for (let i = 0; i + n <= words.length; i++) {
        const w = words.slice(i, i + n).map((x) => x.toLowerCase());
        if (w.every((x) => WORD.test(x))) return { words: w, code: r.code };
      }
    }
    return null;
  }
  const titleWord = () =>
    pick(
      pick(rows)
        .title.toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length > 3),
    ) ?? 'risk';
  const word = () => inside(1)?.words[0] ?? 'company';
  const kinds: (() => string | null)[] = [
    () => `section:${pick(codes)}`,
    () => {
      const h = inside(1);
      return h && `${h.words[0]} section:${h.code}`;
    },
    () => {
      const h = inside(2);
      return h && `"${h.words.join(' ')}" section:${h.code}`;
    },
    () => {
      const h = inside(3);
      return h && `"${h.words.join(' ')}" section:${h.code}`;
    },
    () => {
      const h = inside(2);
      return h && `${h.words[0]} ${h.words[1]} section:${h.code}`;
    },
    () => {
      const h = inside(1);
      return h && `${h.words[0].slice(0, 4)}* section:${h.code}`;
    },
    () => {
      const h = inside(5);
      return h && `NEAR(${h.words[0]} ${h.words[4]}, 5) section:${h.code}`;
    },
    () => {
      const h = inside(1);
      return h && `(${h.words[0]} OR ${word()}) section:${h.code}`;
    },
    () => `${word()} section:"${titleWord()}"`,
    () => `section:"${titleWord()}"`,
    () => `${word()} section:${pick(codes)}`, // a word from any section: often outside this one
    () => {
      const h = inside(1);
      return h && `${h.words[0]} section:${h.code} ${pick(filters)()}`;
    },
    () => {
      const h = inside(1);
      return h && `${h.words[0]} section:${h.code} -${word()}`;
    },
    () => `${word()} -section:${pick(codes)}`,
    () => `${word()} (section:${pick(codes)} OR ${pick(filters)()})`,
    () => `section:${pick(codes)} -section:${pick(codes)}`,
    () => `section:${pick(codes)} ${pick(filters)()}`,
    () => {
      const h = inside(1);
      return h && `${h.words[0]} (section:${h.code} OR section:${pick(codes)})`;
    },
    () => {
      const h = inside(1, pick(codes));
      return h && `${h.words[0]} section:${h.code} section:"${titleWord()}"`;
    },
  ];
  const out: string[] = [];
  for (let i = 0; out.length < count && i < count * 20; i++) {
    const q = kinds[i % kinds.length]();
    if (q && parseQuery(q).errors.length === 0 && !out.includes(q)) out.push(q);
  }
  return out;
}
