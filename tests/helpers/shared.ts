import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** The repository root. */
export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared beside the repository: the real-filings corpus and the seeds (read-only). */
export const SHARED_DIR = process.env.EDGAR_SHARED_DIR ?? resolve(REPO_DIR, '..', 'shared');
export const CORPUS_FILES = join(SHARED_DIR, 'corpus', 'files');
export const CORPUS_EVAL = join(SHARED_DIR, 'corpus', 'eval');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');

export const hasShared = existsSync(join(SHARED_DIR, 'corpus', 'files'));

const SKIP_REASON = `../shared (the real-filings corpus) is not beside this clone at ${SHARED_DIR}; skipping.`;

/**
 * describe() for suites that read ../shared. In CI the corpus is there and a missing one
 * is an error; on a user's clone the suite is skipped with a clear reason.
 */
export function describeWithShared(name: string, fn: () => void): void {
  if (!hasShared && process.env.CI) throw new Error(`CI must run with ../shared: ${SKIP_REASON}`);
  if (!hasShared) console.warn(`[${name}] ${SKIP_REASON}`);
  (hasShared ? describe : describe.skip)(name, fn);
}
