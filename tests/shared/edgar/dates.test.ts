import { describe, expect, it } from 'vitest';
import { dateSpellings, findDate, parseDate } from '../../../src/shared/edgar/dates';

describe('parseDate', () => {
  it.each([
    ['March 24, 2004', '2004-03-24'],
    ['MARCH 24,2004', '2004-03-24'],
    ['Dec. 31, 1997', '1997-12-31'],
    ['September 30 , 2000', '2000-09-30'],
    ['31 December 1997', '1997-12-31'],
    ['12/31/97', '1997-12-31'],
    ['2004-03-24', '2004-03-24'],
    ['Date of Report (Date of earliest event reported): October 3, 2017', '2017-10-03'],
  ])('%s -> %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['February 30, 2004', 'Item 12, 2004', 'Marvel 1, 2004', '13/45/2004', ''])('rejects %s', (text) =>
    expect(parseDate(text)).toBeNull(),
  );

  it('returns the earliest date in the text with its position', () => {
    expect(findDate('filed 2004-03-25 for March 24, 2004')).toMatchObject({ iso: '2004-03-25', index: 6 });
  });

  it('spells a date the ways documents write it', () => {
    expect(dateSpellings('1997-12-31')).toEqual(
      expect.arrayContaining(['december 31 1997', 'dec 31 1997', '12/31/1997', '12/31/97', '1997-12-31']),
    );
  });
});
