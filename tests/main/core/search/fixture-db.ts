// Test databases built from Filing objects through the real store (prepareFiling and
// FilingWriter, as the indexer writes them), so search tests control exactly what is indexed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { FilingWriter } from '../../../../src/main/core/store/filing-writer';
import { prepareFiling } from '../../../../src/main/core/store/prepared-filing';
import type { Company, Filing, FilingDocument } from '../../../../src/shared/filing';
import { parseFiling } from '../../../../src/shared/parser';
import { emptyCompany } from '../../../../src/shared/parser/empty';

export interface Entry {
  path: string;
  filing: Filing;
}

/** Writes `entries` through the real store; a second path of the same filing joins it. */
export function writeFilings(db: Db, entries: readonly Entry[]): void {
  const writer = new FilingWriter(db);
  const insFile = db.prepare(`INSERT INTO files (path, size, mtime_ms, hash, status, filing_id, indexed_at)
    VALUES (?, 0, 0, NULL, 'indexed', ?, 0) RETURNING id`);
  const linkFile = db.prepare('UPDATE files SET filing_id = ? WHERE id = ?');
  writer.transaction(() => {
    for (const { path, filing } of entries) {
      const p = prepareFiling(filing, createHash('sha256').update(path).digest('hex'));
      const existing = writer.find(p.key);
      if (existing) {
        insFile.get(path, existing.id);
        continue;
      }
      const { id: fileId } = insFile.get(path, null) as { id: number };
      linkFile.run(writer.insert(p, fileId), fileId);
    }
  });
}

/** A fresh in-memory (or on-disk) database holding `entries`. */
export function buildDb(entries: readonly Entry[], path = ':memory:'): Db {
  const db = openDatabase(path);
  writeFilings(db, entries);
  return db;
}

/** Every file under `dir`, parsed. */
export function parseFolder(dir: string): Entry[] {
  const out: Entry[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: p, filing: parseFiling(readFileSync(p), { path: p }) });
    }
  };
  walk(dir);
  return out;
}

// ---------- synthetic filings ----------

export function company(over: Partial<Company> = {}): Company {
  return { ...emptyCompany('filer'), name: 'ACME CORP', cik: '0000000001', ...over };
}

export function doc(text: string, over: Partial<FilingDocument> = {}): FilingDocument {
  return {
    sequence: 1,
    type: '8-K',
    filename: 'main.txt',
    description: null,
    format: 'text',
    textChars: text.length,
    text,
    ...over,
  };
}

export function filing(over: Partial<Filing> = {}): Filing {
  return {
    format: 'sgml',
    accessionNumber: null,
    formType: '8-K',
    filedDate: null,
    periodOfReport: null,
    acceptanceDateTime: null,
    date: null,
    dateKind: null,
    companies: [company()],
    items: [],
    documents: [doc('')],
    exhibits: [],
    signatures: [],
    sources: {},
    extra: {},
    warnings: [],
    sections: [],
    sectionsUnresolved: [],
    ...over,
  };
}
