// Never invent a name: the title of an EDGAR form or report kind ("ASSET-BACKED SECURITIZER
// REPORT", "SPECIALIZED DISCLOSURE REPORT") stands where a name would and is never one.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFormTitleLine } from '../../../src/shared/edgar/form-titles';
import { readCover } from '../../../src/shared/parser/cover';
import { CORPUS_EVAL, describeWithShared } from '../../helpers/shared';
import { coverOf } from './cover-of';

const cover = (body: string) =>
  readCover({
    text: `UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\n${body}`,
    html: null,
    declaredType: null,
  });

describe('form titles are never names', () => {
  it('recognises the titles of forms and report kinds', () => {
    for (const title of [
      'ASSET-BACKED SECURITIZER',
      'ASSET-BACKED SECURITIZER REPORT',
      'ASSET-BACKED ISSUER DISTRIBUTION REPORT',
      'SPECIALIZED DISCLOSURE REPORT',
      'NOTIFICATION OF LATE FILING',
      'REPORT OF FOREIGN PRIVATE ISSUER',
      'REPORT PURSUANT TO SECTION 15G OF',
      'FORM ABS-15G',
      'Institutional Investment Manager Holdings Report',
      'ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)',
    ]) {
      expect(isFormTitleLine(title), title).toBe(true);
    }
    for (const name of [
      'EXETER AUTOMOBILE RECEIVABLES TRUST 2025-1',
      'THE REPORTER COMPANY',
      'FORM HOLDINGS CORP.',
      'STATEMENT INDUSTRIES, INC.',
      'INSTITUTIONAL INVESTMENT MANAGERS LLC',
      'General Electric Capital Assurance Co',
    ]) {
      expect(isFormTitleLine(name), name).toBe(false);
    }
  });

  it('an ABS-15G cover with no name filled in gives no name, not its title', () => {
    const facts = cover(
      'FORM ABS-15G\nASSET-BACKED SECURITIZER\nREPORT PURSUANT TO SECTION 15G OF\nTHE SECURITIES EXCHANGE ACT OF 1934\n\n' +
        'Check the appropriate box to indicate the filing obligation to which this form is intended to satisfy:\n\n' +
        '[X] Rule 15Ga-1 under the Exchange Act (17 CFR 240.15Ga-1) for the reporting period January 1, 2024 to December 31, 2024\n\n' +
        'Commission File Number of securitizer: 025-00999\n',
    );
    expect(facts.formType).toBe('ABS-15G');
    expect(facts.company?.name ?? null).toBeNull();
  });

  it('a report-kind title above the name caption is not taken; the name below it is', () => {
    const facts = cover(
      'FORM SD\nSPECIALIZED DISCLOSURE REPORT\n\nNORTHWIND WIDGETS, INC.\n(Exact name of registrant as specified in its charter)\n\nDelaware    001-12345\n',
    );
    expect(facts.formType).toBe('SD');
    expect(facts.company?.name).toBe('NORTHWIND WIDGETS, INC.');
  });
});

describeWithShared('form titles are never names (corpus)', () => {
  it('the ABS-15G of Exeter Automobile Receivables Trust 2025-1 names no "ASSET-BACKED SECURITIZER"', () => {
    const facts = coverOf(join(CORPUS_EVAL, '0000929638-25-000114.htm'));
    expect(facts.formType).toBe('ABS-15G');
    expect(facts.company?.name ?? null).not.toBe('ASSET-BACKED SECURITIZER');
    expect(facts.company?.name ?? null).toBeNull();
  });
});
