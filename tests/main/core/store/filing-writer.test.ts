import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeEach, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { FileRecords } from '../../../../src/main/core/store/file-records';
import { FilingWriter } from '../../../../src/main/core/store/filing-writer';
import { prepareFiling, type PreparedFiling } from '../../../../src/main/core/store/prepared-filing';
import { parseFiling } from '../../../../src/shared/parser';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { tempDir } from '../indexer/fixtures';

let db: Db;
const count = (sql: string, ...p: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...p) as number;
const hits = (q: string) => count('SELECT count(*) FROM doc_fts WHERE doc_fts MATCH ?', q);

function prepared(rel: string): PreparedFiling {
  const bytes = readFileSync(join(CORPUS_FILES, rel));
  return prepareFiling(parseFiling(bytes, { path: rel }), 'ab'.repeat(32));
}

function fileRow(path: string): number {
  return new FileRecords(db).putIndexed({ rootId: null as unknown as number, path, size: 1, mtimeMs: 1 }, 'h', null, 3);
}

describeWithShared('FilingWriter', () => {
  beforeEach(() => {
    db = openDatabase(join(tempDir(), 'a.db'));
  });

  it('writes a full submission: filing, companies, documents, deflated text and FTS head/body', () => {
    const f = prepared('dgunning__edgartools/0001104659-25-002604.txt');
    const w = new FilingWriter(db);
    const id = w.transaction(() => w.insert(f, fileRow('/x.txt')));
    const row = db.prepare('SELECT * FROM filings WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({
      key: '0001104659-25-002604',
      format: 'sgml',
      form_type: 'SC TO-T/A',
      doc_count: f.documents.length,
    });
    expect(count('SELECT count(*) FROM companies WHERE filing_id = ?', id)).toBe(f.companies.length);
    // Text is stored once, deflated, and inflates back to the parser's text.
    const docs = db
      .prepare('SELECT d.id, t.z FROM documents d JOIN doc_text t ON t.doc_id = d.id WHERE filing_id = ? ORDER BY ord')
      .all(id) as { id: number; z: Buffer }[];
    expect(docs).toHaveLength(f.documents.length);
    expect(inflateRawSync(docs[0]!.z).toString('utf8')).toBe(f.documents[0]!.text);
    // The head column holds form type and company names; the body the text.
    expect(count(`SELECT count(*) FROM doc_fts WHERE doc_fts MATCH 'head:"CVR ENERGY"'`)).toBe(f.documents.length);
    expect(hits('body:tender')).toBeGreaterThan(0);
  });

  it('replaces a filing in place and deletes it with all its FTS rows', () => {
    const w = new FilingWriter(db);
    const a = prepared('cjavdev__sec_edgar/filing1.txt');
    const id = w.transaction(() => w.insert(a, fileRow('/a.txt')));
    const word = 'zyzzogeton';
    expect(hits(word)).toBe(0);
    const b: PreparedFiling = {
      ...a,
      documents: a.documents.map((d) => ({ ...d, body: Buffer.from(`${d.text} ${word}`) })),
    };
    w.transaction(() => w.replace(id, b, fileRow('/b.txt')));
    expect(w.find(a.key)!.id).toBe(id);
    expect(hits(word)).toBe(a.documents.length);
    // No stale rows: the replaced documents' FTS entries are gone.
    expect(count('SELECT count(*) FROM doc_fts')).toBe(a.documents.length);
    w.transaction(() => w.delete(id));
    for (const t of ['filings', 'documents', 'doc_text', 'companies', 'items', 'exhibits', 'doc_fts']) {
      expect(count(`SELECT count(*) FROM ${t}`), t).toBe(0);
    }
  });
});
