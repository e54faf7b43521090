import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { tempDir } from './fixtures';

const MB = 1024 * 1024;

/** Writes `total` bytes of `chunk` repeated, without holding them all in memory. */
function writeRepeated(path: string, chunk: Buffer, total: number): void {
  const fd = openSync(path, 'w');
  for (let done = 0; done < total; done += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, total - done));
  closeSync(fd);
}

// Unreadable files and folders are not generated here: tests run as root, for whom chmod 000
// blocks nothing. Their reasons come from the same EACCES mapping as the other I/O errors.
describeWithShared('a hostile folder', () => {
  it('records every bad file as an error and indexes everything else', { timeout: 120_000 }, async () => {
    const root = tempDir();
    const good = {
      sgml: join(root, 'good', 'full-submission.txt'),
      gz: join(root, 'good', '0001104659-25-002604.nc.gz'),
      html: join(root, 'good', 'odd\nname ünïcødé ✓.htm'),
      noext: join(root, 'good', 'no-extension'),
      // Readable text is a header-less document even when it is one 20 MB line: indexed, not refused.
      oneLine: join(root, 'good', 'one-line.txt'),
    };
    mkdirSync(join(root, 'good'));
    copyFileSync(join(CORPUS_FILES, 'cjavdev__sec_edgar/filing1.txt'), good.sgml);
    writeFileSync(good.gz, gzipSync(readFileSync(join(CORPUS_FILES, 'dgunning__edgartools/0001104659-25-002604.nc'))));
    copyFileSync(join(CORPUS_FILES, 'dgunning__edgartools/1800Flowers.8-K.html'), good.html);
    copyFileSync(join(CORPUS_FILES, 'cjavdev__sec_edgar/filing2.txt'), good.noext);
    writeRepeated(good.oneLine, Buffer.from('the registrant reports quarterly revenue growth '.repeat(100)), 20 * MB);

    const bad: Record<string, RegExp> = {};
    const put = (name: string, reason: RegExp, data?: Buffer | string) => {
      const p = join(root, 'bad', name);
      mkdirSync(join(root, 'bad'), { recursive: true });
      if (data !== undefined) writeFileSync(p, data);
      bad[p] = reason;
      return p;
    };
    put('empty.txt', /empty file/, '');
    put('junk.bin', /not an EDGAR filing \(binary data\)/, randomBytes(200_000));
    put(
      'picture.htm',
      /PNG image/,
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(5000)]),
    );
    // High bytes only: invalid UTF-8 that decodes to nothing readable.
    put(
      'invalid-utf8.txt',
      /no readable text/,
      Buffer.from(Array.from({ length: 50_000 }, (_, i) => 0x80 + ((i * 7919) % 0x7f))),
    );
    put(
      'index.idx',
      /^not an EDGAR filing/,
      'Description:           Master Index of EDGAR Dissemination Feed\nLast Data Received:    March 31, 1993\n',
    );
    put('bomb.txt.gz', /gzip inflates beyond/, gzipSync(Buffer.alloc(40 * MB, 0x41)));
    put('corrupt.gz', /corrupt gzip/, Buffer.concat([gzipSync(Buffer.from('hello')).subarray(0, 12), randomBytes(64)]));
    // Large: 40 MB of random bytes (binary) and 60 MB over the configured size cap.
    const bigJunk = put('big-random.dat', /binary data/);
    writeRepeated(bigJunk, randomBytes(MB), 40 * MB);
    const tooBig = put('too-big.txt', /too large/);
    writeRepeated(tooBig, Buffer.from('one very long line of words '.repeat(1000)), 60 * MB);
    const loop = put('loop', /symlink loop/);
    symlinkSync(join(root, 'bad'), loop);
    put('dangling.txt', /dangling symlink/);
    symlinkSync(join(root, 'nowhere', 'missing.txt'), join(root, 'bad', 'dangling.txt'));
    const fifo = put('pipe', /not a regular file/);
    execFileSync('mkfifo', [fifo]);

    const dbPath = join(tempDir(), 'archive.db');
    const summary = await indexFolders({
      dbPath,
      roots: [root],
      limits: { maxFileBytes: 50 * MB, maxInflatedBytes: 32 * MB },
    });

    const errors = new Map(summary.errors.map((e) => [e.path, e.reason]));
    for (const [path, reason] of Object.entries(bad)) {
      expect(errors.get(path), path).toMatch(reason);
    }
    expect(errors.size).toBe(Object.keys(bad).length);
    expect(summary.filesSeen).toBe(Object.keys(bad).length + Object.keys(good).length);

    const db = openDatabase(dbPath, { readonly: true });
    const indexed = db
      .prepare(`SELECT path FROM files WHERE status = 'indexed' AND filing_id IS NOT NULL ORDER BY path`)
      .pluck()
      .all();
    expect(indexed).toEqual(Object.values(good).sort());
    // The gzipped .nc was read by content and is the filing it names.
    expect(db.prepare('SELECT format FROM filings WHERE key = ?').pluck().get('0001104659-25-002604')).toBe('nc');
    expect(db.prepare('SELECT count(*) FROM file_errors').pluck().get()).toBe(Object.keys(bad).length);
    db.close();
  });
});
