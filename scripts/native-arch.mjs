// Which CPU architectures a native module holds, and which a build needs. A macOS universal
// app (electron-builder merges an x64 and an arm64 build with @electron/universal) needs every
// Mach-O file to be either universal already or different between the two builds; native/ is
// the same folder in both, so better_sqlite3.node must itself be universal (lipo of both).

/** Mach-O CPU types (mach/machine.h): CPU_TYPE_X86_64 and CPU_TYPE_ARM64. */
const CPU = new Map([
  [0x01000007, 'x64'],
  [0x0100000c, 'arm64'],
]);

/**
 * The architectures of a Mach-O file from its first bytes: a thin 64-bit image (MH_MAGIC_64,
 * little-endian) or a fat/universal one (FAT_MAGIC or FAT_MAGIC_64, big-endian). [] for
 * anything else (an ELF or PE module, or a truncated file).
 */
export function machOArchs(bytes) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 8) return [];
  if (b.readUInt32LE(0) === 0xfeedfacf) return [CPU.get(b.readInt32LE(4)) ?? 'other'];
  const fat = b.readUInt32BE(0);
  if (fat !== 0xcafebabe && fat !== 0xcafebabf) return [];
  const entry = fat === 0xcafebabe ? 20 : 32;
  const count = b.readUInt32BE(4);
  const archs = [];
  for (let i = 0; i < count && 8 + (i + 1) * entry <= b.length; i++) {
    archs.push(CPU.get(b.readInt32BE(8 + i * entry)) ?? 'other');
  }
  return archs;
}

const TARGET_FLAGS = [
  ['darwin', ['--mac', '-m'], 'macOS'],
  ['win32', ['--win', '-w'], 'Windows'],
  ['linux', ['--linux', '-l'], 'Linux'],
];

/**
 * What `npm run dist` of these targets on this platform must prepare: installers are built on
 * the system they are for (the SQLite module inside is built for it), and the macOS app is
 * universal, so its module holds x64 and arm64.
 */
export function distPlan(targets, platform, hostArch) {
  for (const [system, flags, name] of TARGET_FLAGS) {
    if (system !== platform && targets.some((t) => flags.includes(t))) {
      return { stop: `${name} installers are built on ${name} (the SQLite module inside is built for it)` };
    }
  }
  const universal = platform === 'darwin';
  return { archs: universal ? ['x64', 'arm64'] : [hostArch], universal };
}

/** The architectures still missing from a module that must hold `wanted`. */
export function missingArchs(have, wanted) {
  return wanted.filter((a) => !have.includes(a));
}
