// Item 8 of issue 14: during a run the first results are searchable after the first few files,
// not after a full batch of 200, and every commit reports the index's totals.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { DEFAULT_BATCH, MAX_EARLY_COMMITS } from '../../../../src/main/core/indexer/parse-phase';
import type { IndexProgress } from '../../../../src/shared/api/types';
import { htmlFiling } from '../../../helpers/html-filing';
import { tempDir } from './fixtures';

const FILES = 45;

function folderOfFilings(emptyFirst = 0): string {
  const root = tempDir();
  // Empty files are errors ("empty file"), not filings; named to come first in the walk.
  for (let i = 0; i < emptyFirst; i++) writeFileSync(join(root, `0-empty-${i}.txt`), '');
  for (let i = 0; i < FILES; i++)
    writeFileSync(
      join(root, `filing-${i}.txt`),
      htmlFiling({ company: `FIRST BATCH TEST ${i} INC`, html: `<p>Annual report number ${i}.</p>` }),
    );
  return root;
}

/** Filings a separate reader sees right now. */
function readerCount(dbPath: string): number {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return db.prepare<[], number>('SELECT count(*) FROM filings').pluck().get() ?? 0;
  } finally {
    db.close();
  }
}

describe('the first commit of a run', () => {
  it('comes after at most firstFiles files; each commit reports totals a reader already sees', async () => {
    const root = folderOfFilings();
    const dbPath = join(tempDir(), 'archive.db');
    const commits: { progress: IndexProgress; seen: number }[] = [];
    let last = 0;
    const summary = await indexFolders({
      dbPath,
      roots: [root],
      parseWorkers: 2,
      // Every report (not one per 100 ms), so each commit shows: a fast machine parses the
      // whole folder within one report window.
      progressIntervalMs: 0,
      onProgress: (p) => {
        if (p.commits > last) commits.push({ progress: p, seen: readerCount(dbPath) });
        last = p.commits;
      },
    });
    expect(summary.filings).toBe(FILES);
    // The early batch (10 files, or fewer when 250 ms passed first), then the rest in one
    // batch: 45 files are far below the usual 200.
    expect(commits.map((c) => c.progress.commits)).toEqual([1, 2]);
    const first = commits[0]!;
    expect(first.progress.filings).toBeGreaterThanOrEqual(1);
    expect(first.progress.filings).toBeLessThanOrEqual(DEFAULT_BATCH.firstFiles);
    expect(first.seen).toBe(first.progress.filings);
    expect(first.progress.documents).toBe(first.progress.filings);
    const end = commits[1]!;
    expect(end.progress).toMatchObject({ filings: FILES, documents: FILES });
    expect(end.seen).toBe(FILES);
  });

  it('commits early until a filing is searchable when the folder starts with files that are no filings', async () => {
    const root = folderOfFilings(3);
    const dbPath = join(tempDir(), 'archive.db');
    const commits: IndexProgress[] = [];
    await indexFolders({
      dbPath,
      roots: [root],
      parseWorkers: 1,
      // Early batches of 3: the first one holds the 3 empty files (one worker keeps walk order).
      batch: { firstFiles: 3 },
      progressIntervalMs: 0,
      onProgress: (p) => void (p.commits > (commits.at(-1)?.commits ?? 0) && commits.push(p)),
    });
    // The first commit holding filings holds at most one early batch's worth.
    const firstResults = commits.findIndex((p) => p.filings > 0);
    expect(firstResults).toBeGreaterThanOrEqual(0);
    expect(commits[firstResults]!.commits).toBeLessThanOrEqual(MAX_EARLY_COMMITS + 1);
    expect(commits[firstResults]!.filings).toBeLessThanOrEqual(3);
    expect(commits.at(-1)!.filings).toBe(FILES);
  });

  it('a run that changes nothing commits nothing, and reports the totals from its start', async () => {
    const root = folderOfFilings();
    const dbPath = join(tempDir(), 'archive.db');
    await indexFolders({ dbPath, roots: [root], parseWorkers: 1 });
    const events: IndexProgress[] = [];
    await indexFolders({ dbPath, roots: [root], parseWorkers: 1, onProgress: (p) => events.push(p) });
    expect(events.every((p) => p.commits === 0)).toBe(true);
    expect(events[0]).toMatchObject({ phase: 'scanning', filings: FILES, documents: FILES });
  });
});
