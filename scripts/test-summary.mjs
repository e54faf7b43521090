// Prints one closing line over the test runs (unit, e2e, and the cluster suite where it ran) ("N passed, N failed, N skipped"), read
// from their JSON reports, so a CI log says plainly how many tests ran.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const totals = { passed: 0, failed: 0, skipped: 0 };

const unit = read('reports/vitest.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}

const e2e = read('reports/playwright.json');
if (e2e) {
  totals.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}

// The OpenSearch suite (npm run test:cluster), where it ran.
const cluster = read('reports/cluster.json');
if (cluster) {
  totals.passed += cluster.numPassedTests;
  totals.failed += cluster.numFailedTests;
  totals.skipped += cluster.numPendingTests + (cluster.numTodoTests ?? 0);
}

if (!unit || !e2e)
  console.log(`missing report: ${!unit ? 'reports/vitest.json ' : ''}${!e2e ? 'reports/playwright.json' : ''}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || !unit || !e2e ? 1 : 0;
