// readCover on a real file's first document, exactly as the parser extracts its text and HTML.
import { readFileSync } from 'node:fs';
import { parseFiling } from '../../../src/shared/parser';
import { readCover, type CoverFacts } from '../../../src/shared/parser/cover';

export function coverOf(path: string): CoverFacts {
  const filing = parseFiling(new Uint8Array(readFileSync(path)), { path, keepHtml: true });
  const doc = filing.documents[0]!;
  return readCover({ text: doc.text, html: doc.html ?? null, declaredType: doc.type });
}
