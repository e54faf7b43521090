// A Playwright reporter that prints why tests were skipped: the list reporter shows a skipped
// test only as "-", so a run on a clone without ../shared (or without Electron) said nothing.
// Prints each reason once with the tests it skipped.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasons implements Reporter {
  private readonly byReason = new Map<string, string[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const notes = [...result.annotations, ...test.annotations].filter((a) => a.type === 'skip' || a.type === 'fixme');
    const reason = notes.map((a) => a.description).find(Boolean) ?? 'no reason given';
    const titles = this.byReason.get(reason) ?? [];
    titles.push(test.titlePath().slice(1).join(' › '));
    this.byReason.set(reason, titles);
  }

  onEnd(_result: FullResult): void {
    for (const [reason, titles] of this.byReason) {
      console.log(`\n${titles.length} skipped: ${reason}`);
      for (const title of titles) console.log(`  - ${title}`);
    }
  }

  printsToStdio(): boolean {
    return true;
  }
}
