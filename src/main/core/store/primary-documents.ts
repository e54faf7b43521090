// The rule for a header-less document that is also inside a full submission (a downloader's
// primary-document.html beside full-submission.txt): it belongs to that filing when the
// submission holds a document with exactly the same extracted text; otherwise it stays a
// filing of its own, keyed by its content hash. Text is compared as the stored deflated bytes
// (deflate is deterministic), found through documents of the same text length. A document
// whose accession number came from its path is keyed by it and takes no part here on either
// side: its identity follows its path, and text matches against it would depend on the order
// files are written in.
import type { Db } from '../db/open';
import type { PreparedDocument, PreparedFiling } from './prepared-filing';

/** Shorter texts (a cover letter, "See attached") are too common to identify a document. */
const MIN_CHARS = 200;

interface Candidate {
  filingId: number;
  z: Buffer;
}

export class PrimaryDocuments {
  private readonly inSubmissions;
  private readonly inHeaderless;

  constructor(db: Db) {
    const sameLength = `SELECT d.filing_id AS filingId, t.z FROM documents d JOIN doc_text t ON t.doc_id = d.id
      JOIN filings g ON g.id = d.filing_id WHERE d.text_chars = ?`;
    // Only filings whose source file still holds them: a submission being rebuilt is no owner.
    this.inSubmissions = db.prepare<[number], Candidate>(
      `${sameLength} AND g.accession IS NOT NULL
        AND json_extract(g.meta_json, '$.sources.accessionNumber') IS NOT 'path'
        AND EXISTS (SELECT 1 FROM files s WHERE s.id = g.source_file_id AND s.filing_id = g.id)`,
    );
    this.inHeaderless = db.prepare<[number], Candidate>(`${sameLength} AND g.key LIKE 'sha256:%'`);
  }

  /** The submission filing that already holds `f`'s one document, if `f` is header-less. */
  ownerOf(f: PreparedFiling): number | null {
    const doc = f.documents.length === 1 ? f.documents[0]! : null;
    if (f.accession || !doc || doc.textChars < MIN_CHARS) return null;
    return match(this.inSubmissions.all(doc.textChars), doc)[0] ?? null;
  }

  /** Header-less filings whose document is one of submission `f`'s documents. */
  copiesIn(f: PreparedFiling): number[] {
    if (!f.accession || f.pathAccession) return [];
    const ids = f.documents
      .filter((d) => d.textChars >= MIN_CHARS)
      .flatMap((d) => match(this.inHeaderless.all(d.textChars), d));
    return [...new Set(ids)];
  }
}

function match(candidates: readonly Candidate[], doc: PreparedDocument): number[] {
  const z = Buffer.from(doc.z.buffer, doc.z.byteOffset, doc.z.byteLength);
  return candidates.filter((c) => z.equals(c.z)).map((c) => c.filingId);
}
