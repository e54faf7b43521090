// Prepares better-sqlite3 for Electron beside Node's build, so tests and the CLI (Node) and
// the app (Electron) each load a module of their own ABI without rebuilding in place. Runs
// after `npm install` and before `npm start`. Prints ONE line whatever happens:
// - no Electron binary and none can be downloaded: says so and exits 0 (install succeeds);
// - native/electron-<ABI>/ built for the same Electron AND better-sqlite3 versions: reused;
// - else a prebuilt binary (prebuild-install), else a compile with @electron/rebuild; the
//   result is loaded once by Electron itself before it is kept. A failure names the fix, exit 1.
// `--archs x64,arm64` (npm run dist for macOS) builds one module per architecture and joins them
// with lipo: a universal app ships one native/ folder for both (scripts/native-arch.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, electronBinary, electronVersion } from './electron-binary.mjs';
import { machOArchs, missingArchs } from './native-arch.mjs';

const require = createRequire(import.meta.url);
const say = (line) => console.log(`prepare-native: ${line}`);
const BROWSER = 'the tests, the CLI and the browser build (npm run serve) work without it';

function firstLine(text) {
  return (
    String(text ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('at ')) ?? 'no message'
  );
}

/** What went wrong, in a few words, from a tool's output. */
function gist(text) {
  const all = String(text ?? '');
  if (/network|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|proxy/i.test(all))
    return "no network: Electron's headers could not be downloaded";
  if (
    /find Python|python3?: not found|make: not found|g\+\+: not found|No C\+\+ compiler|not find any Visual Studio/i.test(
      all,
    )
  )
    return 'no C++ toolchain or Python 3 to compile with';
  return (
    all
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /^(\w*Error|gyp ERR!)\b/.test(l)) ?? firstLine(all)
  );
}

/** The binary, downloading it first unless told not to (electron 43 has no install script). */
function ensureElectron() {
  let found = electronBinary();
  if ('path' in found || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return found;
  const install = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron', 'install.js')], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  found = electronBinary();
  if ('path' in found) return found;
  return { missing: `downloading Electron failed (${firstLine(install.stderr || install.stdout || install.error)})` };
}

const found = ensureElectron();
if (!('path' in found)) {
  // npm start says it its own way (one line there too).
  if (process.argv.includes('--quiet-if-missing')) process.exit(0);
  say(`no Electron here (${found.missing}); the desktop app cannot start here; ${BROWSER}.`);
  process.exit(0);
}

const bsqlDir = dirname(require.resolve('better-sqlite3/package.json'));
const versions = {
  electron: electronVersion(),
  betterSqlite3: JSON.parse(readFileSync(join(bsqlDir, 'package.json'), 'utf8')).version,
};
const asNode = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
const abi = execFileSync(found.path, ['-p', 'process.versions.modules'], { env: asNode, encoding: 'utf8' }).trim();
const dir = join(ROOT, 'native', `electron-${abi}`);
const target = join(dir, 'better_sqlite3.node');
const stampPath = join(dir, 'build.json');
const stamp = existsSync(stampPath) ? readFileSync(stampPath, 'utf8') : '';
const archsArg = process.argv.indexOf('--archs');
const wanted = archsArg > 0 ? process.argv[archsArg + 1].split(',') : [process.arch];
const others = wanted.filter((a) => a !== process.arch);
if (others.length && process.platform !== 'darwin') {
  console.error(`prepare-native: a module for ${wanted.join(' and ')} is joined with lipo, which only macOS has.`);
  process.exit(1);
}
const archsOf = (file) => (process.platform === 'darwin' ? machOArchs(readFileSync(file)) : [process.arch]);
if (existsSync(target) && stamp === JSON.stringify(versions) && !missingArchs(archsOf(target), wanted).length) {
  say(`${target} is ready (Electron ${versions.electron}, better-sqlite3 ${versions.betterSqlite3}).`);
  process.exit(0);
}

/** Loads the module in Electron (as Node) and opens a database: proof the ABI matches. */
function loadsInElectron(moduleDir, nodeFile) {
  const probe = `const D = require(${JSON.stringify(moduleDir)}); new D(':memory:', { nativeBinding: ${JSON.stringify(nodeFile)} }).close();`;
  const r = spawnSync(found.path, ['-e', probe], { env: asNode, encoding: 'utf8' });
  return r.status === 0 ? null : firstLine(r.stderr);
}

const work = mkdtempSync(join(tmpdir(), 'bsql-electron-'));
let failure = null;

/** better-sqlite3 built for this Electron and `arch` in a copy of its own; returns the .node. */
function buildFor(arch) {
  const copy = join(work, arch, 'node_modules', 'better-sqlite3');
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  cpSync(bsqlDir, copy, { recursive: true, filter: (src) => !src.startsWith(join(bsqlDir, 'build')) });
  writeFileSync(
    join(work, arch, 'package.json'),
    JSON.stringify({ name: 'bsql-electron', dependencies: { 'better-sqlite3': '*' } }),
  );
  // 1. A prebuilt binary for this Electron (needs the internet).
  const prebuilt = spawnSync(
    process.execPath,
    [
      require.resolve('prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      versions.electron,
      '--arch',
      arch,
    ],
    { cwd: copy, encoding: 'utf8' },
  );
  let how = 'prebuilt';
  if (prebuilt.status !== 0 || !existsSync(built)) {
    // 2. Compiled against Electron's headers (needs a C++ toolchain and Python 3).
    how = 'compiled';
    // In a child process: @electron/rebuild and node-gyp print stacks; only their gist is shown.
    const compiled = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts', 'rebuild-for-electron.mjs'), join(work, arch), versions.electron, arch],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (compiled.status !== 0) throw new Error(gist(compiled.stderr || compiled.stdout));
  }
  if (!existsSync(built)) throw new Error(`no better_sqlite3.node was produced for ${arch}`);
  return { copy, built, how };
}

try {
  const host = buildFor(process.arch);
  let result = host.built;
  if (others.length) {
    // One universal module: both builds of the app carry the same native/ folder.
    result = join(work, 'better_sqlite3.node');
    const parts = [host.built, ...others.map((a) => buildFor(a).built)];
    execFileSync('lipo', ['-create', ...parts, '-output', result]);
    const lacking = missingArchs(machOArchs(readFileSync(result)), wanted);
    if (lacking.length) throw new Error(`lipo left out ${lacking.join(', ')}`);
  }
  const refused = loadsInElectron(host.copy, result);
  if (refused) throw new Error(refused);
  mkdirSync(dir, { recursive: true });
  cpSync(result, target);
  writeFileSync(stampPath, JSON.stringify(versions));
  say(
    `wrote ${target} (${host.how} for Electron ${versions.electron}, better-sqlite3 ${versions.betterSqlite3}, ${wanted.join(' + ')}).`,
  );
} catch (err) {
  failure = firstLine(err instanceof Error ? err.message : err);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failure) {
  console.error(
    `prepare-native: could not prepare better-sqlite3 ${versions.betterSqlite3} for Electron ${versions.electron} (${failure}). ` +
      'Fix: connect to the internet (a prebuilt binary is downloaded) or install a C++ toolchain and Python 3, then run "npm run prepare:native".',
  );
  process.exit(1);
}
