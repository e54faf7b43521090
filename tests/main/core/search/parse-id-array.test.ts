import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseIdArray } from '../../../../src/main/core/search/match';

it('reads the integers of a JSON array as json_group_array writes them', () => {
  expect(Array.from(parseIdArray('[]'))).toEqual([]);
  expect(Array.from(parseIdArray('[7]'))).toEqual([7]);
  expect(Array.from(parseIdArray('[1,22,333,0,2147483647]'))).toEqual([1, 22, 333, 0, 2147483647]);
});

it('equals JSON.parse for any array of document ids', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 500 }), (ids) => {
      expect(Array.from(parseIdArray(JSON.stringify(ids)))).toEqual(ids);
    }),
    { numRuns: 300 },
  );
});
