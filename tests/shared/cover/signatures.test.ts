// Signature blocks as filers print them: signers side by side in two columns (HTML tables and
// text columns), each with their own title; titles and dates in the signer's cells or on the
// lines below; the block's date; page footers that are never titles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignatures } from '../../../src/shared/parser/cover/signatures';
import { isPageFooter, sigCells } from '../../../src/shared/parser/cover/signature-cells';
import { CORPUS_EVAL, CORPUS_FILES, REPO_DIR, describeWithShared } from '../../helpers/shared';
import { coverOf } from './cover-of';

const fixture = (name: string): string => join(REPO_DIR, 'tests', 'fixtures', 'cover', name);

describe('signature blocks (fixtures)', () => {
  it('an HTML table with two columns of signers: each name with its own title, the block date', () => {
    expect(coverOf(fixture('signatures-two-column.html')).signatures).toEqual([
      { name: 'JANE A. ROE', title: 'Chief Executive Officer and Director', date: '2025-02-14' },
      { name: 'JOHN Q. PUBLIC', title: 'Director', date: '2025-02-14' },
      { name: 'MARY MAJOR', title: 'Vice President and Controller', date: '2025-02-14' },
      { name: 'RICHARD MILES', title: 'Director and Chair of the Board', date: '2025-02-14' },
      // The page footer below the last signer is not a title.
      { name: 'Susan Lee', title: null, date: '2025-02-14' },
    ]);
  });

  it('text columns side by side: titles read in each signer column, wrapped titles joined', () => {
    const text = readFileSync(fixture('signatures-side-by-side.txt'), 'utf8');
    expect(readSignatures(text)).toEqual([
      { name: 'JANE A. ROE', title: 'Chairman of the Board and Chief Executive Officer', date: '1999-03-03' },
      { name: 'JOHN Q. PUBLIC', title: 'Vice President and Chief Financial Officer', date: '1999-03-03' },
      { name: 'MARY MAJOR', title: 'Director', date: '1999-03-03' },
      { name: 'RICHARD MILES', title: 'Director', date: '1999-03-03' },
      { name: 'SUSAN LEE', title: null, date: '1999-03-03' },
    ]);
  });

  it('no title is read past the sentence that opens the next part of the block', () => {
    const text =
      'SIGNATURES\n\nACME INC.\n\n/s/ Jane Roe\nJane Roe\n\n' +
      'Pursuant to the requirements of the Securities Exchange Act of 1934, this\n' +
      'report has been signed below by the following persons on behalf of the\n';
    expect(readSignatures(text)).toEqual([{ name: 'Jane Roe', title: null, date: null }]);
  });

  it('cells holding only invisible characters (zero-width spaces, no-break spaces) are empty', () => {
    const cells = sigCells('\u200b\t\u200b\tTitle:\t\u00a0\u200b\tChief Executive Officer');
    expect(cells.map((c) => c.text)).toEqual(['Title:', 'Chief Executive Officer']);
  });

  it('page footers and running heads in their printed variants', () => {
    for (const footer of [
      'Apple Inc. | 2024 Form 10-K | 57',
      'Apple Inc. | Q3 2023 Form 10-Q | 25',
      '57 | Acme Corp. 2023 Annual Report',
      'Acme Corp.\t2024 Form 10-K\t57',
      'Acme Holdings, Inc.  1998 Form 10-K  Page 44',
      '2024 Annual Report on Form 20-F',
      '- 57 -',
      'Page 12',
      'F-2',
      'Page F-1 of F-26',
      'Table of Contents',
    ]) {
      expect(isPageFooter(footer), footer).toBe(true);
    }
    for (const title of [
      'Director',
      'Chief Executive Officer',
      'Vice President | Finance',
      'Director and Chair of the Board',
    ]) {
      expect(isPageFooter(title), title).toBe(false);
    }
  });
});

describeWithShared('signature blocks in the corpus', () => {
  it('Apple 10-K: title and date in one cell, the page footer after the last director', () => {
    const sigs = coverOf(
      join(CORPUS_FILES, 'alphanome-ai__sec-parser-test-data', '2f3cf352_primary-document.html'),
    ).signatures;
    expect(sigs).toHaveLength(11);
    expect(sigs[1]).toEqual({
      name: 'Timothy D. Cook',
      title: 'Chief Executive Officer and Director (Principal Executive Officer)',
      date: '2024-11-01',
    });
    expect(sigs[7]).toEqual({
      name: 'Arthur D. Levinson',
      title: 'Director and Chair of the Board',
      date: '2024-11-01',
    });
    expect(sigs[10]).toEqual({ name: 'Susan L. Wagner', title: 'Director', date: '2024-11-01' });
    expect(sigs.every((s) => s.title !== null && !s.title.includes('|'))).toBe(true);
  });

  it('Boeing 10-K (HTML, two signers per row): each with the title under their own name', () => {
    const sigs = coverOf(join(CORPUS_FILES, 'HaoweiChan__sec-10k-extract', '4fdc94a6_filing.htm')).signatures;
    expect(sigs.slice(0, 5)).toEqual([
      { name: 'HARRY C. STONECIPHER', title: 'President and Chief Executive Officer', date: '2004-03-04' },
      { name: 'JAMES A. BELL', title: 'Executive Vice President and Chief Financial Officer', date: '2004-03-04' },
      { name: 'HARRY S. MCGEE III', title: 'Vice President Finance and Corporate Controller', date: '2004-03-04' },
      { name: 'JOHN H. BIGGS', title: 'Director', date: '2004-03-04' },
      { name: 'W. JAMES MCNERNEY, JR', title: 'Director', date: '2004-03-04' },
    ]);
    expect(sigs.find((s) => s.name === 'LEWIS E. PLATT')?.title).toBe(
      'Director and Non-Executive Chairman of the Board',
    );
    expect(sigs.some((s) => s.title?.includes('/s/'))).toBe(false);
  });

  it('American Express 10-K: name and title in one cell, two columns, the date printed alone', () => {
    const sigs = coverOf(join(CORPUS_FILES, 'HaoweiChan__sec-10k-extract', '63158aba_filing.htm')).signatures;
    expect(sigs).toHaveLength(15);
    expect(sigs.slice(1, 3)).toEqual([
      { name: 'KENNETH I. CHENAULT', title: 'Chairman, Chief Executive Officer and Director', date: '2009-02-27' },
      { name: 'JAN LESCHLY', title: 'Director', date: '2009-02-27' },
    ]);
  });

  it('Coca-Cola 10-K (text): the signer column beside an attorney-signed (*) column', () => {
    const sigs = coverOf(join(CORPUS_EVAL, '0000021344-98-000004.txt')).signatures;
    expect(sigs.slice(1, 4)).toEqual([
      {
        name: 'M. DOUGLAS IVESTER',
        title: 'Chairman, Board of Directors, Chief Executive Officer and a Director (Principal Executive Officer)',
        date: '1998-03-09',
      },
      {
        name: 'JAMES E. CHESTNUT',
        title: 'Senior Vice President and Chief Financial Officer (Principal Financial Officer)',
        date: '1998-03-09',
      },
      {
        name: 'GARY P. FAYARD',
        title: 'Vice President and Controller (Principal Accounting Officer)',
        date: '1998-03-09',
      },
    ]);
  });

  it('Microsoft 10-K (text): the title beside the printed name, the date from the opening sentence', () => {
    const sigs = coverOf(join(CORPUS_FILES, 'MananAbbott__Sec-10K-LLM', '8cc9fdb1_full-submission.txt')).signatures;
    expect(sigs[1]).toEqual({
      name: 'William H. Gates',
      title: 'Chairman of the Board of Directors and Chief Executive Officer',
      date: '1997-09-26',
    });
    expect(sigs.slice(2, 8).map((s) => s.title)).toEqual(Array(6).fill('Director'));
  });

  it('Merck 10-K (text): a parenthesised title; the paragraph that follows is not a title', () => {
    expect(coverOf(join(CORPUS_EVAL, '0000950130-96-000896.txt')).signatures[0]).toEqual({
      name: 'CELIA A. COLBERT',
      title: 'Attorney-in-Fact',
      date: '1996-03-18',
    });
  });

  it('Loncor 20-F: a (signed) "Name" signature; the financial statements after it are not the block', () => {
    const sigs = coverOf(join(CORPUS_FILES, 'dgunning__edgartools', '0001062993-16-008650.html')).signatures;
    expect(sigs).toEqual([
      { name: 'Arnold T. Kondrat', title: 'President and Chief Executive Officer', date: '2016-03-30' },
    ]);
  });

  it('Nike 10-K: a name printed twice in two cases is one name', () => {
    const sigs = coverOf(join(CORPUS_FILES, 'HaoweiChan__sec-10k-extract', 'aae40311_filing.htm')).signatures;
    expect(sigs[1]).toEqual({
      name: 'MARK G. PARKER',
      title: 'Director, Chief Executive Officer and President',
      date: '2006-07-28',
    });
  });

  it('GameStop 10-K and Tapestry S-3: title and date cells, empty (zero-width) cells', () => {
    const gme = coverOf(join(CORPUS_FILES, 'alphanome-ai__sec-parser-test-data', '0a9f67ab_primary-document.html'));
    expect(gme.signatures[1]).toEqual({
      name: 'RYAN COHEN',
      title: 'President, Chief Executive Officer and Chairman (Principal Executive Officer)',
      date: '2024-03-26',
    });
    const tpr = coverOf(
      join(CORPUS_FILES, 'Stanford-Advanced-FinTech-Lab-SAFTL__stanford-edgar-filings-dataset', '6d68be13_raw.txt'),
    );
    expect(tpr.signatures.slice(0, 3)).toEqual([
      { name: 'Joanne C. Crevoiserat', title: 'Chief Executive Officer', date: '2024-02-01' },
      {
        name: 'Joanne C. Crevoiserat',
        title: 'Chief Executive Officer and Director (Principal Executive Officer)',
        date: '2024-02-01',
      },
      { name: 'Scott A. Roe', title: 'Chief Financial Officer (Principal Financial Officer)', date: '2024-02-01' },
    ]);
  });
});
