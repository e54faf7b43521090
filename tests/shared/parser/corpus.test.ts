// Exact expectations on representative real filings of ../shared/corpus/files.
import { expect, it } from 'vitest';
import { describeWithShared } from '../../helpers/shared';
import { parseCorpusFile } from './corpus-files';

describeWithShared('parseFiling on real submissions', () => {
  it('reads a modern SGML 8-K: header, item titles, company, documents', () => {
    const f = parseCorpusFile('dgunning__edgartools/0000943374-24-000509.txt');
    expect(f).toMatchObject({
      format: 'sgml',
      accessionNumber: '0000943374-24-000509',
      formType: '8-K',
      filedDate: '2024-12-27',
      periodOfReport: '2024-12-20',
      acceptanceDateTime: '2024-12-27T16:29:40',
      items: [{ code: '5.02' }],
      extra: { dateAsOfChange: '2024-12-27' },
    });
    expect(f.items[0]!.title).toMatch(/^Departure of Directors or Certain Officers/);
    expect(f.companies).toEqual([
      {
        role: 'filer',
        name: '1895 Bancorp of Wisconsin, Inc. /MD/',
        cik: '0001847360',
        sic: '6036',
        irsNumber: '000000000',
        stateOfIncorporation: 'MD',
        fiscalYearEnd: '1231',
        fileNumber: '001-40609',
        businessAddress: {
          street1: '7001 WEST EDGERTON AVENUE',
          street2: null,
          city: 'GREENFIELD',
          state: 'WI',
          zip: '53220',
        },
        mailAddress: {
          street1: '7001 WEST EDGERTON AVENUE',
          street2: null,
          city: 'GREENFIELD',
          state: 'WI',
          zip: '53220',
        },
        phone: '4144218200',
        formerNames: [],
      },
    ]);
    expect(f.sources).toMatchObject({
      accessionNumber: 'header',
      formType: 'header',
      companies: 'header',
      items: 'header',
    });
    // The header claims 13 documents; the file has 12 blocks.
    expect(f.documents).toHaveLength(12);
    expect(f.warnings.some((w) => w.includes('PUBLIC DOCUMENT COUNT is 13'))).toBe(true);
    const primary = f.documents[0]!;
    expect(primary).toMatchObject({ sequence: 1, type: '8-K', filename: 'form8k_122024.htm', format: 'html' });
    expect(primary.text).toContain('SECURITIES AND EXCHANGE COMMISSION');
    expect(primary.text).not.toMatch(/<[a-z]+[\s>]/i);
    expect(primary.text).not.toContain('&#');
    expect(f.documents.find((d) => d.filename === 'Financial_Report.xlsx')).toMatchObject({
      format: 'excel',
      textChars: 0,
      text: '',
    });
  });

  it('reads a 1994 PEM-wrapped IMS filing, keeping <PAGE> breaks as form feeds', () => {
    const f = parseCorpusFile('mwaldstein__edgarWebR/0000037996-94-000005.txt');
    expect(f).toMatchObject({
      format: 'sgml',
      accessionNumber: '0000037996-94-000005',
      formType: '10-K',
      filedDate: '1994-03-21',
      periodOfReport: '1993-12-31',
      acceptanceDateTime: null,
    });
    expect(f.companies).toHaveLength(1);
    expect(f.companies[0]).toMatchObject({
      role: 'filer',
      name: 'FORD MOTOR CO',
      cik: '0000037996',
      sic: '3711',
      irsNumber: '380549190',
      stateOfIncorporation: 'DE',
      fileNumber: '001-03950',
      phone: '3133223000',
      mailAddress: null,
    });
    expect(f.documents).toHaveLength(11);
    expect(f.warnings).toEqual([]);
    const main = f.documents[0]!;
    expect(main).toMatchObject({ type: '10-K', sequence: 1, description: '10-K', format: 'text' });
    expect(main.text).toContain('FORM 10-K');
    expect(main.text).not.toContain('<PAGE>');
    expect(main.text).toContain('\f');
    expect(main.text).not.toContain('PRIVACY-ENHANCED');
  });

  it('reads the .nc dissemination format', () => {
    const f = parseCorpusFile('dgunning__edgartools/0001493152-25-001317.nc');
    expect(f).toMatchObject({
      format: 'nc',
      accessionNumber: '0001493152-25-001317',
      formType: '8-K',
      filedDate: '2025-01-08',
      periodOfReport: '2025-01-06',
      items: [
        { code: '5.02', title: expect.stringMatching(/^Departure of Directors/) as unknown },
        { code: '9.01', title: 'Financial Statements and Exhibits' },
      ],
    });
    expect(f.companies).toHaveLength(1);
    expect(f.companies[0]).toMatchObject({
      role: 'filer',
      name: 'ACORN ENERGY, INC.',
      cik: '0000880984',
      sic: '8711',
      irsNumber: '222786081',
      stateOfIncorporation: 'DE',
      fileNumber: '001-33886',
      phone: '302-656-1708',
      formerNames: [
        { name: 'ACORN FACTOR, INC.', changed: '2006-09-20' },
        { name: 'DATA SYSTEMS & SOFTWARE INC', changed: '1993-10-19' },
        { name: 'DEFENSE SOFTWARE & SYSTEMS INC', changed: '1993-03-28' },
      ],
    });
    expect(f.documents).toHaveLength(13);
    expect(f.warnings).toContain('PUBLIC DOCUMENT COUNT is 14 but the file has 13 <DOCUMENT> blocks; using the blocks');
    expect(f.documents[0]).toMatchObject({ type: '8-K', filename: 'form8-k.htm', format: 'html' });
    expect(f.documents[0]!.text).toContain('CURRENT REPORT');
    // uuencoded graphics and the zipped XBRL are listed, never decoded into text.
    const binary = f.documents.filter((d) => d.format !== 'html' && d.format !== 'xml' && d.format !== 'text');
    expect(binary.length).toBeGreaterThan(0);
    for (const d of binary) expect(d).toMatchObject({ textChars: 0, text: '' });
  });

  it('reads a header with 399 filers', () => {
    const f = parseCorpusFile('john-friedman__secsgml/multiplefilers.txt');
    expect(f.formType).toBe('40-APP');
    expect(f.companies).toHaveLength(399);
    expect(f.companies.every((c) => c.role === 'filer' && /^\d{10}$/.test(c.cik ?? ''))).toBe(true);
    expect(new Set(f.companies.map((c) => c.cik)).size).toBe(399);
    expect(f.companies[2]).toMatchObject({
      name: 'HarbourVest Partners IX-Buyout Fund L.P.',
      cik: '0001485990',
      fileNumber: '812-15801-148',
      formerNames: [
        { name: 'HarbourVest Partners IX-Buyout Fund L.P', changed: '2011-11-14' },
        { name: 'HarbourVest IX-Buyout Fund L.P.', changed: '2010-03-02' },
      ],
    });
  });

  it('lists uuencoded documents as binary without text', () => {
    const f = parseCorpusFile('stefanoamorelli__sec-edgar-toolkit/exxon_8k_2024.txt');
    expect(f.documents).toHaveLength(14);
    expect(f.warnings).toContain('PUBLIC DOCUMENT COUNT is 16 but the file has 14 <DOCUMENT> blocks; using the blocks');
    expect(f.documents.find((d) => d.filename === 'Financial_Report.xlsx')).toMatchObject({
      format: 'excel',
      textChars: 0,
    });
    expect(f.documents.find((d) => d.filename === '0000066740-24-000023-xbrl.zip')).toMatchObject({
      format: 'zip',
      textChars: 0,
    });
    expect(f.documents.find((d) => d.type === 'EX-99.1')!.text).toMatch(/3M/);
  });

  it('trusts the <DOCUMENT> blocks over a PUBLIC DOCUMENT COUNT of 10', () => {
    const f = parseCorpusFile('DarkMindFX__DarkMindFX.Filings/0000882835-14-000020.txt');
    expect(f.documents).toHaveLength(49);
    expect(f.warnings).toContain('PUBLIC DOCUMENT COUNT is 10 but the file has 49 <DOCUMENT> blocks; using the blocks');
    expect(f.companies[0]).toMatchObject({
      name: 'ROPER INDUSTRIES INC',
      formerNames: [{ name: 'ROPER INDUSTRIES INC /DE/', changed: '1993-03-28' }],
    });
  });

  it('reads a Form 4: issuer and reporting owner, XML document', () => {
    const f = parseCorpusFile('cjavdev__sec_edgar/filing1.txt');
    expect(f.companies.map((c) => [c.role, c.name, c.cik])).toEqual([
      ['issuer', 'LEGG MASON, INC.', '0000704051'],
      ['reporting-owner', 'SCHMOKE KURT L', '0001206671'],
    ]);
    expect(f.documents).toHaveLength(1);
    expect(f.documents[0]).toMatchObject({ type: '4', format: 'xml' });
    expect(f.documents[0]!.text).toContain('LEGG MASON');
  });

  it('reads a header-only file (no documents)', () => {
    const f = parseCorpusFile('dgunning__edgartools/1990sheader.txt');
    expect(f).toMatchObject({ format: 'sgml', accessionNumber: '0001012325-98-000004', formType: '4', documents: [] });
    expect(f.companies.map((c) => c.role)).toEqual(['subject-company', 'reporting-owner']);
  });

  it('maps 1990s header item titles to legacy item codes', () => {
    expect(parseCorpusFile('ryankfrench__sec_cover_page_parser/0001104540-02-000064.txt').items).toEqual([
      { code: '4', title: "Changes in Registrant's Certifying Accountant" },
    ]);
    // Filed in July 2004, before the sectioned items: "Financial statements and exhibits" is legacy Item 7.
    expect(
      parseCorpusFile('ryankfrench__sec_cover_page_parser/0001104659-04-019574.txt').items.map((i) => i.code),
    ).toEqual(['7']);
  });

  it('keeps item codes of non-8-K forms without 8-K titles', () => {
    expect(parseCorpusFile('dgunning__edgartools/0000929638-25-000114.nc').items).toEqual([
      { code: '2.01', title: null },
    ]);
    expect(parseCorpusFile('krymer15__edgar-app/0000925421-24-000007.txt').items).toEqual([
      { code: '06c', title: null },
      { code: 'Investment Company Act Section 3(c)', title: null },
      { code: 'Section 3(c)(1)', title: null },
    ]);
  });

  it('calls an EDGAR index file "unknown", with a warning', () => {
    for (const idx of [
      'cjavdev__sec_edgar/master.idx',
      'joeychilson__edgar_client/xbrl.idx',
      'dgunning__edgartools/form.20200318.idx',
    ]) {
      const f = parseCorpusFile(idx);
      expect(f.format).toBe('unknown');
      expect(f.documents).toEqual([]);
      expect(f.warnings).toEqual(['not a filing: an EDGAR index file']);
    }
  });

  it('reads a bare inline-XBRL document as one html document, optionally keeping the HTML', () => {
    const rel = 'dgunning__edgartools/form8K.Blackrock.html';
    const f = parseCorpusFile(rel, { keepHtml: true });
    expect(f.format).toBe('html');
    expect(f.documents).toHaveLength(1);
    expect(f.documents[0]).toMatchObject({
      format: 'html',
      filename: 'form8K.Blackrock.html',
      sequence: 1,
      type: null,
    });
    expect(f.documents[0]!.text).toMatch(/FORM 8-K/i);
    expect(f.documents[0]!.html).toMatch(/<html|<HTML/);
    expect(parseCorpusFile(rel).documents[0]!.html).toBeUndefined();
  });

  it('reads a header-less <DOCUMENT> wrapper as sgml with its one document', () => {
    const f = parseCorpusFile('krymer15__edgar-app/2017-10-12_8-K_000119312517308859.html');
    // No header names the accession; the file's name (…_<accession>.html) does.
    expect(f).toMatchObject({ format: 'sgml', accessionNumber: '0001193125-17-308859', warnings: [] });
    expect(f.sources.accessionNumber).toBe('path');
    expect(f.documents).toHaveLength(1);
    expect(f.documents[0]).toMatchObject({ type: '8-K', format: 'html' });
  });
});
