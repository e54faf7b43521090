// Never invent: documents without a cover give no cover facts, and a value below the cover
// (a body paragraph, an exhibit cross-reference) is not a cover fact. (Header vs cover
// disagreements: tests/shared/parser/cover-merge.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseFiling } from '../../../src/shared/parser';
import { readCover } from '../../../src/shared/parser/cover';
import { describeWithShared, CORPUS_EVAL, REPO_DIR } from '../../helpers/shared';

const fixture = (name: string): string => readFileSync(join(REPO_DIR, 'tests', 'fixtures', 'cover', name), 'utf8');
const parsed = (path: string) => parseFiling(new Uint8Array(readFileSync(path)), { path });

it('a certification gives no cover facts (no form type from "this report on Form 10-Q", no file number)', () => {
  const facts = readCover({ text: fixture('certification.txt'), html: null, declaredType: null });
  expect(facts.formType).toBeNull();
  expect(facts.periodOfReport).toBeNull();
  expect(facts.company).toBeNull();
});

it('a document declared as correspondence gives no cover facts, whatever its text', () => {
  const text = fixture('value-below-cover.txt');
  const facts = readCover({ text, html: null, declaredType: 'CORRESP' });
  expect(facts).toMatchObject({ formType: 'CORRESP', periodOfReport: null, company: null, items: [] });
});

it("takes no identifier from below the cover (an 8-K's item text and exhibit list)", () => {
  const facts = readCover({ text: fixture('value-below-cover.txt'), html: null, declaredType: null });
  expect(facts.formType).toBe('8-K');
  expect(facts.periodOfReport).toBe('2015-06-02');
  expect(facts.company).toMatchObject({
    name: 'NORTHWIND WIDGETS, INC.',
    stateOfIncorporation: null,
    fileNumber: null,
    irsNumber: null,
  });
  expect(facts.items.map((i) => i.code)).toEqual(['1.01', '9.01']);
});

describeWithShared('never invent: real documents without a cover', () => {
  it('an acceleration-request letter (CORRESP) gives no form, period, company or file number', () => {
    const filing = parsed(join(CORPUS_EVAL, '0001553350-20-000020.htm'));
    expect(filing.formType).toBeNull();
    expect(filing.periodOfReport).toBeNull();
    expect(filing.companies).toEqual([]);
  });

  it('a fidelity bond (40-17G) gives no cover facts', () => {
    const filing = parsed(join(CORPUS_EVAL, '0001193125-20-052904.htm'));
    expect(filing.formType).toBeNull();
    expect(filing.periodOfReport).toBeNull();
    expect(filing.companies.every((c) => c.name === null && c.fileNumber === null)).toBe(true);
  });
});
