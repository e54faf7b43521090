// Prepares the Electron build of better-sqlite3 beside Node's, so tests and the CLI (Node)
// and the app (Electron) each load a module of their own ABI without rebuilding in place.
// Runs after `npm install`. Where Electron's binary was not downloaded (CI, offline
// machines) there is nothing to build for, and it says so and exits 0.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package exports the path of its binary, downloading it on first use.
    const bin = require('electron');
    return typeof bin === 'string' && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('prepare-native: ELECTRON_SKIP_BINARY_DOWNLOAD is set; skipping the Electron build of better-sqlite3.');
  process.exit(0);
}

const bin = electronBinary();
if (!bin) {
  console.log('prepare-native: no Electron binary installed; skipping the Electron build of better-sqlite3.');
  process.exit(0);
}

const probe = execFileSync(bin, ['-p', 'JSON.stringify([process.versions.electron, process.versions.modules])'], {
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  encoding: 'utf8',
});
const [electronVersion, abi] = JSON.parse(probe.trim());
const target = join(root, 'native', `electron-${abi}`, 'better_sqlite3.node');
if (existsSync(target)) {
  console.log(`prepare-native: ${target} is present.`);
  process.exit(0);
}

const pkgDir = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'bsql-electron-'));
try {
  cpSync(pkgDir, work, { recursive: true, filter: (src) => !src.includes(`${pkgDir}/build`) });
  const run = (cmd, args) =>
    execFileSync(process.execPath, [require.resolve(cmd), ...args], { cwd: work, stdio: 'inherit' });
  try {
    run('prebuild-install/bin.js', ['--runtime', 'electron', '--target', electronVersion]);
  } catch {
    console.log('prepare-native: no prebuilt binary; compiling against Electron headers.');
    run('node-gyp/bin/node-gyp.js', [
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  }
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`prepare-native: wrote ${target} for Electron ${electronVersion}.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
