import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { walkFolder, type ScanEntry } from '../../../../src/main/core/scan/walk';
import { tempDir } from '../indexer/fixtures';

async function walk(root: string, exclude: string[] = []): Promise<ScanEntry[]> {
  const out: ScanEntry[] = [];
  for await (const e of walkFolder(root, { exclude: new Set(exclude) })) out.push(e);
  return out;
}

it('lists regular files recursively in name order, with size and mtime', async () => {
  const root = tempDir();
  mkdirSync(join(root, 'sec-edgar-filings', 'AAPL', '10-K', '0000320193-20-000096'), { recursive: true });
  const full = join(root, 'sec-edgar-filings', 'AAPL', '10-K', '0000320193-20-000096', 'full-submission.txt');
  writeFileSync(full, 'abc');
  writeFileSync(join(root, 'b.htm'), 'hello');
  writeFileSync(join(root, 'a'), '');
  const entries = await walk(root);
  expect(entries.map((e) => e.path)).toEqual([join(root, 'a'), join(root, 'b.htm'), full]);
  expect(entries[2]).toMatchObject({ kind: 'file', size: 3 });
  expect((entries[2] as { mtimeMs: number }).mtimeMs).toBeGreaterThan(0);
});

it('turns symlink loops, dangling links and FIFOs into error entries and never hangs', async () => {
  const root = tempDir();
  mkdirSync(join(root, 'd', 'e'), { recursive: true });
  writeFileSync(join(root, 'd', 'e', 'f.txt'), 'x');
  symlinkSync(join(root, 'd'), join(root, 'd', 'e', 'back-up'));
  symlinkSync(join(root, 'nope'), join(root, 'dangling'));
  symlinkSync(join(root, 'self'), join(root, 'self'));
  execFileSync('mkfifo', [join(root, 'fifo')]);
  const entries = await walk(root);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  expect(byPath.get(join(root, 'd', 'e', 'back-up'))).toMatchObject({
    kind: 'error',
    reason: expect.stringMatching(/symlink loop/),
  });
  expect(byPath.get(join(root, 'dangling'))).toMatchObject({
    kind: 'error',
    reason: expect.stringMatching(/dangling/),
  });
  expect(byPath.get(join(root, 'self'))).toMatchObject({ kind: 'error', reason: 'symlink loop' });
  expect(byPath.get(join(root, 'fifo'))).toMatchObject({
    kind: 'error',
    reason: expect.stringMatching(/not a regular file/),
  });
  expect(byPath.get(join(root, 'd', 'e', 'f.txt'))).toMatchObject({ kind: 'file', size: 1 });
  expect(entries).toHaveLength(5);
});

it('follows a link to a folder outside the tree, and skips excluded paths', async () => {
  const root = tempDir();
  const other = tempDir();
  writeFileSync(join(other, 'x.txt'), 'x');
  symlinkSync(other, join(root, 'linked'));
  writeFileSync(join(root, 'archive.db'), '');
  const entries = await walk(root, [join(root, 'archive.db')]);
  expect(entries.map((e) => e.path)).toEqual([join(root, 'linked', 'x.txt')]);
});

it('reports a missing root as an error entry', async () => {
  expect(await walk('/nonexistent/root')).toEqual([
    { kind: 'error', path: '/nonexistent/root', reason: expect.stringMatching(/dangling|vanished/) },
  ]);
});

it('reports a file whose name is not UTF-8 instead of losing it', async () => {
  const root = tempDir();
  writeFileSync(Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), 'x');
  const entries = await walk(root);
  expect(entries).toEqual([
    { kind: 'error', path: join(root, 'bad-\ufffd\ufffd.txt'), reason: expect.stringMatching(/not valid UTF-8/) },
  ]);
});

it('walks each real folder once: links fanning out to the same folders list each file once', async () => {
  const root = tempDir();
  for (let i = 0; i <= 10; i++) {
    mkdirSync(join(root, `L${i}`));
    writeFileSync(join(root, `L${i}`, 'f.txt'), 'x');
    if (i < 10) {
      symlinkSync(join(root, `L${i + 1}`), join(root, `L${i}`, 'a'));
      symlinkSync(join(root, `L${i + 1}`), join(root, `L${i}`, 'b'));
    }
  }
  const entries = await walk(root);
  expect(entries).toHaveLength(11);
  expect(entries.every((e) => e.kind === 'file')).toBe(true);
  // The first path in name order wins: L0/a reaches L1 before the root's own L1 does.
  expect(entries.map((e) => e.path)).toContain(join(root, 'L0', 'a', 'f.txt'));
  expect(entries.map((e) => e.path)).toContain(join(root, 'L0', ...Array<string>(10).fill('a'), 'f.txt'));
});
