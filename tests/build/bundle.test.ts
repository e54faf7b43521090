import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unpackedPath } from '../../src/main/core/paths';
import { appPaths } from '../../src/main/electron/app-paths';

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
function importsOf(file: string): string[] {
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
    for (const name of ['index', 'archiveProcess', 'indexWorker', 'parseWorker']) {
      expect(existsSync(join(OUT_MAIN, `${name}.js`)), name).toBe(true);
    }
    expect(existsSync(join(ROOT, 'out', 'preload', 'index.cjs'))).toBe(true);
    expect(existsSync(join(ROOT, 'out', 'renderer', 'index.html'))).toBe(true);
  });
});

/** A glob of electron-builder's (minimatch subset: **, *, {a,b}) as a regular expression. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.lastIndexOf('(?:') > re.lastIndexOf(')')) re += '|';
    else re += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether a path of the app folder is selected by a list of globs (later "!" globs exclude). */
function selected(globs: readonly string[], path: string): boolean {
  let hit = false;
  for (const g of globs) {
    if (g.startsWith('!')) {
      if (globRegExp(g.slice(1)).test(path)) hit = false;
    } else if (globRegExp(g).test(path)) hit = true;
  }
  return hit;
}

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: { target: string; arch: string[] }[] };
  win: { target: string[] };
}

describe('the installers (electron-builder.json)', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as BuilderConfig;
  const built = (dir: string) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));

  it('pack every file the app loads, and unpack every script run as a process or thread and every .node', () => {
    const main = built('out/main').filter((p) => !p.endsWith('.map'));
    const loaded = [...main, ...built('out/preload'), ...built('out/renderer'), 'package.json'];
    for (const p of loaded) expect(selected(config.files, p), p).toBe(true);
    // The archive process and the workers run from app.asar.unpacked, with their chunks.
    for (const p of main.filter((f) => !f.endsWith('/index.js'))) expect(selected(config.asarUnpack, p), p).toBe(true);
    for (const name of ['archiveProcess', 'indexWorker', 'parseWorker']) expect(main).toContain(`out/main/${name}.js`);
    // The Electron build of SQLite (prepared into native/) and better-sqlite3 itself.
    const node = 'native/electron-140/better_sqlite3.node';
    expect(selected(config.files, node)).toBe(true);
    expect(selected(config.asarUnpack, node)).toBe(true);
    expect(selected(config.asarUnpack, 'node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(selected(config.asarUnpack, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(selected(config.files, 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
  });

  it('ships the sample archive as extra resources where the app looks for it', () => {
    const packaged = appPaths({
      mainDir: '/opt/E/resources/app.asar/out/main',
      appRoot: '/opt/E/resources/app.asar',
      userData: '/home/u/.config/E',
      env: {},
      isPackaged: true,
      resourcesDir: '/opt/E/resources',
    });
    expect(config.extraResources).toContainEqual({ from: 'samples/filings', to: 'samples/filings' });
    expect(packaged.samplesDir).toBe('/opt/E/resources/samples/filings');
    expect(packaged.archiveProcess).toBe('/opt/E/resources/app.asar.unpacked/out/main/archiveProcess.js');
    expect(unpackedPath('/opt/E/resources/app.asar/native/electron-140/better_sqlite3.node')).toBe(
      '/opt/E/resources/app.asar.unpacked/native/electron-140/better_sqlite3.node',
    );
    expect(readdirSync(join(ROOT, 'samples', 'filings')).length).toBeGreaterThan(0);
  });

  it('sets the fuses and the targets the issue asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.win.target).toEqual(['nsis']);
  });
});
