// Item 1 of issue 12: text past V8's largest string (~512 MiB) aborted the whole process
// inside TextDecoder (SIGABRT), so the file got no error row and the batch was lost. Files
// whose text is over the limits are refused before any decode, with "text too large".
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/main/core/db/open';
import { measureDocuments } from '../../src/main/core/scan/documents';
import { DEFAULT_READ_LIMITS } from '../../src/main/core/scan/read-file';
import { tempDir } from '../main/core/indexer/fixtures';
import { BIG, MB, gzipBomb, indexAndRead, sparseText, submission, writeRepeated } from './generate';

/** V8's longest string on 64-bit builds (2^29 - 24 UTF-16 units). */
const V8_MAX_STRING = 2 ** 29 - 24;

it('keeps the default text limits well under the longest string the runtime can hold', () => {
  expect(DEFAULT_READ_LIMITS.maxTextBytes).toBeLessThan(V8_MAX_STRING * 0.6);
  expect(DEFAULT_READ_LIMITS.maxDocumentBytes).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.maxTextBytes);
  expect(DEFAULT_READ_LIMITS.maxHeaderBytes).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.maxTextBytes);
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

/** A submission whose SGML header lists `count` filers (~110 bytes each) before one small document. */
function longHeader(n: number, count: number): string {
  const [head, rest] = submission(n).split('</SEC-HEADER>');
  const filers = Array.from(
    { length: count },
    (_, i) =>
      `FILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\tFILER NUMBER ${i}\n\t\tCENTRAL INDEX KEY:\t\t${String(3_000_000 + i).padStart(10, '0')}\n\n`,
  );
  return head + filers.join('') + '</SEC-HEADER>' + rest;
}

it("measures a submission's header apart from its documents, and nothing else as a header", () => {
  const nc = Buffer.from(longHeader(8, 1000));
  const first = nc.indexOf('<DOCUMENT>');
  expect(measureDocuments(nc)).toEqual({ header: first, largest: nc.length - first });
  // A header-only submission is all header; a page that is not a submission has none, even
  // with a <DOCUMENT> marker in it: what precedes the marker is laid out as its document.
  const headerOnly = Buffer.from(longHeader(8, 10).split('<DOCUMENT>')[0]!);
  expect(measureDocuments(headerOnly)).toEqual({ header: headerOnly.length, largest: 0 });
  const page = Buffer.from(`<html><body>${'<p>text</p>'.repeat(1000)}<DOCUMENT>x</body></html>`);
  expect(measureDocuments(page)).toEqual({ header: 0, largest: page.indexOf('<DOCUMENT>') });
});

it('indexes a header larger than a document may be, and refuses one over the header limit with the rest indexed', async () => {
  const root = tempDir('edgar-hostile-');
  // ~1.3 MB and ~3.3 MB headers; limits scaled down (a document 1 MB, a header 2 MB).
  const large = join(root, 'large-header.txt');
  writeFileSync(large, longHeader(9, 12_000));
  const huge = join(root, 'huge-header.txt');
  writeFileSync(huge, longHeader(10, 30_000));
  const page = join(root, 'page.htm');
  writeRepeated(page, Buffer.from('<p>The registrant reports quarterly revenue growth.</p>\n'), 2 * MB);
  appendFileSync(page, '<DOCUMENT>\n');
  const small = join(root, 'small.txt');
  writeFileSync(small, submission(11));
  const dbPath = join(tempDir(), 'archive.db');
  const { errors, indexed } = await indexAndRead(root, dbPath, {
    limits: { maxDocumentBytes: 1 * MB, maxHeaderBytes: 2 * MB },
  });
  expect(errors.get(huge)).toMatch(/^text too large \(a header of \d\.\d MB; the limit is 2\.0 MB for a header\)$/);
  expect(errors.get(page)).toBe('text too large (a document of 2.0 MB; the limit is 1.0 MB per document)');
  expect(errors.size).toBe(2);
  expect(indexed).toEqual([large, small]);
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const count = db
      .prepare(`SELECT count(*) FROM companies c JOIN filings f ON f.id = c.filing_id WHERE f.key LIKE '%-000009'`)
      .pluck()
      .get();
    expect(count).toBe(12_001);
  } finally {
    db.close();
  }
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
