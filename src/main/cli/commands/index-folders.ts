import type { IndexProgress } from '../../../shared/api/types';
import { FolderNotFoundError, indexFolders } from '../../core/indexer/index-folders';
import { openDatabase } from '../../core/db/open';
import { syncTarget } from '../../core/opensearch/settings';
import { BACKEND_OPTIONS, BACKEND_USAGE, openSearchOptionFrom } from '../backend-options';
import { IndexRunActiveError } from '../../core/indexer/run-lock';
import { dbPathFrom, parseCliArgs, UsageError } from '../args';
import type { Command } from '../command';

const USAGE = 'usage: npm run --silent cli -- index FOLDER... [--db PATH] [--json] [--workers N] ' + BACKEND_USAGE;

export const indexCommand: Command = {
  summary: 'Index folders of filings into the database',
  usage: USAGE,
  async run(args) {
    let parsed;
    try {
      parsed = parseOptions(args);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`${err.message}\n${USAGE}\n`);
      return 2;
    }
    const { values, positionals, workers, opensearch } = parsed;
    const controller = new AbortController();
    // Ctrl-C cancels cleanly (committed work stays); a second one kills.
    process.once('SIGINT', () => controller.abort());
    const bar = progressWriter(process.stderr);
    try {
      const summary = await indexFolders({
        dbPath: dbPathFrom(values),
        roots: positionals,
        signal: controller.signal,
        onProgress: bar.update,
        parseWorkers: workers,
      });
      bar.done();
      // The OpenSearch backend: SQLite stays the catalog of record; what changed is sent.
      let sync;
      if (opensearch && !summary.cancelled) {
        // Loaded only for this backend, so the embedded path starts fast.
        const { openSearchClient } = await import('../../core/opensearch/connection');
        const { syncToOpenSearch } = await import('../../core/opensearch/sync');
        const db = openDatabase(dbPathFrom(values));
        try {
          sync = await syncToOpenSearch(db, openSearchClient(opensearch), {
            index: opensearch.index,
            target: syncTarget(opensearch),
            signal: controller.signal,
          });
        } finally {
          db.close();
        }
      }
      if (values.json) process.stdout.write(JSON.stringify(sync ? { ...summary, opensearch: sync } : summary) + '\n');
      else {
        for (const e of summary.errors) process.stderr.write(`error: ${e.path}: ${e.reason}\n`);
        process.stdout.write(
          `${summary.filesSeen} files: ${summary.filesIndexed} indexed, ${summary.filesSkipped} unchanged, ` +
            `${summary.filesRemoved} removed, ${summary.errors.length} errors; ${summary.filings} filings; ${summary.seconds} s` +
            `${summary.cancelled ? ' (cancelled)' : ''}\n`,
        );
        if (sync)
          process.stdout.write(
            `opensearch: ${sync.sent} sent, ${sync.unchanged} unchanged, ${sync.deleted} deleted; ${sync.seconds} s\n`,
          );
      }
      // Interrupted (Ctrl-C): what was committed stays, the next run resumes; 130 as shells expect.
      return summary.cancelled || sync?.cancelled ? 130 : 0;
    } catch (err) {
      bar.done();
      if (err instanceof FolderNotFoundError || err instanceof IndexRunActiveError) {
        process.stderr.write(`error: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
  },
};

function parseOptions(args: string[]) {
  const { values, positionals } = parseCliArgs(args, {
    json: { type: 'boolean' },
    workers: { type: 'string' },
    ...BACKEND_OPTIONS,
  });
  if (!positionals.length) throw new UsageError('no folder given');
  const opensearch = openSearchOptionFrom(values);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers > 0)) {
    throw new UsageError('--workers takes a positive integer');
  }
  return { values, positionals, workers, opensearch };
}

/** A one-line bar redrawn in place on a TTY; elsewhere a plain line every few seconds. */
function progressWriter(out: NodeJS.WriteStream) {
  let lastPlain = 0;
  let drawn = false;
  const line = (p: IndexProgress) => {
    const pct = p.filesTotal ? Math.floor((p.filesDone / p.filesTotal) * 100) : 0;
    const eta = p.etaSeconds === null ? '' : ` eta ${p.etaSeconds}s`;
    return `${p.phase} ${p.filesDone}/${p.filesTotal} files ${pct}% ${p.mbPerSecond} MB/s${eta} ${p.errors} errors`;
  };
  return {
    update(p: IndexProgress) {
      if (out.isTTY) {
        const width = out.columns ?? 80;
        const text = `${line(p)} ${p.currentFile ?? ''}`.slice(0, width - 1);
        out.write(`\r${text.padEnd(width - 1)}`);
        drawn = true;
      } else if (p.phase === 'parsing' && performance.now() - lastPlain > 5000) {
        lastPlain = performance.now();
        out.write(`${line(p)}\n`);
      }
    },
    done() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}
