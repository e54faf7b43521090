import { describe, expect, it } from 'vitest';
import { readItems } from '../../../src/shared/parser/cover/body-items';

describe('readItems', () => {
  it('reads headings at line starts in order, once each, with titles of the era', () => {
    const text = [
      'Item 2.02 Results of Operations and Financial Condition.',
      'As described in Item 2.02 above and in Item 7.01 below...',
      'ITEM 9.01.   FINANCIAL STATEMENTS AND EXHIBITS',
      '  Item 2.02 (continued)',
    ].join('\n');
    expect(readItems(text, '2018-01-31')).toEqual([
      { code: '2.02', title: 'Results of Operations and Financial Condition' },
      { code: '9.01', title: 'Financial Statements and Exhibits' },
    ]);
  });

  it('reads legacy items only in the legacy era, sectioned codes in any', () => {
    const legacy = 'Item 5.   Other Events.\nItem 7. Financial Statements and Exhibits.';
    expect(readItems(legacy, '1998-02-03').map((i) => `${i.code} ${i.title}`)).toEqual([
      '5 Other Events',
      '7 Financial Statements, Pro Forma Financial Information and Exhibits',
    ]);
    expect(readItems(legacy, '2005-01-01')).toEqual([]);
    // An event of August 20 reported after the August 23, 2004 change uses the new numbering.
    expect(readItems('Item 1.01 Entry into a Material Definitive Agreement', '2004-08-20')).toHaveLength(1);
  });

  it('ignores numbers that are no 8-K item', () => {
    expect(readItems('Item 13. Certain Relationships\nItem 4.09 Nothing', null)).toEqual([]);
  });
});
