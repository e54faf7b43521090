// `cli kwic "QUERY" --out FILE.csv [--window N] [--summary] [--db PATH] [--json]`: every hit of
// a query over its whole result set with N words of context (core/export/kwic.ts). --json
// prints {"rows": N, "filings": M} on stdout. Exit 2 for a usage or query error, 1 when the
// export fails, 130 when interrupted; no file is left behind unless it succeeded.
import { existsSync } from 'node:fs';
import { openDatabase } from '../../core/db/open';
import { DEFAULT_WINDOW, exportKwic, KwicQueryError } from '../../core/export/kwic';
import { QuerySyntaxError } from '../../core/search';
import { dbPathFrom, parseCliArgs, UsageError } from '../args';
import type { Command } from '../command';

const USAGE =
  'usage: npm run --silent cli -- kwic "QUERY" --out FILE.csv [--window N] [--summary] [--db PATH] [--json]';

export const kwicCommand: Command = {
  summary: 'Export every hit of a query with N words of context to CSV',
  usage: USAGE,
  async run(args) {
    let parsed;
    try {
      parsed = parseArguments(args);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`error: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    const { query, out, window, summary, json, dbPath } = parsed;
    if (!existsSync(dbPath)) {
      process.stderr.write(`error: no database at ${dbPath} (run "index" first)\n`);
      return 1;
    }
    const db = openDatabase(dbPath, { readonly: true });
    const interrupt = new AbortController();
    const onSigint = () => interrupt.abort();
    process.once('SIGINT', onSigint);
    try {
      const { rows, filings } = await exportKwic(db, { query, window, summary, signal: interrupt.signal }, out);
      if (json) process.stdout.write(JSON.stringify({ rows, filings }) + '\n');
      process.stderr.write(`${rows} rows (${filings} filings) written to ${out}\n`);
      return 0;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        process.stderr.write('kwic interrupted; no file written\n');
        return 130;
      }
      if (err instanceof QuerySyntaxError) {
        process.stderr.write(`error: ${err.message}\n  ${query}\n  ${' '.repeat(err.position)}^\n`);
        return 2;
      }
      if (err instanceof KwicQueryError) {
        process.stderr.write(`error: ${err.message}\n`);
        return 2;
      }
      process.stderr.write(`error: kwic failed: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    } finally {
      process.off('SIGINT', onSigint);
      db.close();
    }
  },
};

function parseArguments(args: string[]) {
  const { values, positionals } = parseCliArgs(args, {
    out: { type: 'string', short: 'o' },
    window: { type: 'string' },
    summary: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('expected exactly one QUERY argument');
  if (!values.out) throw new UsageError('--out FILE.csv is required');
  const window = values.window === undefined ? DEFAULT_WINDOW : Number(values.window);
  if (!Number.isInteger(window) || window < 0 || window > 1000)
    throw new UsageError('--window expects a whole number of words (0-1000)');
  return {
    query: positionals[0]!,
    out: values.out,
    window,
    summary: values.summary ?? false,
    json: values.json ?? false,
    dbPath: dbPathFrom(values),
  };
}
