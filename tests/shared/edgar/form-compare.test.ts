import { describe, expect, it } from 'vitest';
import { formCodeKey, sameFormCode } from '../../../src/shared/edgar/form-compare';

describe('sameFormCode', () => {
  it.each([
    ['10-KSB', '10KSB'],
    ['10-QSB', '10QSB'],
    ['10-K405', '10K405'],
    ['SC 13G', 'SC13G'],
    ['DEF 14A', 'def14a'],
    ['S-8 POS', 'S-8POS'],
    ['10-K/A', '10-K /A'],
    ['8-K', '8\u2011K'],
  ])('%s is the same code as %s', (a, b) => {
    expect(sameFormCode(a, b)).toBe(true);
  });

  it.each([
    ['10-K', '10-K/A'],
    ['10-K', '10-K405'],
    ['SC 13G', 'SC 13G/A'],
    ['DEF 14A', 'DEFA14A'],
    ['8-K', null],
    ['', ''],
  ])('%s is not the same code as %s', (a, b) => {
    expect(sameFormCode(a, b)).toBe(false);
  });

  it('keys drop case, spaces and hyphens only', () => {
    expect(formCodeKey(' sc 13g/a ')).toBe('SC13G/A');
  });
});

describe('one normaliser for the eval and search', () => {
  it('agrees with normalizeFormCode on the aliases its table knows', () => {
    expect(sameFormCode('10-KSB405', '10KSB40')).toBe(true);
    expect(sameFormCode('SC13D', 'SC 13D')).toBe(true);
    expect(sameFormCode('10-K', '10-K/A')).toBe(false);
  });
});
