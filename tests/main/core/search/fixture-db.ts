// Test databases built by writing rows straight into the schema (the way the indexer does,
// through prepareFiling), so search tests control exactly what is indexed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { prepareFiling } from '../../../../src/main/core/store/prepared-filing';
import type { Company, Filing, FilingDocument } from '../../../../src/shared/filing';
import { parseFiling } from '../../../../src/shared/parser';

export interface Entry {
  path: string;
  filing: Filing;
}

export function writeFilings(db: Db, entries: readonly Entry[]): void {
  const insFiling = db.prepare(`INSERT INTO filings (key, accession, format, form_type, filed_date, period, acceptance,
    year, company_name, cik, file_number, doc_count, meta_json) VALUES (@key, @accession, @format, @formType,
    @filedDate, @period, @acceptance, @year, @companyName, @cik, @fileNumber, @docCount, @metaJson)
    ON CONFLICT(key) DO NOTHING RETURNING id`);
  const insCompany = db.prepare(`INSERT INTO companies (filing_id, ord, role, name, cik, sic, irs_number, state,
    fiscal_year_end, file_number, business_address, mail_address, phone, former_names) VALUES (@filingId, @ord,
    @role, @name, @cik, @sic, @irsNumber, @state, @fiscalYearEnd, @fileNumber, @businessAddress, @mailAddress,
    @phone, @formerNames)`);
  const insItem = db.prepare('INSERT OR IGNORE INTO items (filing_id, code, title) VALUES (?, ?, ?)');
  const insExhibit = db.prepare('INSERT INTO exhibits (filing_id, number, description) VALUES (?, ?, ?)');
  const insDoc = db.prepare(`INSERT INTO documents (filing_id, ord, sequence, type, filename, description, format,
    text_chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`);
  const insText = db.prepare('INSERT INTO doc_text (doc_id, z) VALUES (?, ?)');
  const insFts = db.prepare('INSERT INTO doc_fts (rowid, head, body) VALUES (?, ?, ?)');
  const insFile = db.prepare(`INSERT INTO files (path, size, mtime_ms, hash, status, filing_id, indexed_at)
    VALUES (?, 0, 0, NULL, 'indexed', ?, 0) RETURNING id`);
  const setSource = db.prepare('UPDATE filings SET source_file_id = ? WHERE id = ?');
  const byKey = db.prepare('SELECT id FROM filings WHERE key = ?').pluck();
  db.transaction(() => {
    for (const { path, filing } of entries) {
      const p = prepareFiling(filing, createHash('sha256').update(path).digest('hex'));
      const inserted = insFiling.get({ ...p, docCount: p.documents.length }) as { id: number } | undefined;
      if (!inserted) {
        insFile.get(path, byKey.get(p.key));
        continue;
      }
      const id = inserted.id;
      p.companies.forEach((c, ord) => insCompany.run({ ...c, filingId: id, ord }));
      for (const it of p.items) insItem.run(id, it.code, it.title);
      for (const e of p.exhibits) insExhibit.run(id, e.number, e.description);
      p.documents.forEach((d, ord) => {
        const { id: docId } = insDoc.get(
          id,
          ord,
          d.sequence,
          d.type,
          d.filename,
          d.description,
          d.format,
          d.textChars,
        ) as {
          id: number;
        };
        insText.run(docId, d.z);
        insFts.run(docId, d.head, d.text);
      });
      const { id: fileId } = insFile.get(path, id) as { id: number };
      setSource.run(fileId, id);
    }
  })();
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
  return {
    role: 'filer',
    name: 'ACME CORP',
    cik: '0000000001',
    sic: null,
    irsNumber: null,
    stateOfIncorporation: null,
    fiscalYearEnd: null,
    fileNumber: null,
    businessAddress: null,
    mailAddress: null,
    phone: null,
    formerNames: [],
    ...over,
  };
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
    companies: [company()],
    items: [],
    documents: [doc('')],
    exhibits: [],
    signatures: [],
    sources: {},
    extra: {},
    warnings: [],
    ...over,
  };
}
