import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, NewerDatabaseError } from '../../../../src/main/core/db/migrate';
import { migrations } from '../../../../src/main/core/db/migrations';
import { openDatabase } from '../../../../src/main/core/db/open';
import { filingsToRebuild } from '../../../../src/main/core/store/orphans';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'edgar-db-'));
  dirs.push(dir);
  return join(dir, 'archive.db');
}
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('migration 1 creates the schema, in WAL mode, and sets user_version', () => {
    const db = openDatabase(tempDb());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    for (const t of [
      'filings',
      'companies',
      'items',
      'documents',
      'doc_text',
      'exhibits',
      'files',
      'file_errors',
      'roots',
      'doc_fts',
    ]) {
      expect(tables).toContain(t);
    }
    // The FTS tokenizer stems and folds diacritics.
    db.prepare('INSERT INTO doc_fts(rowid, head, body) VALUES (1, ?, ?)').run('', 'servicing at the café');
    const hits = (q: string) => db.prepare('SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?').pluck().all(q);
    expect(hits('service')).toEqual([1]);
    expect(hits('cafe')).toEqual([1]);
    db.close();
  });

  it('migration 2 sets a 16 MB FTS5 term buffer, kept in the table config, on a version-1 database too', () => {
    const raw = new Database(':memory:');
    migrate(raw, migrations.slice(0, 1));
    raw.prepare('INSERT INTO doc_fts(rowid, head, body) VALUES (1, ?, ?)').run('', 'kept across the migration');
    migrate(raw, migrations.slice(0, 2));
    expect(raw.pragma('user_version', { simple: true })).toBe(2);
    expect(raw.prepare(`SELECT v FROM doc_fts_config WHERE k = 'hashsize'`).pluck().get()).toBe(16777216);
    expect(raw.prepare(`SELECT rowid FROM doc_fts WHERE doc_fts MATCH 'kept'`).pluck().all()).toEqual([1]);
    raw.close();
  });

  it('migration 13 merges 8 FTS5 segments at a time, kept in the table config, with the rows already indexed', () => {
    const raw = new Database(':memory:');
    migrate(raw, migrations.slice(0, 12));
    raw.prepare('INSERT INTO doc_fts(rowid, head, body) VALUES (1, ?, ?)').run('', 'kept across the migration');
    expect(raw.prepare(`SELECT v FROM doc_fts_config WHERE k = 'automerge'`).pluck().get()).toBeUndefined();
    migrate(raw, migrations.slice(0, 13));
    expect(raw.prepare(`SELECT v FROM doc_fts_config WHERE k = 'automerge'`).pluck().get()).toBe(8);
    expect(raw.prepare(`SELECT rowid FROM doc_fts WHERE doc_fts MATCH 'kept'`).pluck().all()).toEqual([1]);
    raw.close();
  });

  it('migration 3 indexes documents by text length', () => {
    const db = openDatabase(tempDb());
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM documents WHERE text_chars = ?').all(1000) as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX documents_text_chars/);
    db.close();
  });

  it('migration 4 gives every filing of a version-3 database its date: filed, else the date of report', () => {
    const raw = new Database(':memory:');
    migrate(raw, migrations.slice(0, 3));
    const add = raw.prepare('INSERT INTO filings (key, format, filed_date, period) VALUES (?, ?, ?, ?)');
    add.run('0000000001-04-000001', 'sgml', '2004-03-24', '2004-03-20');
    add.run('sha256:aa', 'html', null, '2004-02-27');
    add.run('sha256:bb', 'html', null, null);
    migrate(raw, migrations.slice(0, 4));
    expect(raw.pragma('user_version', { simple: true })).toBe(4);
    expect(raw.prepare('SELECT key, date, date_kind AS kind FROM filings ORDER BY id').all()).toEqual([
      { key: '0000000001-04-000001', date: '2004-03-24', kind: 'filed' },
      { key: 'sha256:aa', date: '2004-02-27', kind: 'report' },
      { key: 'sha256:bb', date: null, kind: null },
    ]);
    const plan = raw.prepare('EXPLAIN QUERY PLAN SELECT id FROM filings WHERE date >= ?').all('2004') as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/INDEX filings_date/);
    raw.close();
  });

  it('migration 5 keeps what the OpenSearch backend was last sent, per target and filing', () => {
    const db = openDatabase(tempDb());
    const cols = (db.prepare('PRAGMA table_info(opensearch_sync)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(['target', 'filing_id', 'revision', 'hash', 'sent_at']);
    db.close();
  });

  it('migration 6 adds the sections table, looked up by document and by code', () => {
    const db = openDatabase(tempDb());
    const cols = (db.prepare('PRAGMA table_info(sections)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(['doc_id', 'filing_id', 'code', 'title', 'start', 'end', 'confidence']);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT start FROM sections WHERE code = ?').all('7') as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/INDEX sections_code/);
    db.close();
  });

  it("migration 7 ranks the files holding their filing's source bytes; other linked files stay unknown", () => {
    const raw = new Database(':memory:');
    migrate(raw, migrations.slice(0, 6));
    const filing = raw.prepare('INSERT INTO filings (key, format) VALUES (?, ?)');
    const file = raw.prepare(
      `INSERT INTO files (path, size, mtime_ms, hash, status, filing_id, indexed_at) VALUES (?, 1, 1, ?, ?, ?, 1)`,
    );
    filing.run('0000000001-04-000001', 'sgml');
    filing.run('0000000002-04-000002', 'nc');
    file.run('/a/sub.txt', 'h1', 'indexed', 1);
    file.run('/b/sub.txt', 'h1', 'indexed', 1); // a copy with the same bytes
    file.run('/c/sub.txt', 'h0', 'indexed', 1); // an edited copy: its rank needs a parse
    file.run('/a/x.nc', 'h2', 'indexed', 2);
    file.run('/a/junk.bin', 'h3', 'error', null);
    raw.prepare('UPDATE filings SET source_file_id = ? WHERE id = ?').run(1, 1);
    raw.prepare('UPDATE filings SET source_file_id = ? WHERE id = ?').run(4, 2);
    migrate(raw, migrations.slice(0, 7));
    expect(raw.prepare('SELECT path, source_rank AS rank FROM files ORDER BY id').all()).toEqual([
      { path: '/a/sub.txt', rank: 3 },
      { path: '/b/sub.txt', rank: 3 },
      { path: '/c/sub.txt', rank: null },
      { path: '/a/x.nc', rank: 2 },
      { path: '/a/junk.bin', rank: null },
    ]);
    // The file of unknown rank with other bytes than the source is the one the next run parses.
    expect(filingsToRebuild(raw)).toEqual(['/c/sub.txt']);
    raw.close();
  });

  it("migrations 8 and 9 read a filing's companies in order from an index (a page of a million is not a sort)", () => {
    const db = openDatabase(tempDb());
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT name FROM companies WHERE filing_id = ? ORDER BY ord LIMIT 200 OFFSET 0')
      .all(1) as { detail: string }[];
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(/USING (COVERING )?INDEX companies_catalog/);
    expect(details).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('is idempotent: reopening applies nothing twice', () => {
    const path = tempDb();
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('refuses a database written by a newer version, naming both versions', () => {
    const path = tempDb();
    const raw = new Database(path);
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(path)).toThrow(
      new RegExp(`schema ${migrations.length + 5}.*reads up to ${migrations.length}`),
    );
  });

  it('rolls back a failing migration as a whole', () => {
    const db = new Database(':memory:');
    const bad = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (y); SELECT * FROM missing_table;' },
    ];
    expect(() => migrate(db, bad)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE type='table'").pluck().all();
    expect(names).toEqual(['a']);
  });
});
