// `npm run dist [-- --linux|--mac|--win]`: installers with electron-builder (electron-builder.json):
// Linux AppImage and .deb, macOS universal .dmg, Windows NSIS; this machine's platform by
// default. Needs Electron's binary for the target: where it cannot be had, stops with one line.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, electronBinary } from './electron-binary.mjs';
import { distPlan } from './native-arch.mjs';

const stop = (why) => {
  console.error(`npm run dist: cannot build installers here: ${why}.`);
  process.exit(1);
};
const node = (script, args, opts = {}) =>
  spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', ...opts });

const targets = process.argv.slice(2);
const plan = distPlan(targets, process.platform, process.arch);
if (plan.stop) stop(plan.stop);
// prepare-native downloads Electron when it can and builds SQLite for it (native/ ships inside;
// for the universal macOS app one module holds both architectures).
const prepared = node('scripts/prepare-native.mjs', ['--quiet-if-missing', '--archs', plan.archs.join(',')], {
  stdio: 'inherit',
});
if (prepared.status !== 0) process.exit(prepared.status ?? 1);
const found = electronBinary();
if (!('path' in found))
  stop(`no Electron (${found.missing}); connect to the internet and run "npx install-electron", then try again`);
const built = node('node_modules/electron-vite/bin/electron-vite.js', ['build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
// Package the Electron already here instead of downloading it, except for the universal macOS
// app, which electron-builder assembles from an x64 and an arm64 Electron of its own download.
const local = plan.universal ? [] : [`--config.electronDist=${join(ROOT, 'node_modules', 'electron', 'dist')}`];
const builder = node('node_modules/electron-builder/cli.js', [...targets, ...local, '--publish', 'never'], {
  stdio: 'pipe',
});
process.stdout.write(builder.stdout ?? '');
if (builder.status !== 0) {
  const lines = `${builder.stderr ?? ''}\n${builder.stdout ?? ''}`.split('\n').map((l) => l.trim());
  const cause = lines.find((l) => /⨯|Error:|error /i.test(l)) ?? 'electron-builder failed';
  stop(cause.replace(/^⨯\s*/, ''));
}
