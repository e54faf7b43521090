// `npm run bench [-- name…]`: runs the named benchmarks (all but hostile by default) and prints their
// figures, each beside a baseline measured in the same run. Results also go to
// bench/results/<name>.json for comparison across commits.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Bench = () => Promise<Record<string, unknown>>;

const benches: Record<string, () => Promise<{ run: Bench }>> = {
  parser: () => import('./parser'),
  index: () => import('./index-throughput'),
  search: () => import('./search-latency'),
  export: () => import('./export-memory'),
  hostile: () => import('./hostile'),
  kwic: () => import('./kwic-memory'),
  scale: () => import('./scale'),
  relay: () => import('./relay'),
  bounds: () => import('./bm25-bounds'),
  cluster: () => import('./cluster'),
};

async function main(names: string[]): Promise<void> {
  // The hostile and scale cases take minutes and gigabytes of generated input, and cluster starts
  // an OpenSearch node (a JDK and Maven): only when named.
  const heavy = ['hostile', 'scale', 'cluster'];
  const chosen = names.length ? names : Object.keys(benches).filter((n) => !heavy.includes(n));
  const outDir = join(import.meta.dirname, 'results');
  mkdirSync(outDir, { recursive: true });
  for (const name of chosen) {
    const load = benches[name];
    if (!load) throw new Error(`unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
    console.log(`\n== ${name}`);
    const figures = await (await load()).run();
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(figures, null, 2) + '\n');
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
