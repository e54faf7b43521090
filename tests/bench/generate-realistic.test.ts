// The scale bench's archives: real corpus files with new identities, seeded and deterministic,
// in the corpus's mix or a year of EDGAR's (mostly small forms).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateRealistic, loadRealTemplates, meanBytes, mixWeights } from '../../bench/generate-realistic';
import { parseFile } from '../../src/main/core/indexer/parse-file';
import { describeWithShared } from '../helpers/shared';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();

describeWithShared('realistic bench archives', () => {
  const templates = loadRealTemplates();
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'realistic-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('draws full submissions and header-less documents, at their real sizes', () => {
    expect(templates.some((t) => t.full)).toBe(true);
    expect(templates.some((t) => t.kind === 'html')).toBe(true);
    // The corpus averages hundreds of kB a filing; a year of EDGAR is mostly Form 4 and other small forms.
    expect(meanBytes(templates, mixWeights(templates, 'corpus'))).toBeGreaterThan(200_000);
    const year = mixWeights(templates, 'edgar-year');
    const total = year.reduce((a, b) => a + b, 0);
    const small = templates.reduce((n, t, k) => n + (t.bytes < 50_000 ? year[k]! : 0), 0);
    expect(small / total).toBeGreaterThan(0.4);
  });

  it('writes the same bytes for the same seed, each filing with its own accession number', async () => {
    const [a, b] = [tmp(), tmp()];
    await generateRealistic(a, 40, { seed: 3, mix: 'corpus', templates });
    await generateRealistic(b, 40, { seed: 3, mix: 'corpus', templates });
    const fa = files(a);
    expect(fa.map((f) => f.slice(a.length))).toEqual(files(b).map((f) => f.slice(b.length)));
    for (const [k, f] of fa.entries()) expect(readFileSync(f).equals(readFileSync(files(b)[k]!))).toBe(true);
    // Each is a filing of its own (an exhibit saved alone is keyed by its content, as EDGAR gives it no accession).
    const keys = fa.map((f, id) => {
      const out = parseFile({ id, path: f, knownHashes: [], limits: {} });
      return out.kind === 'filing' ? out.filing.key : null;
    });
    expect(keys.every(Boolean)).toBe(true);
    expect(new Set(keys).size).toBe(fa.length);
    expect(keys.filter((k) => k!.startsWith('sha256:')).length).toBeLessThan(fa.length / 4);
  });
});
