// The parser evaluation (scripts/eval-parser.ts) as a test: cover facts of the header-less
// primary documents against the header facts they lost (only facts their cover states, only
// documents with a cover), and header facts of full submissions against an independent read.
// The floors sit just under what the parser achieves today (the targets, 97% per field
// and 90% per form family, are printed by `npm run eval:parser`), so that one more miss in any
// field fails: they only ever go up. Today: formType 106/106, name 105/105, fileNumber 74/74,
// irsNumber 59/60, state 66/66, period 85/87 (full submissions' own covers: 106/106, 105/105,
// 76/76, 63/64, 68/68, 86/88).
import { beforeAll, expect, it } from 'vitest';
import { accuracy, evaluateParser, HEADER_TARGET, type EvalReport } from '../../../scripts/eval-parser';
import { describeWithShared, SHARED_DIR } from '../../helpers/shared';

const COVER_FLOORS = {
  formType: 0.995,
  name: 0.995,
  fileNumber: 0.99,
  irsNumber: 0.975,
  state: 0.99,
  period: 0.97,
} as const;

describeWithShared('parser evaluation on the corpus', () => {
  let report: EvalReport;
  beforeAll(() => {
    report = evaluateParser(SHARED_DIR);
  }, 120_000);

  it('reads every header-less primary document and counts enough stated facts', () => {
    expect(report.cover.files).toBeGreaterThanOrEqual(100);
    // Letters, fidelity bonds and exhibits have no cover: skipped, never scored.
    expect(report.cover.skipped.map((s) => s.reason)).toEqual(expect.arrayContaining(['CORRESP', '40-17G']));
    for (const field of Object.keys(COVER_FLOORS) as (keyof typeof COVER_FLOORS)[]) {
      expect(report.cover.fields[field].counted, field).toBeGreaterThanOrEqual(30);
    }
  });

  it.each(Object.entries(COVER_FLOORS))('cover %s accuracy >= %d', (field, floor) => {
    const score = report.cover.fields[field as keyof typeof COVER_FLOORS];
    expect(accuracy(score), JSON.stringify(score.misses)).toBeGreaterThanOrEqual(floor);
  });

  it('every form family with documents stays at >= 97% of its facts (8-K today: 90/92)', () => {
    for (const [family, score] of Object.entries(report.cover.families)) {
      if (score.files === 0) continue;
      expect(accuracy(score), `${family} ${JSON.stringify(score.misses)}`).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('reads the 8-K items the header lists (no target: headers omit items the text has)', () => {
    const items = report.cover.fields.items;
    expect(items.counted).toBeGreaterThanOrEqual(10);
    expect(accuracy(items), JSON.stringify(items.misses)).toBeGreaterThanOrEqual(0.9);
  });

  it("reads full submissions' primary documents as their own headers state them", () => {
    const { files, fields } = report.coverVsHeader;
    expect(files).toBeGreaterThanOrEqual(40);
    for (const field of Object.keys(COVER_FLOORS) as (keyof typeof COVER_FLOORS)[]) {
      const floor = COVER_FLOORS[field];
      expect(accuracy(fields[field]), `${field} ${JSON.stringify(fields[field].misses)}`).toBeGreaterThanOrEqual(floor);
    }
  });

  it('agrees with an independent read of every full submission header', () => {
    expect(report.header.files).toBeGreaterThanOrEqual(80);
    for (const [field, score] of Object.entries(report.header.fields)) {
      expect(accuracy(score), `${field} ${JSON.stringify(score.misses)}`).toBeGreaterThanOrEqual(HEADER_TARGET);
    }
  });
});
