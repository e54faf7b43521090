import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { workerEntry } from '../../../src/main/core/worker-entry';
import { tempDir } from './indexer/fixtures';

it('from source, each worker is its .ts file below this module', () => {
  const here = 'file:///repo/src/main/core/worker-entry.ts';
  expect(workerEntry('parseWorker', here)).toEqual({
    url: new URL('file:///repo/src/main/core/indexer/parse-worker.ts'),
    source: true,
  });
  expect(workerEntry('indexWorker', here).url.href).toBe('file:///repo/src/main/core/indexer/worker.ts');
});

it('built, each worker is out/main/<name>.js, also when this code sits in a chunk below it', () => {
  const out = join(tempDir(), 'out', 'main');
  mkdirSync(join(out, 'chunks'), { recursive: true });
  writeFileSync(join(out, 'parseWorker.js'), '');
  writeFileSync(join(out, 'indexWorker.js'), '');
  const fromBundle = pathToFileURL(join(out, 'index.js')).href;
  const fromChunk = pathToFileURL(join(out, 'chunks', 'worker-entry-abc123.js')).href;
  for (const here of [fromBundle, fromChunk]) {
    expect(workerEntry('parseWorker', here)).toEqual({
      url: pathToFileURL(join(out, 'parseWorker.js')),
      source: false,
    });
    expect(workerEntry('indexWorker', here).url.href).toBe(pathToFileURL(join(out, 'indexWorker.js')).href);
  }
});

it('this very module, run from source, resolves to files that exist', async () => {
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  for (const name of ['parseWorker', 'indexWorker', 'archiveProcess'] as const) {
    const e = workerEntry(name);
    expect(e.source).toBe(true);
    expect(existsSync(fileURLToPath(e.url))).toBe(true);
  }
});
