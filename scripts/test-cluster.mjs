// `npm run test:cluster`: the OpenSearch suite. Needs a JDK 17 and Maven (the launcher in
// cluster/ resolves OpenSearch from Maven Central and starts nodes on 127.0.0.1). Where either is
// missing it says so in one line and exits 0: the embedded (SQLite) product does not need them.
import { spawnSync } from 'node:child_process';

for (const tool of ['java', 'mvn']) {
  const r = spawnSync(tool, ['-version'], { stdio: 'ignore' });
  if (r.error || r.status !== 0) {
    console.log(`test:cluster: skipped: ${tool} is not installed (the OpenSearch suite needs a JDK 17 and Maven)`);
    process.exit(0);
  }
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.cluster.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
