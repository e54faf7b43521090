import type { Filing, ParsedFileJson } from '../filing';

/** The `cli parse --json` line of a parsed file: the Filing without document text or HTML. */
export function toParsedFileJson(filing: Filing, path: string, error?: string): ParsedFileJson {
  const { documents, ...rest } = filing;
  return {
    path,
    ...(error !== undefined ? { error } : {}),
    ...rest,
    documents: documents.map((d) => ({
      sequence: d.sequence,
      type: d.type,
      filename: d.filename,
      description: d.description,
      format: d.format,
      textChars: d.textChars,
    })),
  };
}
