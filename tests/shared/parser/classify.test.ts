// Document content classification by its first bytes (the file name only as a hint).
import { describe, expect, it } from 'vitest';
import { classifyContent } from '../../../src/shared/parser/classify';
import { detectFormat } from '../../../src/shared/parser/detect';

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const classify = (s: string, filename: string | null = null) => classifyContent(bytes(s), 0, s.length, filename).format;

describe('classifyContent', () => {
  it('recognises uuencoded payloads by the name in their begin line', () => {
    expect(classify('\nbegin 644 chart.jpg\nM_]C_X  02D9)\nend\n')).toBe('image');
    expect(classify('begin 644 Financial_Report.xlsx\nM4$L#!!0\n')).toBe('excel');
    expect(classify('begin 644 xbrl.zip\nM4$L#!!0\n')).toBe('zip');
    expect(classify('begin 644 data.bin\nM4$L#!!0\n')).toBe('binary');
  });

  it('peels <PDF>, <XBRL> and <XML> wrappers', () => {
    expect(classify('<PDF>\nbegin 644 doc.pdf\nM)5!$1BTQ\nend\n</PDF>\n')).toBe('pdf');
    expect(classify('%PDF-1.4\n%\u00e2\u00e3\n')).toBe('pdf');
    const wrapped = "<XBRL>\n<?xml version='1.0'?>\n<html><body><p>x</p></body></html>\n</XBRL>\n";
    const c = classifyContent(bytes(wrapped), 0, wrapped.length, 'a.htm');
    expect(c.format).toBe('html');
    expect(wrapped.slice(c.start, c.end)).toBe("<?xml version='1.0'?>\n<html><body><p>x</p></body></html>");
    expect(classify('<XML>\n<?xml version="1.0"?>\n<ownershipDocument></ownershipDocument>\n</XML>')).toBe('xml');
  });

  it('tells raw images, zip and junk from text', () => {
    expect(classify('GIF89a\u0001\u0000')).toBe('image');
    expect(classify('\u0089PNG\r\n\u001a\n')).toBe('image');
    expect(classify('PK\u0003\u0004\u0014\u0000', 'book.xlsx')).toBe('excel');
    expect(classify('\u0001\u0002\u0003\u0004 junk \u0005\u0006')).toBe('binary');
  });

  it('keeps 1990s SGML tables as text, and sees HTML by its elements', () => {
    expect(classify('<TABLE>\n<CAPTION>\n<S>      <C>\nRevenue  $1\n</TABLE>')).toBe('text');
    expect(classify('<P>Item 1.<BR>Business</P>')).toBe('html');
  });
});

describe('detectFormat', () => {
  const detect = (s: string) => detectFormat(bytes(s));
  it('reads the envelope, not the extension', () => {
    expect(detect('-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n')).toMatchObject({
      format: 'sgml',
      pem: true,
    });
    expect(detect('<IMS-DOCUMENT>0000037996-94-000005.txt : 19940322\n')).toMatchObject({ format: 'sgml', pem: false });
    expect(detect('\u00ef\u00bb\u00bf<SUBMISSION>\n<ACCESSION-NUMBER>1')).toMatchObject({ format: 'nc' });
    expect(detect('<DOCUMENT>\n<TYPE>8-K\n')).toMatchObject({ format: 'sgml' });
    expect(detect('<?xml version="1.0"?>\n<ownershipDocument>')).toMatchObject({ format: 'xml' });
    expect(detect("<?xml version='1.0'?>\n<html xmlns:ix='x'>")).toMatchObject({ format: 'html' });
    expect(detect('   UNITED STATES\n SECURITIES AND EXCHANGE COMMISSION\n')).toMatchObject({ format: 'text' });
  });

  it('calls empty files, index files and binary junk "unknown" with a reason', () => {
    expect(detect('')).toMatchObject({ format: 'unknown', reason: 'not a filing: the file is empty' });
    expect(
      detect('Description:           Daily Index of EDGAR Dissemination Feed\nLast Data Received:    Jan 2, 2014\n'),
    ).toMatchObject({
      format: 'unknown',
      reason: 'not a filing: an EDGAR index file',
    });
    expect(detect('\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007abc')).toMatchObject({
      format: 'unknown',
      reason: 'not a filing: binary content',
    });
  });
});
