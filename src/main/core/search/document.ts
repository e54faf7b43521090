// getDocument: a document's text with every hit of the query's text part, and for HTML
// documents the original markup, re-read from the filing's source file (never stored).
import type { DocumentRequest, DocumentView } from '../../../shared/api/types';
import type { DocumentFormat } from '../../../shared/filing';
import { parseFiling } from '../../../shared/parser';
import type { Db } from '../db/open';
import { readFileBytes } from '../scan/read-file';
import { planQuery } from './compile';
import { documentText } from './doc-text';
import { HitFinder, type Hit } from './hits';
import { stmt } from './statements';

interface DocRow {
  format: DocumentFormat;
  ord: number;
  path: string | null;
}

function originalHtml(row: DocRow): string | null {
  if (row.format !== 'html' || !row.path) return null;
  const bytes = readFileBytes(row.path);
  if (!bytes.ok) return null;
  const doc = parseFiling(bytes.content, { path: row.path, keepHtml: true }).documents[row.ord];
  return doc?.html ?? null;
}

/** Throws QuerySyntaxError when `req.query` is malformed. */
export function getDocument(db: Db, req: DocumentRequest): DocumentView | null {
  const row = stmt<[number], DocRow>(
    db,
    `SELECT d.format, d.ord, fl.path FROM documents d JOIN filings f ON f.id = d.filing_id
     LEFT JOIN files fl ON fl.id = f.source_file_id WHERE d.id = ?`,
  ).get(req.docId);
  if (!row) return null;
  const text = documentText(db, req.docId) ?? '';
  let hits: Hit[] = [];
  if (req.query) {
    const plan = planQuery(req.query);
    hits = [...new HitFinder(plan.highlight).hits(text)];
  }
  return { docId: req.docId, format: row.format, text, hits, html: originalHtml(row) };
}
