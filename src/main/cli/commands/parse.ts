// `cli parse FILE... [--json]`: parses each file with the shared parser. With --json, one
// JSON object per input file, one per line, in order; an unreadable file still gets its line
// (with "error") and the exit status stays 0. Without --json, a short summary per file.
import { documentTooLarge, measureDocuments } from '../../core/scan/documents';
import { DEFAULT_READ_LIMITS, readFileBytes } from '../../core/scan/read-file';
import type { Filing } from '../../../shared/filing';
import { parseFiling, toParsedFileJson } from '../../../shared/parser';
import { emptyFiling } from '../../../shared/parser/empty';
import { parseCliArgs, UsageError } from '../args';
import type { Command } from '../command';

/**
 * The file's bytes, inflated when gzipped (by content), within the indexer's text limits:
 * text past them would abort the process in the decoder (issue 12), so it is an error line.
 */
function readFilingBytes(path: string): Uint8Array {
  const read = readFileBytes(path);
  if (!read.ok) {
    if (read.reason.startsWith('empty file')) return new Uint8Array(0);
    throw new Error(read.reason);
  }
  const tooLarge = documentTooLarge(measureDocuments(read.content), DEFAULT_READ_LIMITS);
  if (tooLarge) throw new Error(tooLarge);
  return read.content;
}

function summary(path: string, f: Filing): string {
  const registrant = f.companies[0];
  const lines = [
    `${path}`,
    `  format ${f.format}  form ${f.formType ?? '-'}  accession ${f.accessionNumber ?? '-'}  filed ${f.filedDate ?? '-'}  period ${f.periodOfReport ?? '-'}`,
    `  ${f.companies.length} compan${f.companies.length === 1 ? 'y' : 'ies'}${registrant ? `, first: ${registrant.name ?? '?'} (${registrant.role}${registrant.cik ? `, CIK ${registrant.cik}` : ''})` : ''}`,
    `  ${f.documents.length} document(s), ${f.documents.reduce((n, d) => n + d.textChars, 0)} text chars; items ${f.items.map((i) => i.code).join(', ') || '-'}`,
  ];
  for (const w of f.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n') + '\n';
}

function write(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(line)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

const USAGE = 'usage: npm run --silent cli -- parse FILE... [--json]';

export const parseCommand: Command = {
  summary: 'Parse files and print one JSON object per file',
  usage: USAGE,
  async run(args) {
    let parsed;
    try {
      parsed = parseCliArgs(args, { json: { type: 'boolean' } });
      if (parsed.positionals.length === 0) throw new UsageError('parse needs at least one FILE');
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`${err.message}\n${USAGE}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    for (const path of positionals) {
      let filing: Filing;
      let error: string | undefined;
      try {
        filing = parseFiling(readFilingBytes(path), { path });
      } catch (err) {
        filing = emptyFiling();
        error = err instanceof Error ? err.message : String(err);
      }
      if (values.json) await write(JSON.stringify(toParsedFileJson(filing, path, error)) + '\n');
      else await write(error ? `${path}\n  error: ${error}\n` : summary(path, filing));
    }
    return 0;
  },
};
