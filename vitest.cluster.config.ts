import { defineConfig } from 'vitest/config';

// The cluster suite (`npm run test:cluster`): tests against real OpenSearch nodes that
// tests/cluster/global-setup.ts starts on 127.0.0.1 from the project's launcher (cluster/).
export default defineConfig({
  test: {
    include: ['tests/cluster/**/*.cluster.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    // Real server processes on a shared, loaded 2-core machine: a test that fails once is run
    // once more (the report keeps both; scripts/test-summary.mjs names every failure).
    retry: 1,
    globalSetup: ['tests/cluster/global-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/cluster.json' }]],
  },
});
