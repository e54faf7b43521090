// A synthetic index of any size, written through the real store (FilingWriter) without
// parsing files: the export benchmark and the 100,000-row table test share it.
import { existsSync, rmSync } from 'node:fs';
import { openDatabase } from '../src/main/core/db/open';
import { FilingWriter } from '../src/main/core/store/filing-writer';
import { prepareFiling } from '../src/main/core/store/prepared-filing';
import type { Company, Filing } from '../src/shared/filing';
import { emptyCompany } from '../src/shared/parser/empty';

/** Builds the index at `path` unless one with `count` filings is already there. */
export function ensureSyntheticIndex(path: string, count: number): boolean {
  if (hasSyntheticIndex(path, count)) return false;
  buildSyntheticIndex(path, count);
  return true;
}

export function hasSyntheticIndex(path: string, count: number): boolean {
  if (!existsSync(path)) return false;
  const db = openDatabase(path, { readonly: true });
  try {
    // Every synthetic document holds "revenue": an index without FTS rows is stale.
    const filings = db.prepare('SELECT count(*) FROM filings').pluck().get();
    const indexed = db.prepare("SELECT count(*) FROM doc_fts WHERE doc_fts MATCH 'revenue'").pluck().get();
    return filings === count && indexed === count;
  } finally {
    db.close();
  }
}

/** A seeded LCG (Numerical Recipes constants): every build writes the same rows. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS = (
  'revenue income net operating expenses quarter fiscal year agreement merger acquisition board directors ' +
  'shares common stock dividend cash flow assets liabilities equity risk factors market sales growth ' +
  'segment customers products services interest rate debt credit facility lease tax audit committee'
).split(' ');
const NAMES = ['ATLANTIC', 'BEACON', 'CASCADE', 'DELTA', 'EVERGREEN', 'FRONTIER', 'GRANITE', 'HARBOR', 'SUMMIT'];
const SUFFIXES = ['INC', 'CORP', 'HOLDINGS, INC.', 'CO /DE/', 'TRUST "A"', 'LP'];
const FORMS = ['8-K', '10-K', '10-Q', 'SC 13D', 'S-1', 'DEF 14A'];
const ITEMS = ['1.01', '2.02', '5.02', '7.01', '8.01', '9.01'];

/**
 * Writes `count` synthetic filings through the real store (FilingWriter), each with one or two
 * companies, a few items, one ~120-word text document and a file row: the shape the indexer
 * leaves, at a fraction of the cost of parsing 100,000 files.
 */
export function buildSyntheticIndex(path: string, count: number): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = openDatabase(path);
  const writer = new FilingWriter(db);
  const insertFile = db.prepare(
    `INSERT INTO files (path, size, mtime_ms, hash, status, indexed_at) VALUES (?, ?, 0, ?, 'indexed', 0) RETURNING id`,
  );
  const linkFile = db.prepare('UPDATE files SET filing_id = ? WHERE id = ?');
  const random = lcg(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  // FilingWriter.transaction, not db.transaction: the writer queues FTS rows until its commit.
  const write = (from: number, to: number) =>
    writer.transaction(() => {
      for (let i = from; i < to; i++) {
        const filing = syntheticFiling(i, random, pick);
        const fileId = insertFile
          .pluck()
          .get(`/archive/${filing.filedDate}/${filing.accessionNumber}.txt`, 20_000, randomHex(random)) as number;
        linkFile.run(writer.insert(prepareFiling(filing, randomHex(random)), fileId), fileId);
      }
    });
  for (let i = 0; i < count; i += 5000) write(i, Math.min(count, i + 5000));
  db.close();
}

/** A SHA-256-shaped hex string (the sidecar-style hash a files row holds). */
function randomHex(random: () => number): string {
  return Array.from({ length: 8 }, () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
}

function syntheticFiling(i: number, random: () => number, pick: <T>(xs: readonly T[]) => T): Filing {
  const company = (role: Company['role'], n: number): Company => ({
    ...emptyCompany(role),
    name: `${pick(NAMES)} ${pick(NAMES)} ${pick(SUFFIXES)}`,
    cik: String(1_000_000 + n).padStart(10, '0'),
    sic: random() < 0.8 ? String(1000 + Math.floor(random() * 8000)) : null,
    stateOfIncorporation: pick(['DE', 'NY', 'CA', 'NV', 'E9']),
    fiscalYearEnd: '1231',
    fileNumber: `001-${String(10_000 + (n % 90_000))}`,
  });
  const year = 2001 + (i % 24);
  const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const companies =
    random() < 0.2 ? [company('subject-company', i), company('filed-by', i + 7)] : [company('filer', i)];
  const words = Array.from({ length: 120 }, () => pick(WORDS));
  words[Math.floor(random() * words.length)] = 'revenue';
  const text = words.join(' ');
  return {
    format: 'sgml',
    accessionNumber: `00${String(1_000_000 + (i % 8_000_000)).padStart(8, '0')}-${String(year).slice(2)}-${String(i).padStart(6, '0')}`,
    formType: pick(FORMS),
    filedDate: date,
    periodOfReport: date,
    acceptanceDateTime: null,
    date,
    dateKind: 'filed',
    companies,
    items: [pick(ITEMS), pick(ITEMS)].map((code) => ({ code, title: null })),
    sections: [],
    sectionsUnresolved: [],
    documents: [
      {
        sequence: 1,
        type: 'TEXT',
        filename: 'doc.txt',
        description: null,
        format: 'text',
        textChars: text.length,
        text,
      },
    ],
    exhibits: [],
    signatures: [],
    sources: {},
    extra: {},
    warnings: [],
  };
}
