import type { Migration } from '../migrate';

// The first schema. Text is stored once, deflated, in doc_text; the FTS5 table is
// contentless (it keeps only the inverted index), so snippets are cut from doc_text.
export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE roots (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      added_at INTEGER NOT NULL,
      last_indexed_at INTEGER
    );

    -- One row per logical filing: keyed by accession number, or 'sha256:<hex>' for a
    -- header-less document that names none.
    CREATE TABLE filings (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      accession TEXT,
      format TEXT NOT NULL,
      form_type TEXT,
      filed_date TEXT,
      period TEXT,
      acceptance TEXT,
      year INTEGER,
      company_name TEXT,
      cik TEXT,
      file_number TEXT,
      doc_count INTEGER NOT NULL DEFAULT 0,
      -- the file whose parse the row was built from (best format wins: sgml > nc > others)
      source_file_id INTEGER,
      -- signatures, sources, extra facts and warnings, as JSON (read only by the detail view)
      meta_json TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX filings_filed ON filings(filed_date);
    CREATE INDEX filings_form ON filings(form_type);
    CREATE INDEX filings_year ON filings(year);
    CREATE INDEX filings_cik ON filings(cik);
    CREATE INDEX filings_company ON filings(company_name);

    CREATE TABLE companies (
      id INTEGER PRIMARY KEY,
      filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      role TEXT NOT NULL,
      name TEXT,
      cik TEXT,
      sic TEXT,
      irs_number TEXT,
      state TEXT,
      fiscal_year_end TEXT,
      file_number TEXT,
      business_address TEXT,
      mail_address TEXT,
      phone TEXT,
      former_names TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX companies_filing ON companies(filing_id);
    CREATE INDEX companies_cik ON companies(cik);
    CREATE INDEX companies_name ON companies(name);

    CREATE TABLE items (
      filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      code TEXT NOT NULL,
      title TEXT,
      PRIMARY KEY (filing_id, code)
    ) WITHOUT ROWID;
    CREATE INDEX items_code ON items(code);

    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      sequence INTEGER,
      type TEXT,
      filename TEXT,
      description TEXT,
      format TEXT NOT NULL,
      text_chars INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX documents_filing ON documents(filing_id);
    CREATE INDEX documents_type ON documents(type);

    -- Extracted text, stored once, deflate-compressed UTF-8 (node:zlib deflateRawSync).
    CREATE TABLE doc_text (
      doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      z BLOB NOT NULL
    );

    CREATE TABLE exhibits (
      filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      number TEXT NOT NULL,
      description TEXT
    );
    CREATE INDEX exhibits_filing ON exhibits(filing_id);
    CREATE INDEX exhibits_number ON exhibits(number);

    CREATE TABLE files (
      id INTEGER PRIMARY KEY,
      root_id INTEGER REFERENCES roots(id) ON DELETE CASCADE,
      path TEXT NOT NULL UNIQUE,
      size INTEGER NOT NULL,
      mtime_ms INTEGER NOT NULL,
      hash TEXT,
      -- 'indexed' | 'error'
      status TEXT NOT NULL,
      filing_id INTEGER REFERENCES filings(id) ON DELETE SET NULL,
      indexed_at INTEGER NOT NULL
    );
    CREATE INDEX files_hash ON files(hash);
    CREATE INDEX files_filing ON files(filing_id);

    CREATE TABLE file_errors (
      file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      at INTEGER NOT NULL
    );

    -- rowid = documents.id. 'head' holds form type, company names, document type and
    -- description (weighted above body text in bm25); 'body' holds the document text.
    CREATE VIRTUAL TABLE doc_fts USING fts5(
      head, body,
      content = '',
      contentless_delete = 1,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
  `,
};
