import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../src/main/core/export/atomic-file';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

async function* chunks(count: number, opts: { failAt?: number; onChunk?: (i: number) => void } = {}) {
  for (let i = 0; i < count; i++) {
    if (i === opts.failAt) throw new Error('disk on fire');
    opts.onChunk?.(i);
    yield `${'x'.repeat(64 * 1024)}\n`;
  }
}

describe('writeFileAtomically', () => {
  it('writes the whole file under its name and leaves no temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    await writeFileAtomically(out, chunks(20));
    expect(readFileSync(out, 'utf8').length).toBe(20 * (64 * 1024 + 1));
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('replaces an existing file only once the new one is complete', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    writeFileSync(out, 'old');
    await writeFileAtomically(out, chunks(5, { onChunk: () => expect(readFileSync(out, 'utf8')).toBe('old') }));
    expect(readFileSync(out, 'utf8')).not.toBe('old');
  });

  it('on a failure mid-way leaves nothing under the name and removes the temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    for (const failAt of [0, 1, 10]) {
      await expect(writeFileAtomically(out, chunks(20, { failAt }))).rejects.toThrow('disk on fire');
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('on a failure keeps the previous file under the name untouched', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    writeFileSync(out, 'previous export');
    await expect(writeFileAtomically(out, chunks(20, { failAt: 3 }))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
  });

  it('on cancel mid-way rejects with an AbortError and leaves no file', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    const ctl = new AbortController();
    const source = chunks(1000, { onChunk: (i) => i === 50 && ctl.abort() });
    await expect(writeFileAtomically(out, source, ctl.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not start when already cancelled', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    await expect(writeFileAtomically(out, chunks(1), AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails without a trace when the folder does not exist', async () => {
    const out = join(tempDir(), 'missing', 'out.csv');
    await expect(writeFileAtomically(out, chunks(1))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
