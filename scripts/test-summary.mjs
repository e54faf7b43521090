// Prints one closing line over the test runs (unit, e2e, and the cluster suite where it ran) ("N passed, N failed, N skipped"), read
// from their JSON reports, so a CI log says plainly how many tests ran. Above it, every failed test
// by name with the head of its message: a CI log is often read from its tail only.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {string[]} */
const failures = [];

// eslint-disable-next-line no-control-regex
const plain = (s) => String(s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const head = (s, lines = 12) => plain(s).split('\n').slice(0, lines).join('\n    ');

function vitest(label, report) {
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed)
      failures.push(`${label} ${file.name}: ${t.fullName}\n    ${head(t.failureMessages?.join('\n'))}`);
    // A file that failed outside any test (an import error, a hook) has no failed test to name.
    if (file.status === 'failed' && failed.length === 0)
      failures.push(`${label} ${file.name}: ${head(file.message) || 'the file failed outside its tests'}`);
  }
}

function playwrightFailures(suite, path = []) {
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected') continue;
      const last = test.results?.[test.results.length - 1];
      failures.push(`e2e ${spec.file}: ${[...path, spec.title].join(' › ')}\n    ${head(last?.error?.message)}`);
    }
  for (const child of suite.suites ?? []) playwrightFailures(child, [...path, child.title]);
}

const unit = read('reports/vitest.json');
if (unit) vitest('unit', unit);

const e2e = read('reports/playwright.json');
if (e2e) {
  totals.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
  for (const suite of e2e.suites ?? []) playwrightFailures(suite);
}

// The OpenSearch suite (npm run test:cluster), where it ran.
const cluster = read('reports/cluster.json');
if (cluster) vitest('cluster', cluster);

if (failures.length > 0) console.log(`failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
if (!unit || !e2e)
  console.log(`missing report: ${!unit ? 'reports/vitest.json ' : ''}${!e2e ? 'reports/playwright.json' : ''}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || !unit || !e2e ? 1 : 0;
