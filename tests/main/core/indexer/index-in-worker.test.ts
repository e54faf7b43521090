import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { startIndexWorker } from '../../../../src/main/core/indexer/index-in-worker';
import type { IndexProgress } from '../../../../src/shared/api/types';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { tempDir } from './fixtures';

describeWithShared('indexing in a worker thread', () => {
  it('reports throttled progress and the summary, while another connection can read', async () => {
    const dbPath = join(tempDir(), 'archive.db');
    const events: { at: number; p: IndexProgress }[] = [];
    let readsDuringRun = 0;
    const handle = startIndexWorker({
      dbPath,
      roots: [CORPUS_FILES],
      onProgress: (p) => {
        events.push({ at: performance.now(), p });
        // Search stays answerable: a reader on its own connection is never blocked by the writer (WAL).
        if (p.phase === 'parsing' && p.filesDone > 50) {
          const reader = openDatabase(dbPath, { readonly: true });
          reader.prepare('SELECT count(*) FROM filings').pluck().get();
          reader.close();
          readsDuringRun++;
        }
      },
    });
    const summary = await handle.done;
    expect(summary.filesSeen).toBeGreaterThan(250);
    expect(summary.filings).toBeGreaterThan(200);
    expect(summary.cancelled).toBeUndefined();
    expect(readsDuringRun).toBeGreaterThan(0);

    const parsing = events.filter((e) => e.p.phase === 'parsing');
    expect(parsing.length).toBeGreaterThan(2);
    const last = parsing.at(-1)!.p;
    expect(last.filesTotal).toBe(summary.filesSeen);
    expect(last.bytesDone).toBeGreaterThan(100e6);
    expect(last.mbPerSecond).toBeGreaterThan(0);
    // At most 10 a second (phase changes may add one each).
    const span = (events.at(-1)!.at - events[0]!.at) / 1000;
    expect(events.length).toBeLessThanOrEqual(Math.ceil(span * 10) + 5);
    for (let i = 1; i < parsing.length; i++)
      expect(parsing[i]!.p.filesDone).toBeGreaterThanOrEqual(parsing[i - 1]!.p.filesDone);
  });

  it('cancel() stops the run promptly; committed work stays and the next run finishes it', async () => {
    const dbPath = join(tempDir(), 'archive.db');
    let cancelledAt = 0;
    const handle = startIndexWorker({
      dbPath,
      roots: [CORPUS_FILES],
      onProgress: (p) => {
        if (!cancelledAt && p.phase === 'parsing' && p.filesDone >= 30) {
          cancelledAt = performance.now();
          handle.cancel();
        }
      },
    });
    const summary = await handle.done;
    const stoppedIn = performance.now() - cancelledAt;
    expect(summary.cancelled).toBe(true);
    expect(stoppedIn).toBeLessThan(2000);
    const db = openDatabase(dbPath, { readonly: true });
    const committed = db.prepare('SELECT count(*) FROM files').pluck().get() as number;
    // The roots were not marked indexed: the run did not finish.
    expect(db.prepare('SELECT last_indexed_at FROM roots').pluck().get()).toBeNull();
    db.close();
    expect(committed).toBeLessThan(summary.filesSeen);

    const rest = await startIndexWorker({ dbPath, roots: [CORPUS_FILES] }).done;
    expect(rest.filesSkipped).toBe(committed);
    expect(rest.filesIndexed + rest.errors.length + rest.filesSkipped).toBeGreaterThanOrEqual(rest.filesSeen);
  });
});
