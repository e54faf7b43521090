import { existsSync } from 'node:fs';
import { openDatabase } from '../../core/db/open';
import { getStats } from '../../core/store/status';
import { dbPathFrom, parseCliArgs } from '../args';
import type { Command } from '../command';

export const statsCommand: Command = {
  summary: 'Print index counts and database size',
  usage: 'usage: npm run --silent cli -- stats [--db PATH] [--json]',
  async run(args) {
    const { values } = parseCliArgs(args, { json: { type: 'boolean' } });
    const dbPath = dbPathFrom(values);
    if (!existsSync(dbPath)) {
      process.stderr.write(`error: no database at ${dbPath} (run "index" first)\n`);
      return 1;
    }
    const db = openDatabase(dbPath, { readonly: true });
    try {
      const stats = getStats(db, dbPath);
      if (values.json) {
        process.stdout.write(JSON.stringify(stats) + '\n');
        return 0;
      }
      const lines = [
        `database   ${dbPath} (${(stats.dbBytes / 1e6).toFixed(1)} MB)`,
        `filings    ${stats.filings}`,
        `documents  ${stats.documents}`,
        `companies  ${stats.companies}`,
        `files      ${stats.files} (${stats.errors} with errors)`,
        ...Object.entries(stats.byForm).map(([form, n]) => `  ${form.padEnd(12)} ${n}`),
      ];
      process.stdout.write(lines.join('\n') + '\n');
      return 0;
    } finally {
      db.close();
    }
  },
};
