import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENT_NAMES as CONTRACT_EVENTS } from '../../../src/shared/ipc/contract';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../src/shared/ipc/names';
import { REPO_DIR } from '../../helpers/shared';

/** Every module the file loads at runtime (type-only imports are erased), followed transitively. */
function runtimeImports(entry: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry)) return seen;
  const source = readFileSync(entry, 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
  seen.set(entry, specifiers);
  for (const spec of specifiers.filter((s) => s.startsWith('.')))
    runtimeImports(resolve(dirname(entry), `${spec}.ts`), seen);
  return seen;
}

describe('the preload', () => {
  it("loads nothing but 'electron' and our own zod-free modules (a sandboxed preload can require nothing else)", () => {
    const graph = runtimeImports(join(REPO_DIR, 'src/preload/index.ts'));
    const packages = [...graph.values()].flat().filter((s) => !s.startsWith('.'));
    expect(new Set(packages)).toEqual(new Set(['electron']));
    expect([...graph.keys()].map((f) => f.slice(REPO_DIR.length + 1)).sort()).toEqual([
      'src/preload/archive-port.ts',
      'src/preload/index.ts',
      'src/shared/ipc/api.ts',
      'src/shared/ipc/names.ts',
    ]);
  });

  it('knows exactly the contract channels and events', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
    expect(CONTRACT_EVENTS).toBe(EVENT_NAMES);
  });
});
