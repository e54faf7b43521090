import { describe, expect, it } from 'vitest';
import { foldCompanyName, sameCompanyName } from '../../../src/shared/edgar/names';

describe('foldCompanyName', () => {
  it.each([
    ['COCA COLA CO', 'The Coca-Cola Company'],
    ['BELL & HOWELL CO/', 'Bell & Howell Company'],
    ['INTERNATIONAL BUSINESS MACHINES CORP', 'International Business Machines Corporation'],
    ['AMAZON COM INC', 'AMAZON.COM, INC.'],
    ['1895 Bancorp of Wisconsin, Inc. /MD/', '1895 BANCORP OF WISCONSIN, INC.'],
    ['OASIS ENTERTAINMENTS FOURTH MOVIE PROJECT INC', "OASIS ENTERTAINMENT'S FOURTH MOVIE PROJECT, INC."],
    ['MERCK & CO INC', 'MERCK & CO., INC.'],
  ])('%s = %s', (edgar, cover) => expect(sameCompanyName(edgar, cover)).toBe(true));

  it('keeps different companies apart', () => {
    expect(sameCompanyName('24/7 MEDIA INC', '24/7 REAL MEDIA, INC.')).toBe(false);
    expect(sameCompanyName('', '')).toBe(false);
    expect(foldCompanyName('The Southern Company')).toBe('southern co');
  });
});
