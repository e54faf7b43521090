// The run of a command that writes a query's result set to a file (`export`, `kwic`): parse
// the options, open the archive read-only, write with Ctrl-C as cancel, report. Exit 2 for a
// usage or query error (a malformed query shows its position), 1 when the database is missing
// or the write fails, 130 when interrupted; no file is left behind unless it succeeded (the
// writers are atomic).
import { existsSync } from 'node:fs';
import { openDatabase, type Db } from '../core/db/open';
import { QuerySyntaxError } from '../core/search';
import type { ParseArgsConfig } from 'node:util';
import { dbPathFrom, parseCliArgs, UsageError } from './args';
import type { Command } from './command';

/** The options every such command has. */
export interface FileExportArgs {
  query: string;
  out: string;
  dbPath: string;
  /** Print the command's JSON summary on stdout. */
  json?: boolean;
}

export interface FileExportSpec<A extends FileExportArgs, S> {
  /** The command's name, as its messages say it ("export interrupted; no file written"). */
  name: string;
  summary: string;
  usage: string;
  /** Parses the arguments after the command name; throws UsageError. */
  parse(args: string[]): A;
  write(db: Db, args: A, signal: AbortSignal): Promise<S>;
  /** The line for stderr once the file is written. */
  done(summary: S, args: A): string;
  /** What --json prints (one line on stdout). */
  json?(summary: S): unknown;
  /** The message for an error of this command that is the caller's to fix (exit 2), else null. */
  callerError?(err: unknown): string | null;
}

/** The shared arguments (one QUERY, --out, --db) and the command's own `options`' values. */
export function parseFileExportArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  const { values, positionals } = parseCliArgs(args, { out: { type: 'string', short: 'o' }, ...options });
  const out = (values as { out?: string }).out;
  if (positionals.length !== 1) throw new UsageError('expected exactly one QUERY argument');
  if (!out) throw new UsageError('--out FILE.csv is required');
  return { values, query: positionals[0]!, out, dbPath: dbPathFrom(values) };
}

const write = (line: string) => void process.stderr.write(line);

export function fileExportCommand<A extends FileExportArgs, S>(spec: FileExportSpec<A, S>): Command {
  return {
    summary: spec.summary,
    usage: spec.usage,
    async run(argv) {
      let args: A;
      try {
        args = spec.parse(argv);
      } catch (err) {
        if (!(err instanceof UsageError)) throw err;
        write(`error: ${err.message}\n${spec.usage}\n`);
        return 2;
      }
      if (!existsSync(args.dbPath)) {
        write(`error: no database at ${args.dbPath} (run "index" first)\n`);
        return 1;
      }
      const db = openDatabase(args.dbPath, { readonly: true });
      const interrupt = new AbortController();
      const onSigint = () => interrupt.abort();
      process.once('SIGINT', onSigint);
      try {
        const summary = await spec.write(db, args, interrupt.signal);
        if (args.json && spec.json) process.stdout.write(JSON.stringify(spec.json(summary)) + '\n');
        write(`${spec.done(summary, args)}\n`);
        return 0;
      } catch (err) {
        return reportFailure(spec, err, args.query);
      } finally {
        process.off('SIGINT', onSigint);
        db.close();
      }
    },
  };
}

/** The exit status for a failed write, with a message a person can act on. */
function reportFailure<A extends FileExportArgs, S>(spec: FileExportSpec<A, S>, err: unknown, query: string): number {
  if (err instanceof Error && err.name === 'AbortError') {
    write(`${spec.name} interrupted; no file written\n`);
    return 130;
  }
  if (err instanceof QuerySyntaxError) {
    write(`error: ${err.message}\n  ${query}\n  ${' '.repeat(err.position)}^\n`);
    return 2;
  }
  const own = spec.callerError?.(err);
  if (own) {
    write(`error: ${own}\n`);
    return 2;
  }
  write(`error: ${spec.name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
  return 1;
}
