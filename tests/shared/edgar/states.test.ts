import { describe, expect, it } from 'vitest';
import { findStateIn, stateCode } from '../../../src/shared/edgar/states';

describe('stateCode', () => {
  it.each([
    ['Delaware', 'DE'],
    ['DELAWARE', 'DE'],
    ['State of New York', 'NY'],
    ['Commonwealth of Pennsylvania', 'PA'],
    ['Del.', 'DE'],
    ['District of Columbia', 'DC'],
    ['Puerto Rico', 'PR'],
    ['Ontario, Canada', 'A6'],
    ['British Columbia', 'A1'],
    ['Québec', 'A8'],
    ['Canada', 'Z4'],
    ['Cayman Islands', 'E9'],
    ['Bermuda', 'D0'],
    ['British Virgin Islands', 'D8'],
    ['England and Wales', 'X0'],
    ['Netherlands', 'P7'],
    ['DE', 'DE'],
    ['E9', 'E9'],
  ])('%s -> %s', (name, code) => expect(stateCode(name)).toBe(code));

  it.each(['', 'Atlantis', 'ZZ', 'Washington, D.C. 20549', null])('rejects %s', (name) =>
    expect(stateCode(name)).toBeNull(),
  );
});

describe('findStateIn', () => {
  it('finds the longest name at the first position', () => {
    expect(findStateIn('a West Virginia corporation')).toBe('WV');
    expect(findStateIn('organized under the laws of New Jersey')).toBe('NJ');
    expect(findStateIn('no jurisdiction here')).toBeNull();
  });
});
