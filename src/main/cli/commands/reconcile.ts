import { openDatabase } from '../../core/db/open';
import { syncTarget } from '../../core/opensearch/settings';
import { BACKEND_OPTIONS, openSearchOptionFrom } from '../backend-options';
import { dbPathFrom, parseCliArgs, UsageError } from '../args';
import type { Command } from '../command';

const USAGE =
  'usage: npm run --silent cli -- reconcile --url URL [--user U] [--ca FILE] [--cert FILE --key FILE] [--index NAME] [--db PATH] [--json]';

export const reconcileCommand: Command = {
  summary: 'Repair drift between the archive and its OpenSearch index',
  usage: USAGE,
  async run(args) {
    let values;
    let settings;
    try {
      ({ values } = parseCliArgs(args, {
        json: { type: 'boolean' },
        ...BACKEND_OPTIONS,
      }));
      settings = openSearchOptionFrom(values, { required: true })!;
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`${err.message}\n${USAGE}\n`);
      return 2;
    }
    const { openSearchClient } = await import('../../core/opensearch/connection');
    const { reconcileOpenSearch } = await import('../../core/opensearch/reconcile');
    const db = openDatabase(dbPathFrom(values));
    try {
      const summary = await reconcileOpenSearch(db, openSearchClient(settings), {
        index: settings.index,
        target: syncTarget(settings),
      });
      if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
      else
        process.stdout.write(
          `${summary.repaired} repaired, ${summary.strays} strays deleted; ${summary.sent} sent, ${summary.unchanged} unchanged, ${summary.deleted} deleted; ${summary.seconds} s\n`,
        );
      return 0;
    } finally {
      db.close();
    }
  },
};
