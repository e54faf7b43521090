// Item 1 of issue 12: text past V8's largest string (~512 MiB) aborted the whole process
// inside TextDecoder (SIGABRT), so the file got no error row and the batch was lost. Files
// whose text is over the limits are refused before any decode, with "text too large".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../../src/main/core/scan/read-file';
import { tempDir } from '../main/core/indexer/fixtures';
import { BIG, MB, gzipBomb, indexAndRead, sparseText, submission, writeRepeated } from './generate';

/** V8's longest string on 64-bit builds (2^29 - 24 UTF-16 units). */
const V8_MAX_STRING = 2 ** 29 - 24;

it('keeps the default text limits well under the longest string the runtime can hold', () => {
  expect(DEFAULT_READ_LIMITS.maxTextBytes).toBeLessThan(V8_MAX_STRING * 0.6);
  expect(DEFAULT_READ_LIMITS.maxDocumentBytes).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.maxTextBytes);
});

/**
 * 520 MB and 2 GB of inflated text and a 600 MB plain file, with the default limits: each
 * passed every check before the fix and killed the process while decoding.
 */
it(
  'refuses 520 MB and 2 GB of inflated text and a 600 MB plain file, and indexes the rest',
  { timeout: 240_000 },
  async () => {
    const root = tempDir('edgar-hostile-');
    mkdirSync(join(root, 'good'));
    const good = [1, 2, 3].map((n) => {
      const p = join(root, 'good', `filing-${n}.txt`);
      writeFileSync(p, submission(n));
      return p;
    });
    const bad = {
      gz520: join(root, 'inflates-520mb.txt.gz'),
      gz2g: join(root, 'inflates-2gb.nc.gz'),
      plain600: join(root, 'plain-600mb.txt'),
    };
    gzipBomb(bad.gz520, 520 * MB, 65 * MB);
    gzipBomb(bad.gz2g, 2048 * MB);
    sparseText(bad.plain600, 600 * MB);

    const { summary, errors, indexed } = await indexAndRead(root, join(tempDir(), 'archive.db'));
    expect(errors.get(bad.gz520)).toMatch(/^text too large \(over 256 MB inflated; the limit is 256 MB\)$/);
    expect(errors.get(bad.gz2g)).toMatch(/^text too large \(over 256 MB inflated/);
    expect(errors.get(bad.plain600)).toBe('text too large (600 MB; the limit is 256 MB)');
    expect(errors.size).toBe(3);
    expect(indexed).toEqual(good);
    expect(summary.filings).toBe(3);
  },
);

it('refuses a document over the per-document limit inside an otherwise small file', async () => {
  const root = tempDir('edgar-hostile-');
  const big = join(root, 'one-huge-document.htm');
  writeRepeated(big, Buffer.from('<p>The registrant reports quarterly revenue growth.</p>\n'.repeat(1000)), 3 * MB);
  const small = join(root, 'filing.txt');
  writeFileSync(small, submission(7));
  const { errors, indexed } = await indexAndRead(root, join(tempDir(), 'archive.db'), {
    limits: { maxDocumentBytes: 2 * MB },
  });
  expect(errors.get(big)).toBe('text too large (a document of 3.0 MB; the limit is 2.0 MB per document)');
  expect(indexed).toEqual([small]);
});

it.runIf(BIG)(
  'big: a 900 MB plain file with the on-disk cap raised is still refused before decoding',
  { timeout: 600_000 },
  async () => {
    const root = tempDir('edgar-hostile-');
    const p = join(root, 'plain-900mb.txt');
    sparseText(p, 900 * MB);
    writeFileSync(join(root, 'filing.txt'), submission(1));
    const { errors, indexed } = await indexAndRead(root, join(tempDir(), 'archive.db'), {
      limits: { maxFileBytes: 2048 * MB },
    });
    expect(errors.get(p)).toBe('text too large (900 MB; the limit is 256 MB)');
    expect(indexed).toHaveLength(1);
  },
);
