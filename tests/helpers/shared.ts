import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** The repository root. */
export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared beside the repository: the real-filings corpus and the seeds (read-only). */
export const SHARED_DIR = process.env.EDGAR_SHARED_DIR ?? resolve(REPO_DIR, '..', 'shared');
export const CORPUS_FILES = join(SHARED_DIR, 'corpus', 'files');
export const CORPUS_EVAL = join(SHARED_DIR, 'corpus', 'eval');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');

export const hasShared = existsSync(join(SHARED_DIR, 'corpus', 'files'));

export const SKIP_REASON = `../shared (the real-filings corpus) is not beside this clone at ${SHARED_DIR}`;

/**
 * describe() for suites that read ../shared. In CI the corpus is there and a missing one
 * is an error. On a user's clone the suite's body is NOT run (describe.skip would still run
 * it to collect its tests, and bodies read the corpus while collecting): the suite shows as
 * one skipped test whose name says why. vitest.setup-shared.ts says it once for the run.
 */
export function describeWithShared(name: string, fn: () => void): void {
  if (!hasShared && process.env.CI) throw new Error(`CI must run with ../shared: ${SKIP_REASON}`);
  if (hasShared) {
    describe(name, fn);
    return;
  }
  describe(name, () => {
    it.skip(`skipped: ${SKIP_REASON}`, () => undefined);
  });
}
