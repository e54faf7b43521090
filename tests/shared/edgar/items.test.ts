import { describe, expect, it } from 'vitest';
import {
  itemCodeFromDescription,
  itemTitle,
  LEGACY_ITEMS,
  MODERN_ITEMS,
  normalizeItemCode,
} from '../../../src/shared/edgar/items';

describe('normalizeItemCode', () => {
  it.each([
    ['Item 2.02', '2.02'],
    ['ITEM 2.02.', '2.02'],
    ['2.02', '2.02'],
    ['ITEM 5.', '5'],
    ['Item 12', '12'],
    ['item 9.1', '9.01'],
    ['6.10', '6.10'],
  ])('%s -> %s', (raw, code) => expect(normalizeItemCode(raw)).toBe(code));

  it.each(['Item 13', 'Item', 'Item 1A', '', 'Items 2.02 and 9.01', 'x'.repeat(200)])('rejects %s', (raw) =>
    expect(normalizeItemCode(raw)).toBeNull(),
  );
});

describe('itemTitle', () => {
  it('gives legacy titles as they stood on the date', () => {
    expect(itemTitle('5', '1998-02-03')).toBe('Other Events');
    expect(itemTitle('5', '2004-03-24')).toBe('Other Events and Regulation FD Disclosure');
    expect(itemTitle('9', '1997-06-01')).toBe('Sales of Equity Securities Pursuant to Regulation S');
    expect(itemTitle('9', '2002-01-01')).toBe('Regulation FD Disclosure');
    expect(itemTitle('1', null)).toBe('Changes in Control of Registrant');
    expect(itemTitle('Item 4.', '2002-02-19')).toBe("Changes in Registrant's Certifying Accountant");
  });

  it('gives modern titles, renamed ones by date', () => {
    expect(itemTitle('2.02', '2018-01-31')).toBe('Results of Operations and Financial Condition');
    expect(itemTitle('1.05', '2024-01-01')).toBe('Material Cybersecurity Incidents');
    expect(itemTitle('5.02', '2005-06-01')).toMatch(/Principal Officers$/);
    expect(itemTitle('5.02', '2025-04-25')).toMatch(/Compensatory Arrangements of Certain Officers$/);
    expect(itemTitle('9.01', null)).toBe('Financial Statements and Exhibits');
  });

  it('knows every item of both schemes and nothing else', () => {
    expect(Object.keys(LEGACY_ITEMS)).toHaveLength(12);
    expect(Object.keys(MODERN_ITEMS)).toEqual(
      expect.arrayContaining(['1.01', '1.05', '5.08', '6.01', '6.06', '6.10', '7.01', '8.01', '9.01']),
    );
    expect(itemTitle('4.03', null)).toBeNull();
    expect(itemTitle('13', null)).toBeNull();
  });
});

describe('itemCodeFromDescription', () => {
  it('maps EDGAR header descriptions to the code of their era', () => {
    expect(itemCodeFromDescription('Changes in control of registrant', '2004-01-08')).toBe('1');
    expect(itemCodeFromDescription("Changes in registrant's certifying accountant", '2002-02-19')).toBe('4');
    expect(itemCodeFromDescription('Financial statements and exhibits', '2004-07-14')).toBe('7');
    expect(itemCodeFromDescription('Financial Statements and Exhibits', '2017-10-03')).toBe('9.01');
    expect(itemCodeFromDescription('Other Events', '2024-03-08')).toBe('8.01');
    expect(itemCodeFromDescription('Regulation FD Disclosure', '2017-10-03')).toBe('7.01');
    expect(itemCodeFromDescription('5.02', null)).toBe('5.02');
    expect(itemCodeFromDescription('Something else', null)).toBeNull();
  });
});

describe('ABS-15G items', () => {
  it('has its own titles for its own codes', () => {
    expect(itemTitle('2.01', '2025-01-10', 'ABS-15G')).toBe(
      'Findings and Conclusions of a Third-Party Due Diligence Report Obtained by the Issuer',
    );
    expect(itemTitle('2.01', '2025-01-10')).toBe('Completion of Acquisition or Disposition of Assets');
    expect(itemTitle('5', null, 'ABS-15G')).toBeNull();
  });
});
