// Accession numbers in the paths downloaders write, one layout per case.
import { describe, expect, it } from 'vitest';
import { accessionFromPath, normalizeAccession } from '../../../src/shared/edgar/accession-path';

describe('accessionFromPath', () => {
  it.each([
    // sec-edgar-downloader (v5): the folder is the accession, the files have fixed names.
    ['sec-edgar-filings/AAPL/10-K/0000320193-24-000123/primary-document.html', '0000320193-24-000123', 'folder'],
    ['sec-edgar-filings/AAPL/10-K/0000320193-24-000123/primary-document.xml', '0000320193-24-000123', 'folder'],
    ['sec-edgar-filings/AAPL/10-K/0000320193-24-000123/full-submission.txt', '0000320193-24-000123', 'folder'],
    // older sec-edgar-downloader releases
    ['sec-edgar-filings/AAPL/8-K/0000320193-19-000007/filing-details.html', '0000320193-19-000007', 'folder'],
    // Windows separators, and a folder without dashes
    ['C:\\data\\AAPL\\10-Q\\000032019323000077\\primary-document.html', '0000320193-23-000077', 'folder'],
    // edgar-crawler: <CIK>_<FORM>_<YEAR>_<accession>.htm
    ['datasets/RAW_FILINGS/1000015_10K_2020_0001000015-20-000007.htm', '0001000015-20-000007', 'suffix'],
    ['RAW_FILINGS/320193_8K_2017_000119312517282809.html', '0001193125-17-282809', 'suffix'],
    // files named for the accession, with or without dashes, compressed or not
    ['archive/0000950129-95-001652.txt', '0000950129-95-001652', 'name'],
    ['archive/0000950129-95-001652.htm', '0000950129-95-001652', 'name'],
    ['filings/20250108/0001493152-25-001317.nc.gz', '0001493152-25-001317', 'name'],
    ['2025/1084869/8-K/000143774925013070/000143774925013070.txt', '0001437749-25-013070', 'name'],
  ] as const)('%s', (path, accession, from) => {
    expect(accessionFromPath(path)).toEqual({ accession, from });
  });

  it.each([
    // a fixed name outside an accession folder, and an accession folder holding any other file
    'sec-edgar-filings/AAPL/10-K/primary-document.html',
    'data/320193/000032019324000123/aapl-20240928.htm',
    'data/320193/000032019324000123/ex21.htm',
    // digits that are not an accession (a CIK, a date, 17 or 19 digits)
    'filings/0000320193.txt',
    'filings/20240131.htm',
    'filings/00003201932400012.txt',
    'filings/0000320193240001234.txt',
    // an accession inside a longer token is not a name made of it
    'filings/x0000320193-24-000123.htm',
    'filings/0000320193-24-000123-index.htm',
    '',
  ])('%s names none', (path) => {
    expect(accessionFromPath(path)).toBeNull();
  });

  it('normalises to the dashed form', () => {
    expect(normalizeAccession('000032019324000123')).toBe('0000320193-24-000123');
    expect(normalizeAccession('0000320193-24-000123')).toBe('0000320193-24-000123');
    expect(normalizeAccession('0000320193-2400-0123')).toBeNull();
  });
});
