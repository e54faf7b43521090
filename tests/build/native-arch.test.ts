import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build script without types
import { distPlan, machOArchs, missingArchs } from '../../scripts/native-arch.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** A thin 64-bit Mach-O header (little-endian) for a CPU type. */
function thin(cpu: number): Uint8Array {
  const b = Buffer.alloc(32);
  b.writeUInt32LE(0xfeedfacf, 0);
  b.writeInt32LE(cpu, 4);
  return b;
}

/** A fat (universal) header listing CPU types; `wide` uses FAT_MAGIC_64's 32-byte entries. */
function fat(cpus: number[], wide = false): Uint8Array {
  const entry = wide ? 32 : 20;
  const b = Buffer.alloc(8 + cpus.length * entry);
  b.writeUInt32BE(wide ? 0xcafebabf : 0xcafebabe, 0);
  b.writeUInt32BE(cpus.length, 4);
  cpus.forEach((cpu, i) => b.writeInt32BE(cpu, 8 + i * entry));
  return b;
}

const X86_64 = 0x01000007;
const ARM64 = 0x0100000c;

describe('the architectures of a native module (universal macOS app)', () => {
  it('reads thin and fat Mach-O headers', () => {
    expect(machOArchs(thin(X86_64))).toEqual(['x64']);
    expect(machOArchs(thin(ARM64))).toEqual(['arm64']);
    expect(machOArchs(fat([X86_64, ARM64]))).toEqual(['x64', 'arm64']);
    expect(machOArchs(fat([ARM64, X86_64], true))).toEqual(['arm64', 'x64']);
    expect(machOArchs(fat([X86_64, 7]))).toEqual(['x64', 'other']);
  });

  it('finds no Mach-O architecture in an ELF module or a truncated file', () => {
    const elf = readFileSync(join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(machOArchs(elf)).toEqual([]);
    expect(machOArchs(new Uint8Array([0xcf, 0xfa]))).toEqual([]);
    // A fat header claiming more entries than the bytes hold lists only those present.
    expect(machOArchs(fat([X86_64, ARM64]).subarray(0, 28))).toEqual(['x64']);
  });

  it('says which architectures a module still lacks', () => {
    expect(missingArchs(['x64'], ['x64', 'arm64'])).toEqual(['arm64']);
    expect(missingArchs(['arm64', 'x64'], ['x64', 'arm64'])).toEqual([]);
  });
});

describe('npm run dist: what it prepares for each target', () => {
  it('builds the macOS app universal, with one module for x64 and arm64, on macOS only', () => {
    expect(distPlan([], 'darwin', 'arm64')).toEqual({ archs: ['x64', 'arm64'], universal: true });
    expect(distPlan(['--mac'], 'darwin', 'x64')).toEqual({ archs: ['x64', 'arm64'], universal: true });
    expect(distPlan(['--mac'], 'linux', 'x64').stop).toMatch(/^macOS installers are built on macOS/);
  });

  it('builds Linux and Windows installers for the host architecture on their own system', () => {
    expect(distPlan([], 'linux', 'x64')).toEqual({ archs: ['x64'], universal: false });
    expect(distPlan(['--linux'], 'linux', 'arm64')).toEqual({ archs: ['arm64'], universal: false });
    expect(distPlan(['--win'], 'win32', 'x64')).toEqual({ archs: ['x64'], universal: false });
    expect(distPlan(['--win'], 'linux', 'x64').stop).toMatch(/^Windows installers are built on Windows/);
    expect(distPlan(['-l'], 'darwin', 'arm64').stop).toMatch(/^Linux installers/);
  });

  it('prepares both architectures exactly when electron-builder is told to make a universal dmg', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as {
      mac: { target: { target: string; arch: string[] }[] };
    };
    const universalDmg = config.mac.target.some((t) => t.target === 'dmg' && t.arch.includes('universal'));
    expect(universalDmg).toBe(true);
    expect(distPlan([], 'darwin', 'arm64').universal).toBe(universalDmg);
  });
});
