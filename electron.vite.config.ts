import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// Three bundles: main (Electron main process, the archive process and the worker entries it
// starts; the main entry never reaches better-sqlite3, tests/build/bundle.test.ts checks), preload
// (CommonJS: sandboxed preloads cannot be ES modules) and the React renderer.
export default defineConfig({
  main: {
    build: {
      // Bundled in, so the archive process and workers (unpacked beside app.asar when packaged,
      // where node_modules inside the asar cannot be reached) need only better-sqlite3,
      // which is unpacked with its .node file (electron-builder.json).
      externalizeDeps: { exclude: ['zod', 'chokidar', 'csv-stringify'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          archiveProcess: resolve(__dirname, 'src/main/archive-process.ts'),
          indexWorker: resolve(__dirname, 'src/main/core/indexer/worker.ts'),
          parseWorker: resolve(__dirname, 'src/main/core/indexer/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    plugins: [react()],
  },
});
