// Run by prepare-native.mjs in a child process (its output is reduced to one line there):
// compiles better-sqlite3 in the folder given against the Electron version (and arch) given.
import { rebuild } from '@electron/rebuild';

const [buildPath, electronVersion, arch = process.arch] = process.argv.slice(2);
await rebuild({ buildPath, electronVersion, arch, onlyModules: ['better-sqlite3'], force: true });
