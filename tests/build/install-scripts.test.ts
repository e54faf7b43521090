import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// npm 11.16 began listing dependencies whose install scripts package.json's `allowScripts`
// does not cover; npm 12 skips those scripts. better-sqlite3's install script builds the
// native module the archive process loads, so a user's `npm install` without it gives an
// app that cannot open an archive. Every dependency with an install script is therefore
// decided in package.json (true to run it, false to skip it on purpose).
const ROOT = resolve(import.meta.dirname, '..', '..');

interface Lock {
  packages: Record<string, { hasInstallScript?: boolean; dev?: boolean }>;
}

function withInstallScripts(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
  const names = new Set<string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!entry.hasInstallScript || path === '') continue;
    names.add(path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  }
  return [...names].sort();
}

describe("the dependencies' install scripts", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    allowScripts?: Record<string, boolean>;
  };
  const allowed = pkg.allowScripts ?? {};

  it('are each decided in package.json allowScripts, by name so an update keeps its decision', () => {
    const names = withInstallScripts();
    expect(names.length).toBeGreaterThan(0);
    const undecided = names.filter((name) => typeof allowed[name] !== 'boolean');
    expect(undecided).toEqual([]);
  });

  it("run better-sqlite3's (the archive process's native module)", () => {
    expect(withInstallScripts()).toContain('better-sqlite3');
    expect(allowed['better-sqlite3']).toBe(true);
  });
});
