// Item 7 of issue 12: memory was limited per file, not overall: 4 bombs with 4 workers
// peaked at 4.5 GB. The parse workers now share one budget of bytes in flight: each file
// reserves its cost before it is read, so together they never hold more than the budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BudgetHolder, parseCost } from '../../src/main/core/indexer/memory-budget';
import { ParsePool } from '../../src/main/core/indexer/parse-pool';
import type { ParseJob, ParseOutcome } from '../../src/main/core/indexer/parse-protocol';
import { tempDir } from '../main/core/indexer/fixtures';
import { MB, gzipBomb, indexAndRead, submission, writeRepeated } from './generate';

let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const job = (id: number, path: string): ParseJob => ({ id, path, knownHashes: [], limits: {} });
const TEXT = Buffer.from('The registrant reports quarterly revenue growth and other items of note.\n'.repeat(1000));

/** Runs `jobs` on the pool, sampling the budget's use every millisecond: the outcomes and the highest use seen. */
async function runSampled(p: ParsePool, jobs: ParseJob[]): Promise<{ outcomes: ParseOutcome[]; peak: number }> {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, p.budget.used)), 1);
  try {
    const outcomes = await Promise.all(jobs.map((j) => p.submit(j, 1)));
    return { outcomes, peak };
  } finally {
    clearInterval(sampler);
  }
}

it('never lets 4 workers hold more than the budget together, and parses every file', { timeout: 120_000 }, async () => {
  const dir = tempDir('edgar-hostile-');
  const paths = [0, 1, 2, 3].map((i) => {
    const p = join(dir, `doc-${i}.txt`);
    writeRepeated(p, TEXT, 6 * MB);
    return p;
  });
  const cost = parseCost(6 * MB, 6 * MB, 6 * MB);
  // Room for one file at a time, not two.
  pool = new ParsePool({ size: 4, memoryBudget: Math.round(cost * 1.5) });
  const { outcomes, peak } = await runSampled(
    pool,
    paths.map((p, i) => job(i, p)),
  );
  expect(outcomes.map((o) => o.kind)).toEqual(['filing', 'filing', 'filing', 'filing']);
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThanOrEqual(pool.budget.bytes);
  expect(pool.budget.used).toBe(0);
});

it(
  'runs a file costing more than the whole budget alone, and gzip bombs reserve by what they inflate to',
  { timeout: 120_000 },
  async () => {
    const dir = tempDir('edgar-hostile-');
    const big = join(dir, 'big.txt');
    writeRepeated(big, TEXT, 8 * MB);
    // Trailers that state one 2 MB member of 16: the reservation grows when the inflation passes it.
    const bombs = [0, 1, 2].map((i) => {
      const p = join(dir, `bomb-${i}.txt.gz`);
      gzipBomb(p, 32 * MB, 2 * MB);
      return p;
    });
    pool = new ParsePool({ size: 4, memoryBudget: 64 * MB });
    const { outcomes, peak } = await runSampled(
      pool,
      [big, ...bombs].map((p, i) => job(i, p)),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['filing', 'filing', 'filing', 'filing']);
    expect(peak).toBeLessThanOrEqual(64 * MB);
  },
);

it('does not time a file out while it waits for room in the budget', { timeout: 60_000 }, async () => {
  const dir = tempDir('edgar-hostile-');
  const path = join(dir, 'small.txt');
  writeFileSync(path, TEXT);
  // Workers start slowly from source (tsx): warm them up before the timeouts get short.
  let timeout = 60_000;
  pool = new ParsePool({ size: 2, memoryBudget: 16 * MB, timeoutMs: () => timeout });
  await Promise.all([pool.submit(job(-1, path), 1), pool.submit(job(-2, path), 1)]);
  timeout = 1000;
  // Something else holds the whole budget for 3 s: both files wait that long, then parse.
  const other = new BudgetHolder(pool.budget.shared, pool.budget.allocate());
  other.hold(16 * MB);
  const pending = Promise.all([pool.submit(job(1, path), 1), pool.submit(job(2, path), 1)]);
  await new Promise((r) => setTimeout(r, 3000));
  other.release();
  const outcomes = await pending;
  expect(outcomes.map((o) => o.kind)).toEqual(['filing', 'filing']);
});

// What a parse held is not gone when it ends: its results wait in the writer for their commit
// and the worker's heap keeps what the parse grew to (4 submissions of 200 MB peaked 1.6 GB
// with one parse running at a time). With `holdResults` a filing's reservation goes with it
// to the writer, and the next parse waits until the writer has committed it.
it("holds back the next parse while the writer still holds the last one's results", { timeout: 120_000 }, async () => {
  const dir = tempDir('edgar-hostile-');
  const paths = [0, 1].map((i) => {
    const p = join(dir, `doc-${i}.txt`);
    writeRepeated(p, TEXT, 6 * MB);
    return p;
  });
  const cost = parseCost(6 * MB, 6 * MB, 6 * MB);
  pool = new ParsePool({ size: 2, memoryBudget: Math.round(cost * 1.5), holdResults: true });
  const first = await pool.submit(job(0, paths[0]!), 1);
  expect(first.kind).toBe('filing');
  const held = first.kind === 'filing' ? (first.held ?? 0) : 0;
  expect(held).toBeGreaterThanOrEqual(cost);
  expect(pool.budget.results).toBe(held);
  expect(pool.budget.used).toBe(held);
  // The second file cannot run while the first one's results are held: it waits (and says so).
  const waits = new Promise<'waits'>((res) => (pool!.onWaiting = () => res('waits')));
  const second = pool.submit(job(1, paths[1]!), 1);
  expect(await Promise.race([waits, second.then(() => 'parsed without waiting')])).toBe('waits');
  expect(pool.waiting).toBe(1);
  // Written: the budget is returned and the second file parses.
  pool.written(first);
  const outcome = await second;
  expect(outcome.kind).toBe('filing');
  expect(pool.budget.used).toBe(outcome.kind === 'filing' ? outcome.held : -1);
  pool.written(outcome);
  expect(pool.budget.used).toBe(0);
});

it(
  'commits early when a parse waits for what pending results hold, so a run never stalls',
  { timeout: 120_000 },
  async () => {
    const dir = tempDir('edgar-hostile-');
    const root = join(dir, 'root');
    mkdirSync(root);
    // Four filings of 3 MB, room in the budget for one parse at a time, and batches of 200 files
    // (never full here): each parse after the first waits on the results before it.
    for (let i = 0; i < 4; i++) {
      const [head, rest] = submission(i).split('<TEXT>\n');
      writeFileSync(join(root, `f${i}.txt`), head + '<TEXT>\n' + TEXT.toString().repeat(40) + rest);
    }
    const cost = parseCost(3 * MB, 3 * MB, 3 * MB);
    const { summary } = await indexAndRead(root, join(dir, 'archive.db'), {
      parseWorkers: 2,
      memoryBudget: Math.round(cost * 1.5),
      batch: { files: 200, bytes: 1024 * MB, firstFiles: 200, firstMs: 600_000 },
    });
    expect(summary.errors).toEqual([]);
    expect(summary.filesIndexed).toBe(4);
    expect(summary.filings).toBe(4);
  },
);
