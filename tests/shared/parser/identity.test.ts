// Identity and date of every filing: the accession number a downloader's path carries when the
// bytes name none, and the one date (filed, else report) with its kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '../../../src/shared/parser';
import { filingDate } from '../../../src/shared/parser/identity';
import { ACCESSION, COVER_8K, EXHIBIT, SUBMISSION } from '../../helpers/header-less-8k';
import { CORPUS_EVAL, describeWithShared, SHARED_DIR } from '../../helpers/shared';
import { provenance } from './corpus-files';

const enc = (s: string) => new TextEncoder().encode(s);

describe('accession number from the path', () => {
  it.each([
    `sec-edgar-filings/ACME/8-K/${ACCESSION}/primary-document.html`,
    'sec-edgar-filings/ACME/8-K/000001234504000007/primary-document.html',
    `RAW_FILINGS/12345_8K_2004_${ACCESSION}.htm`,
    `archive/${ACCESSION}.txt`,
    'archive/000001234504000007.htm',
  ])('a header-less document at %s takes it, with source "path"', (path) => {
    const f = parseFiling(enc(COVER_8K), { path });
    expect(f.accessionNumber).toBe(ACCESSION);
    expect(f.sources.accessionNumber).toBe('path');
  });

  it('never overrides the header: a submission keeps its own accession whatever the path says', () => {
    const f = parseFiling(enc(SUBMISSION), { path: 'x/0000099999-99-999999/full-submission.txt' });
    expect(f.accessionNumber).toBe(ACCESSION);
    expect(f.sources.accessionNumber).toBe('header');
  });

  it('gives none to an exhibit saved alone, whatever its name (it is a document of the filing)', () => {
    for (const path of [`x/EX-21_${ACCESSION}.txt`, `x/${ACCESSION}.txt`]) {
      const f = parseFiling(enc(EXHIBIT), { path });
      expect(f.formType).toBe('EX-21');
      expect(f.accessionNumber, path).toBeNull();
      expect(f.sources.accessionNumber).toBeUndefined();
    }
  });

  it('gives none from a name that only ends with one to a document that does not read as a filing', () => {
    const letter = enc('Dear Sir or Madam,\n\nPlease find enclosed the fee table for the offering.\n\nSincerely,\n');
    expect(parseFiling(letter, { path: `x/ex_filing_fees_${ACCESSION}.html` }).accessionNumber).toBeNull();
    // The same document named for the accession alone is that filing's.
    expect(parseFiling(letter, { path: `x/${ACCESSION}.htm` }).accessionNumber).toBe(ACCESSION);
  });

  it('gives none without a path, or from a path that names none', () => {
    expect(parseFiling(enc(COVER_8K)).accessionNumber).toBeNull();
    expect(parseFiling(enc(COVER_8K), { path: 'filings/acme-8k.htm' }).accessionNumber).toBeNull();
  });
});

describe("the filing's date", () => {
  it('is the filed date when the header states one', () => {
    const f = parseFiling(enc(SUBMISSION));
    expect([f.date, f.dateKind]).toEqual(['2004-03-24', 'filed']);
  });

  it('is the date of report, marked as such, for a header-less document', () => {
    const f = parseFiling(enc(COVER_8K), { path: 'acme.txt' });
    expect(f.filedDate).toBeNull();
    expect([f.date, f.dateKind]).toEqual(['2004-03-22', 'report']);
  });

  it('is absent, never invented, when neither is stated', () => {
    const f = parseFiling(enc(EXHIBIT));
    expect([f.date, f.dateKind]).toEqual([null, null]);
    expect(filingDate({ filedDate: null, periodOfReport: null })).toEqual({ date: null, dateKind: null });
    expect(filingDate({ filedDate: '2004-03-24', periodOfReport: '2003-12-31' })).toEqual({
      date: '2004-03-24',
      dateKind: 'filed',
    });
  });
});

describeWithShared('accession and date of real header-less documents at their downloaders’ paths', () => {
  it('sec-edgar-downloader primary documents take the accession of their folder', () => {
    const rows = provenance()
      .map((r) => ({ local: r.localPath, pathInRepo: r.pathInRepo }))
      .filter((r) => /\/\d{10}-\d{2}-\d{6}\/primary-document\.html?$/.test(r.pathInRepo));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      const f = parseFiling(readFileSync(join(SHARED_DIR, 'corpus', r.local)), { path: r.pathInRepo });
      expect(f.accessionNumber, r.pathInRepo).toBe(r.pathInRepo.split('/').at(-2));
      expect(f.sources.accessionNumber).toBe('path');
      // No header: the date is the cover's period, marked as a report date.
      expect([f.date, f.dateKind], r.pathInRepo).toEqual([f.periodOfReport, 'report']);
      expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('files named <date>_<form>_<accession> take it when they read as a filing', () => {
    const rows = provenance()
      .map((r) => ({ local: r.localPath, pathInRepo: r.pathInRepo }))
      .filter((r) => /_\d{18}\.html?$/.test(r.pathInRepo));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    let taken = 0;
    for (const r of rows) {
      const f = parseFiling(readFileSync(join(SHARED_DIR, 'corpus', r.local)), { path: r.pathInRepo });
      if (!f.formType || /^EX-/.test(f.formType)) continue;
      expect(f.accessionNumber?.replaceAll('-', ''), r.pathInRepo).toBe(/_(\d{18})\./.exec(r.pathInRepo)![1]);
      taken++;
    }
    expect(taken).toBeGreaterThanOrEqual(rows.length - 2);
  });

  it('every eval copy named <accession>.htm/.txt is that filing, and is dated by its cover when it states a date', () => {
    const evalDocs = readdirEval();
    expect(evalDocs.length).toBeGreaterThanOrEqual(48);
    let dated = 0;
    for (const name of evalDocs) {
      const path = join(CORPUS_EVAL, name);
      const f = parseFiling(readFileSync(path), { path });
      expect(f.accessionNumber, name).toBe(name.replace(/\.(txt|htm)$/, ''));
      expect(f.filedDate).toBeNull();
      expect(f.date).toBe(f.periodOfReport);
      if (f.date) dated++;
    }
    expect(dated).toBeGreaterThan(evalDocs.length / 2);
  });
});

function readdirEval(): string[] {
  return readdirSync(CORPUS_EVAL).filter((n) => /^\d{10}-\d{2}-\d{6}\.(txt|htm)$/.test(n));
}
