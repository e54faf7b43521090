// Inputs of the hostile-archive suite, generated in temp folders (nothing large is kept in
// the repo): small valid filings, text of any size written in chunks, sparse files, gzip
// bombs built from repeated members, and a run helper that measures the run's peak RSS.
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { indexFolders, type IndexFoldersOptions } from '../../src/main/core/indexer/index-folders';
import { openDatabase } from '../../src/main/core/db/open';
import type { IndexSummary } from '../../src/shared/api/types';

export const MB = 1024 * 1024;

/** The big cases (hundreds of MB to GB, minutes) run only with HOSTILE_BIG=1 (`npm run bench -- hostile`). */
export const BIG = process.env.HOSTILE_BIG === '1';

/** A small but complete SGML submission: header, one 10-K document with `words` in its text. */
export function submission(n: number, words = 'the registrant reports quarterly revenue growth'): string {
  const accession = `0000950123-24-${String(n).padStart(6, '0')}`;
  const cik = String(1_000_000 + n).padStart(10, '0');
  return [
    `<SEC-DOCUMENT>${accession}.txt : 20240102`,
    `<SEC-HEADER>${accession}.hdr.sgml : 20240102`,
    `ACCESSION NUMBER:\t\t${accession}`,
    'CONFORMED SUBMISSION TYPE:\t10-K',
    'PUBLIC DOCUMENT COUNT:\t\t1',
    'FILED AS OF DATE:\t\t20240102',
    '',
    'FILER:',
    '',
    '\tCOMPANY DATA:\t',
    `\t\tCOMPANY CONFORMED NAME:\t\t\tHOSTILE TEST CORP ${n}`,
    `\t\tCENTRAL INDEX KEY:\t\t\t${cik}`,
    '</SEC-HEADER>',
    '<DOCUMENT>',
    '<TYPE>10-K',
    '<SEQUENCE>1',
    '<FILENAME>report.txt',
    '<TEXT>',
    `ANNUAL REPORT of Hostile Test Corp ${n}. ${words}.`,
    '</TEXT>',
    '</DOCUMENT>',
    '</SEC-DOCUMENT>',
    '',
  ].join('\n');
}

/** Writes `total` bytes of `chunk` repeated, holding no more than the chunk in memory. */
export function writeRepeated(path: string, chunk: Buffer, total: number): void {
  const fd = openSync(path, 'w');
  try {
    for (let done = 0; done < total; done += chunk.length)
      writeSync(fd, chunk, 0, Math.min(chunk.length, total - done));
  } finally {
    closeSync(fd);
  }
}

/**
 * A file of `total` bytes that starts with readable text and is a hole after it (sparse: no
 * disk, no memory). Its first bytes pass every content sniff, so only a size limit stops it.
 */
export function sparseText(path: string, total: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, Buffer.from('The registrant reports quarterly revenue growth.\n'.repeat(400)));
    ftruncateSync(fd, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * A gzip that inflates to at least `inflated` bytes of text: one member of `memberBytes`
 * repeated (gunzip reads every member of a multi-member file). Small on disk and quick to
 * build; its trailer's size field names one member only, as a hostile file's may lie.
 */
export function gzipBomb(path: string, inflated: number, memberBytes = 64 * MB): void {
  const line = Buffer.from('the registrant reports quarterly revenue growth and more text\n');
  const member = gzipSync(Buffer.alloc(memberBytes, line), { level: 9 });
  const fd = openSync(path, 'w');
  try {
    for (let done = 0; done < inflated; done += memberBytes) writeSync(fd, member);
  } finally {
    closeSync(fd);
  }
}

export interface RunResult {
  summary: IndexSummary;
  errors: Map<string, string>;
  /** Paths of the files indexed as (part of) a filing. */
  indexed: string[];
}

/** Indexes `root` into a new database in `dbDir` and reads back what it recorded. */
export async function indexAndRead(
  root: string,
  dbPath: string,
  opts: Partial<IndexFoldersOptions> = {},
): Promise<RunResult> {
  const summary = await indexFolders({ dbPath, roots: [root], ...opts });
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const indexed = db
      .prepare<[], string>(`SELECT path FROM files WHERE status = 'indexed' AND filing_id IS NOT NULL ORDER BY path`)
      .pluck()
      .all();
    return { summary, errors: new Map(summary.errors.map((e) => [e.path, e.reason])), indexed };
  } finally {
    db.close();
  }
}
