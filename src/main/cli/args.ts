import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultDbPath } from '../core/paths';

export class UsageError extends Error {}

/** node:util parseArgs with errors turned into UsageError (exit 2) and a shared --db option. */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { db: { type: 'string' }, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export function dbPathFrom(values: { db?: unknown }): string {
  return typeof values.db === 'string' && values.db ? values.db : defaultDbPath();
}
