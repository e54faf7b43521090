import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { readFileBytes } from '../../../../src/main/core/scan/read-file';
import { sniffNonFiling } from '../../../../src/main/core/scan/sniff';
import { tempDir } from '../indexer/fixtures';

const limits = {
  maxFileBytes: 1_000_000,
  maxInflatedBytes: 2_000_000,
  maxTextBytes: 4_000_000,
  maxDocumentBytes: 4_000_000,
};

it('reads plain files and inflates gzip by content, whatever the name', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'plain.txt'), 'hello');
  writeFileSync(join(dir, 'named-plain.nc'), gzipSync('<SUBMISSION>'));
  const plain = readFileBytes(join(dir, 'plain.txt'), limits);
  expect(plain).toMatchObject({ ok: true, gzipped: false });
  expect(plain.ok && plain.content.toString()).toBe('hello');
  const gz = readFileBytes(join(dir, 'named-plain.nc'), limits);
  expect(gz).toMatchObject({ ok: true, gzipped: true });
  expect(gz.ok && gz.content.toString()).toBe('<SUBMISSION>');
});

it('refuses empty, oversized, bomb and corrupt files with a reason', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty'), '');
  writeFileSync(join(dir, 'big'), Buffer.alloc(1_000_001, 0x41));
  writeFileSync(join(dir, 'bomb.gz'), gzipSync(Buffer.alloc(3_000_000)));
  writeFileSync(join(dir, 'bad.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]));
  mkdirSync(join(dir, 'folder'));
  const reason = (name: string) => {
    const r = readFileBytes(join(dir, name), limits);
    return r.ok ? null : r.reason;
  };
  expect(reason('empty')).toBe('empty file (0 bytes)');
  expect(reason('big')).toMatch(/^too large \(1\.0 MB; the limit is 1\.0 MB\)$/);
  expect(reason('bomb.gz')).toMatch(/gzip inflates beyond the limit/);
  expect(reason('bad.gz')).toMatch(/corrupt gzip/);
  expect(reason('missing')).toMatch(/vanished/);
  expect(reason('folder')).toMatch(/not a regular file|unreadable/);
});

it('sniffs binary content and known non-filing formats, and lets text through', () => {
  expect(sniffNonFiling(Buffer.from('%PDF-1.4\n'))).toBe('not an EDGAR filing (a PDF document)');
  expect(sniffNonFiling(Buffer.from([0x50, 0x4b, 3, 4, 0]))).toMatch(/ZIP/);
  expect(sniffNonFiling(Buffer.from('abc\0def'))).toBe('not an EDGAR filing (binary data)');
  expect(sniffNonFiling(Buffer.from('\x01\x02\x03\x04\x05abc'))).toBe('not an EDGAR filing (binary data)');
  expect(sniffNonFiling(Buffer.from('<SEC-DOCUMENT>0000000000-00-000000.txt'))).toBeNull();
  expect(sniffNonFiling(Buffer.from('caf\xe9 in latin-1', 'latin1'))).toBeNull();
});

it('reserves memory before reading: by size, by the gzip trailer, and again up to the cap when a trailer lies', () => {
  const dir = tempDir();
  const text = Buffer.alloc(300_000, 'revenue growth\n');
  writeFileSync(join(dir, 'plain.txt'), text);
  writeFileSync(join(dir, 'honest.gz'), gzipSync(text));
  // Two members: the trailer states the last one's size only.
  const member = gzipSync(text);
  writeFileSync(join(dir, 'lying.gz'), Buffer.concat([member, member, member]));
  const reserved = (name: string) => {
    const calls: number[] = [];
    const r = readFileBytes(join(dir, name), limits, (n) => calls.push(n));
    expect(r.ok).toBe(true);
    return { calls, size: member.length };
  };
  expect(reserved('plain.txt').calls).toEqual([300_000]);
  expect(reserved('honest.gz').calls).toEqual([member.length + 300_000]);
  // Stated 300 kB, inflates to 900 kB: reserved again for the cap (2 MB) before inflating further.
  expect(reserved('lying.gz').calls).toEqual([3 * member.length + 300_000, 3 * member.length + 2_000_000]);
});

it('refuses text over the text limit before reading it, and a gzip once it inflates past it', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'long.txt'), Buffer.alloc(600_000, 'a'));
  writeFileSync(join(dir, 'long.gz'), gzipSync(Buffer.alloc(600_000, 'a')));
  const lim = { ...limits, maxTextBytes: 500_000 };
  const calls: number[] = [];
  const plain = readFileBytes(join(dir, 'long.txt'), lim, (n) => calls.push(n));
  expect(plain).toEqual({ ok: false, reason: 'text too large (0.6 MB; the limit is 0.5 MB)' });
  expect(calls).toEqual([]);
  expect(readFileBytes(join(dir, 'long.gz'), lim)).toEqual({
    ok: false,
    reason: 'text too large (over 0.5 MB inflated; the limit is 0.5 MB)',
  });
});
