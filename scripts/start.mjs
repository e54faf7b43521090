// `npm start`: prepares SQLite for Electron, builds, and opens the app. Where the window
// cannot open (no Electron binary, no display) it says why in one line and how to run the
// browser build instead, and exits 1.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, electronBinary } from './electron-binary.mjs';

const BROWSER = 'run the browser build instead: npm run serve (it prints a local address to open)';

function cannotOpen(why) {
  console.error(`npm start: the window cannot open here: ${why}; ${BROWSER}.`);
  process.exit(1);
}

const run = (script, args) => {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// prepare-native downloads Electron when it can, and says in one line when it cannot.
run('scripts/prepare-native.mjs', ['--quiet-if-missing']);
const found = electronBinary();
if (!('path' in found)) cannotOpen(`no Electron (${found.missing})`);
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
  cannotOpen('no display (neither DISPLAY nor WAYLAND_DISPLAY is set)');
const electronVite = 'node_modules/electron-vite/bin/electron-vite.js';
run(electronVite, ['build']);
run(electronVite, ['preview']);
