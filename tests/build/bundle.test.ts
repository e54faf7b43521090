import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Checks on the BUILT app (out/), which is what Electron runs: built here first, as
// `npm run build` does.
const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT_MAIN = join(ROOT, 'out', 'main');

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}, 180_000);

/** The bare and relative modules a built ES module imports (static and dynamic). */
export function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specs = new Set<string>();
  for (const re of [
    /\bimport\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
    /\bexport\s+[^'"]*?\s+from\s+["']([^"']+)["']/g,
  ]) {
    for (const m of code.matchAll(re)) specs.add(m[1]!);
  }
  return [...specs];
}

/** Every module a built entry loads, following its relative imports through the chunks. */
function closure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

describe('the built main bundle', () => {
  it('never loads better-sqlite3: the database lives in the archive process', () => {
    const main = closure(join(OUT_MAIN, 'index.js'));
    expect(main.packages).toContain('electron');
    expect(main.packages).not.toContain('better-sqlite3');
    // The archive process does load it (else the check above proves nothing).
    expect(closure(join(OUT_MAIN, 'archiveProcess.js')).packages).toContain('better-sqlite3');
  });

  it('has every worker and process entry the app starts', () => {
    for (const name of ['index', 'archiveProcess', 'indexWorker', 'parseWorker', 'rankWorker']) {
      expect(existsSync(join(OUT_MAIN, `${name}.js`)), name).toBe(true);
    }
    expect(existsSync(join(ROOT, 'out', 'preload', 'index.cjs'))).toBe(true);
    expect(existsSync(join(ROOT, 'out', 'renderer', 'index.html'))).toBe(true);
  });
});
