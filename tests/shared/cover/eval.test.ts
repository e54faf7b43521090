// The parser evaluation (scripts/eval-parser.ts) as a test: cover facts of the header-less
// primary documents against the header facts they lost, and header facts of full submissions
// against an independent read. The floors are what the parser achieves: 97% or more except
// the IRS number (32 of 33: co-registrants whose cover lists the numbers in another order than
// the header). The remaining period miss is a header period that matches no cover date.
import { beforeAll, expect, it } from 'vitest';
import { accuracy, evaluateParser, type EvalReport } from '../../../scripts/eval-parser';
import { describeWithShared, SHARED_DIR } from '../../helpers/shared';

const COVER_FLOORS = {
  formType: 0.97,
  name: 0.97,
  fileNumber: 0.97,
  irsNumber: 0.96,
  state: 0.97,
  period: 0.97,
} as const;

describeWithShared('parser evaluation on the corpus', () => {
  let report: EvalReport;
  beforeAll(() => {
    report = evaluateParser(SHARED_DIR);
  }, 120_000);

  it('reads every header-less primary document and counts enough stated facts', () => {
    expect(report.cover.files).toBeGreaterThanOrEqual(48);
    for (const field of Object.keys(COVER_FLOORS) as (keyof typeof COVER_FLOORS)[]) {
      expect(report.cover.fields[field].counted, field).toBeGreaterThanOrEqual(30);
    }
  });

  it.each(Object.entries(COVER_FLOORS))('cover %s accuracy >= %d', (field, floor) => {
    const score = report.cover.fields[field as keyof typeof COVER_FLOORS];
    expect(accuracy(score), JSON.stringify(score.misses)).toBeGreaterThanOrEqual(floor);
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
      expect(accuracy(fields[field]), `${field} ${JSON.stringify(fields[field].misses)}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('agrees with an independent read of every full submission header', () => {
    expect(report.header.files).toBeGreaterThanOrEqual(80);
    for (const [field, score] of Object.entries(report.header.fields)) {
      expect(score.misses, field).toEqual([]);
    }
  });
});
