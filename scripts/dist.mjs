// `npm run dist [-- --linux|--mac|--win]`: installers with electron-builder (electron-builder.json):
// Linux AppImage and .deb, macOS universal .dmg, Windows NSIS; this machine's platform by
// default. Needs Electron's binary for the target: where it cannot be had, stops with one line.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, electronBinary } from './electron-binary.mjs';

const stop = (why) => {
  console.error(`npm run dist: cannot build installers here: ${why}.`);
  process.exit(1);
};
const node = (script, args, opts = {}) =>
  spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', ...opts });

// prepare-native downloads Electron when it can and builds SQLite for it (native/ ships inside).
const prepared = node('scripts/prepare-native.mjs', ['--quiet-if-missing'], { stdio: 'inherit' });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);
const found = electronBinary();
if (!('path' in found))
  stop(`no Electron (${found.missing}); connect to the internet and run "npx install-electron", then try again`);
const built = node('node_modules/electron-vite/bin/electron-vite.js', ['build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const targets = process.argv.slice(2);
// For this machine's platform, package the Electron already here instead of downloading it.
const local = targets.length === 0 ? [`--config.electronDist=${join(ROOT, 'node_modules', 'electron', 'dist')}`] : [];
const builder = node('node_modules/electron-builder/cli.js', [...targets, ...local, '--publish', 'never'], {
  stdio: 'pipe',
});
process.stdout.write(builder.stdout ?? '');
if (builder.status !== 0) {
  const lines = `${builder.stderr ?? ''}\n${builder.stdout ?? ''}`.split('\n').map((l) => l.trim());
  const cause = lines.find((l) => /⨯|Error:|error /i.test(l)) ?? 'electron-builder failed';
  stop(cause.replace(/^⨯\s*/, ''));
}
