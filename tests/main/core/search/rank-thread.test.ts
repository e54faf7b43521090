// The ranking thread must change nothing but where the work runs: every search answered with
// it equals the same search on a connection without one, and a thread that is gone leaves
// search answering on its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { search } from '../../../../src/main/core/search';
import { RankThread, startRankThread, stopRankThread } from '../../../../src/main/core/search/rank-thread';
import { bestDocuments, documentsUpTo } from '../../../../src/main/core/search/best-documents';
import { rankingSource } from '../../../../src/main/core/search/rank-split';
import type { SearchRequest } from '../../../../src/shared/api/types';
import { buildDb } from './fixture-db';
import { syntheticEntries } from './synthetic';
import { tieEntries } from './tie-archive';

const QUERIES = [
  'servicing',
  '"loan servicing"',
  'merger OR lease',
  'servicing form:8-K',
  'press* -trust',
  'bond state:DE',
];

let dir: string;
let db: Db;
let plain: Db;
let thread: RankThread;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rank-thread-'));
  const path = join(dir, 'archive.db');
  buildDb(syntheticEntries(600), path).close();
  db = openDatabase(path, { readonly: true });
  plain = openDatabase(path, { readonly: true });
  thread = startRankThread(db)!;
  await vi.waitFor(() => expect(thread.ready).toBe(true), { timeout: 30_000, interval: 20 });
}, 60_000);

afterAll(async () => {
  await stopRankThread(db);
  db.close();
  plain.close();
  rmSync(dir, { recursive: true, force: true });
});

const answer = (on: Db, req: SearchRequest) => {
  const { tookMs: _, ...rest } = search(on, req);
  return rest;
};

describe('the ranking thread', () => {
  it('answers every best-first page exactly as a connection without it', () => {
    const before = thread.replies;
    for (const query of QUERIES) {
      for (const [offset, limit] of [
        [0, 50],
        [0, 7],
        [40, 50],
        [300, 25],
      ]) {
        const req: SearchRequest = { query, offset, limit, facets: true };
        expect(answer(db, req), `${query} @${offset}`).toEqual(answer(plain, req));
      }
    }
    expect(thread.replies - before).toBeGreaterThanOrEqual(QUERIES.length);
  });

  it('answers by polling where a thread may not block (Atomics.wait throws in some hosts)', async () => {
    let refused = 0;
    const noBlocking = new RankThread(db.name, undefined, {
      block: () => {
        refused++;
        throw new TypeError('Atomics.wait cannot be called in this context');
      },
    });
    try {
      await vi.waitFor(() => expect(noBlocking.ready).toBe(true), { timeout: 30_000, interval: 20 });
      // The first wait that finds no reply yet tries to block, is refused, and polls from then on.
      for (let k = 1; k <= 20; k++) {
        expect(noBlocking.bestDocuments('"servicing"', null, k)()).toEqual(
          bestDocuments(plain, '"servicing"', null, k),
        );
      }
      expect(refused).toBe(1);
    } finally {
      await noBlocking.close();
    }
  });

  it('scores a range up to a bound exactly as a connection without it', () => {
    for (const match of ['"servicing"', '"merger" OR "lease"']) {
      const all = bestDocuments(plain, match, null, 1000);
      const bounds = [all[1], all[Math.floor(all.length / 4) | 1], all[all.length - 1]];
      for (const bound of bounds) {
        for (const range of [null, [0, 300], [300, Number.MAX_SAFE_INTEGER]] as const) {
          const rows = thread.documentsUpTo(match, null, bound, range)();
          expect(rows, `${match} <= ${bound}`).not.toBeNull();
          expect(Array.from(rows!)).toEqual(Array.from(documentsUpTo(plain, match, null, bound, range)));
        }
      }
    }
  });

  it('is not started for an in-memory database', () => {
    const mem = buildDb(syntheticEntries(10));
    expect(startRankThread(mem)).toBeNull();
    mem.close();
  });

  it('leaves search answering on its own once the thread is gone', async () => {
    await thread.close();
    expect(thread.ready).toBe(false);
    const req: SearchRequest = { query: 'servicing OR bond', limit: 50, facets: true };
    expect(answer(db, req)).toEqual(answer(plain, req));
  });
});

describe('the ranking thread on an archive built to tie', () => {
  let tieDb: Db;
  let tiePlain: Db;
  let tieThread: RankThread;
  /** Passes past the first that the thread answered (ties at the bound, deeper pages). */
  let laterPasses = 0;

  beforeAll(async () => {
    const path = join(dir, 'ties.db');
    buildDb(tieEntries(), path).close();
    tieDb = openDatabase(path, { readonly: true });
    tiePlain = openDatabase(path, { readonly: true });
    tieThread = startRankThread(tieDb)!;
    await vi.waitFor(() => expect(tieThread.ready).toBe(true), { timeout: 30_000, interval: 20 });
    const upTo = tieThread.documentsUpTo.bind(tieThread);
    vi.spyOn(tieThread, 'documentsUpTo').mockImplementation((...args) => {
      const wait = upTo(...args);
      return () => {
        const rows = wait();
        if (rows) laterPasses++;
        return rows;
      };
    });
  }, 60_000);

  afterAll(async () => {
    await stopRankThread(tieDb);
    tieDb.close();
    tiePlain.close();
  });

  it('splits the pass that fetches a tie at the bound, and answers as without it', () => {
    for (const query of ['"common stock"', 'stock', 'stock form:8-K', '"common stock" -trust']) {
      for (const [offset, limit] of [
        [0, 50],
        [50, 50],
        [0, 600],
      ]) {
        const req: SearchRequest = { query, offset, limit, facets: true };
        expect(answer(tieDb, req), `${query} @${offset}`).toEqual(answer(tiePlain, req));
      }
    }
    // "common stock": its best 300 documents tie, more than the first fetch holds.
    expect(laterPasses).toBeGreaterThan(0);
  });

  it("scores the thread's range itself once the thread is gone in the middle of a ranking", async () => {
    const match = '"common stock"';
    // Split while the thread was ready; every pass after it is gone falls back.
    const source = rankingSource(tieDb, match, null);
    await tieThread.close();
    const want = bestDocuments(tiePlain, match, null, 200);
    expect(Array.from(source.best(200)())).toEqual(Array.from(want));
    const bound = want[want.length - 1];
    expect(Array.from(source.upTo(bound))).toEqual(Array.from(documentsUpTo(tiePlain, match, null, bound)));
  });
});
