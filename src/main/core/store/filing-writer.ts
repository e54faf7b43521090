// Writes, replaces and deletes the rows of one filing, inside FilingWriter.transaction (the
// indexer batches many files per transaction).
//
// FTS rows are inserted at the end of the transaction, all together: FTS5 writes its buffered
// terms to disk at every statement savepoint, and any insert with a foreign key or RETURNING
// opens one. Interleaved with the other inserts, every document made its own tiny segment
// (measured: half the writer's time); queued, a batch makes one.
import type { Db } from '../db/open';
import { companiesOf, type PreparedFiling } from './prepared-filing';

export interface ExistingFiling {
  id: number;
  format: string;
  sourceFileId: number | null;
}

export class FilingWriter {
  private readonly byKey;
  private readonly insertFiling;
  private readonly updateFiling;
  private readonly insertCompany;
  private readonly insertItem;
  private readonly insertExhibit;
  private readonly insertSection;
  private readonly insertDocument;
  private readonly insertText;
  private readonly insertFts;
  private readonly docIds;
  private readonly deleteFts;
  private readonly childStatements;
  private readonly deleteFiling;
  private ftsQueue: [number, string, Uint8Array][] = [];

  constructor(private readonly db: Db) {
    this.byKey = db.prepare<[string], ExistingFiling>(
      'SELECT id, format, source_file_id AS sourceFileId FROM filings WHERE key = ?',
    );
    const cols = `accession = @accession, format = @format, form_type = @formType, filed_date = @filedDate,
      period = @period, acceptance = @acceptance, date = @date, date_kind = @dateKind, year = @year, company_name = @companyName, cik = @cik,
      file_number = @fileNumber, doc_count = @docCount, source_file_id = @sourceFileId, meta_json = @metaJson`;
    this.insertFiling = db.prepare(`INSERT INTO filings (key, format) VALUES (?, ?) RETURNING id`).pluck();
    this.updateFiling = db.prepare(`UPDATE filings SET ${cols} WHERE id = @id`);
    this.insertCompany = db.prepare(`INSERT INTO companies (filing_id, ord, role, name, cik, sic, irs_number, state,
      fiscal_year_end, file_number, business_address, mail_address, phone, former_names)
      VALUES (@filingId, @ord, @role, @name, @cik, @sic, @irsNumber, @state, @fiscalYearEnd, @fileNumber,
      @businessAddress, @mailAddress, @phone, @formerNames)`);
    this.insertItem = db.prepare('INSERT OR IGNORE INTO items (filing_id, code, title) VALUES (?, ?, ?)');
    this.insertExhibit = db.prepare('INSERT INTO exhibits (filing_id, number, description) VALUES (?, ?, ?)');
    this.insertSection = db.prepare(
      'INSERT INTO sections (doc_id, filing_id, code, title, start, "end", confidence) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertDocument = db
      .prepare(
        `INSERT INTO documents (filing_id, ord, sequence, type, filename, description, format, text_chars)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .pluck();
    this.insertText = db.prepare('INSERT INTO doc_text (doc_id, z) VALUES (?, ?)');
    this.insertFts = db.prepare('INSERT INTO doc_fts (rowid, head, body) VALUES (?, ?, ?)');
    this.docIds = db.prepare<[number], number>('SELECT id FROM documents WHERE filing_id = ?').pluck();
    this.deleteFts = db.prepare('DELETE FROM doc_fts WHERE rowid = ?');
    // doc_text goes with its documents (ON DELETE CASCADE); the FTS rows are deleted by hand above.
    this.childStatements = ['sections', 'documents', 'companies', 'items', 'exhibits'].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE filing_id = ?`),
    );
    this.deleteFiling = db.prepare('DELETE FROM filings WHERE id = ?');
  }

  /** Runs `fn` in one transaction and writes the FTS rows it queued before committing. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(() => {
      try {
        const result = fn();
        this.flushFts();
        return result;
      } finally {
        this.ftsQueue = [];
      }
    })();
  }

  find(key: string): ExistingFiling | undefined {
    return this.byKey.get(key);
  }

  /** Inserts a new filing built from `sourceFileId`; returns its id. */
  insert(f: PreparedFiling, sourceFileId: number): number {
    const id = this.insertFiling.get(f.key, f.format) as number;
    this.fill(id, f, sourceFileId);
    return id;
  }

  /** Rebuilds filing `id` in place from `f` (the id stays stable for the UI). */
  replace(id: number, f: PreparedFiling, sourceFileId: number): void {
    this.clearChildren(id);
    this.fill(id, f, sourceFileId);
  }

  /** Deletes a filing, its rows and its FTS entries. */
  delete(id: number): void {
    this.clearChildren(id);
    this.deleteFiling.run(id);
  }

  private flushFts(): void {
    for (const [docId, head, body] of this.ftsQueue) this.insertFts.run(docId, head, body);
    this.ftsQueue = [];
  }

  private clearChildren(id: number): void {
    // Queued rows first, so the deletes below find every row they must remove.
    this.flushFts();
    for (const docId of this.docIds.all(id)) this.deleteFts.run(docId);
    for (const s of this.childStatements) s.run(id);
  }

  private fill(id: number, f: PreparedFiling, sourceFileId: number): void {
    this.updateFiling.run({ ...f, id, docCount: f.documents.length, sourceFileId });
    let ord = 0;
    for (const c of companiesOf(f)) this.insertCompany.run({ ...c, filingId: id, ord: ord++ });
    for (const it of f.items) this.insertItem.run(id, it.code, it.title);
    for (const e of f.exhibits) this.insertExhibit.run(id, e.number, e.description);
    const docIds: number[] = [];
    f.documents.forEach((d, ord) => {
      const docId = this.insertDocument.get(
        id,
        ord,
        d.sequence,
        d.type,
        d.filename,
        d.description,
        d.format,
        d.textChars,
      ) as number;
      docIds.push(docId);
      this.insertText.run(docId, d.z);
      // Binary documents have no text: they stay findable by head (form, company, type).
      this.ftsQueue.push([docId, d.head, d.body]);
    });
    for (const s of f.sections ?? []) {
      const docId = docIds[s.document];
      if (docId !== undefined) this.insertSection.run(docId, id, s.code, s.title, s.start, s.end, s.confidence);
    }
  }
}
