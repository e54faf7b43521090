// Builds the command-line tool to plain JavaScript (out/cli), so `edgar-archive` (package.json
// bin) starts with no TypeScript loader: one bundle per entry, the parse and index workers
// beside it (core/worker-entry.ts finds them there), better-sqlite3 left to node_modules.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const src = (p) => join(root, 'src', 'main', p);

await build({
  entryPoints: {
    'edgar-archive': src('cli/main.ts'),
    parseWorker: src('core/indexer/parse-worker.ts'),
    indexWorker: src('core/indexer/worker.ts'),
  },
  outdir: join(root, 'out', 'cli'),
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'bundle',
  external: ['better-sqlite3'],
  // A CommonJS dependency bundled into ESM may call require(): give it one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
chmodSync(join(root, 'out', 'cli', 'edgar-archive.js'), 0o755);
