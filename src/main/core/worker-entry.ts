import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The worker entries: bundle name (electron.vite.config.ts) and source file below this one. */
const ENTRIES = {
  parseWorker: 'indexer/parse-worker.ts',
  indexWorker: 'indexer/worker.ts',
  archiveProcess: '../archive-process.ts',
} as const;

export type WorkerName = keyof typeof ENTRIES;

export interface WorkerEntry {
  /** The worker's own module. */
  url: URL;
  /** True when it is TypeScript source that must be loaded through tsx. */
  source: boolean;
}

/**
 * Where a worker's code is. Run from source (tsx: the CLI, tests, bench) this module is a .ts
 * file and the worker's .ts file sits below it; built, this module is part of a bundle in out/main
 * (or of a chunk one folder below) and the worker is out/main/<name>.js.
 */
export function workerEntry(name: WorkerName, here: string = import.meta.url): WorkerEntry {
  if (/\.[cm]?ts$/.test(here)) return { url: new URL(`./${ENTRIES[name]}`, here), source: true };
  const candidates = [new URL(`./${name}.js`, here), new URL(`../${name}.js`, here)];
  const url = candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]!;
  return { url, source: false };
}

/**
 * Starts a worker from `entry`. A source entry boots through tsx's loader first: a worker
 * does not inherit the loader hooks of its parent (tsx CLI or vitest), and `--import` is not
 * honoured in a worker's execArgv.
 */
export function startWorker(entry: WorkerEntry, options: WorkerOptions = {}): Worker {
  if (!entry.source) return new Worker(entry.url, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry.url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
