// Files that are not filings (issue 14, item 7): one fixture per class in
// tests/fixtures/not-filings, each read as format 'unknown' with its class as the reason, and
// documents that are filings (a lone exhibit, a bare 8-K) never read as one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorKind, reasonGroup } from '../../../src/shared/api/file-errors';
import { parseFiling } from '../../../src/shared/parser';
import { unusable } from '../../../src/main/core/indexer/parse-file';
import { CORPUS_FILES, describeWithShared, REPO_DIR } from '../../helpers/shared';

const FIXTURES = join(REPO_DIR, 'tests', 'fixtures', 'not-filings');
const parse = (path: string) => parseFiling(readFileSync(path), { path });
const reason = (path: string) => unusable(parse(path));

describe('classes of files that are not filings', () => {
  it.each([
    ['crawler.idx', 'an EDGAR index file'],
    ['0000320193-20-000096-index.html', 'an EDGAR filing index page'],
    ['index.json', 'an EDGAR folder listing (JSON)'],
    ['sitemap.xml', 'a sitemap'],
    ['README.md', 'a README or other Markdown/reStructuredText document'],
    ['LICENSE', 'a software licence'],
    ['holdings.csv', 'delimited data (CSV)'],
  ])('%s: %s', (name, why) => {
    const filing = parse(join(FIXTURES, name));
    expect(filing.format).toBe('unknown');
    expect(filing.documents).toEqual([]);
    const r = reason(join(FIXTURES, name));
    expect(r).toBe(`not an EDGAR filing (${why})`);
    expect(errorKind(r!)).toBe('not-a-filing');
    expect(reasonGroup(r!)).toBe(why);
  });

  it('an RSS or Atom feed, and JSON other than a listing', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(parseFiling(bytes('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>')).warnings).toEqual([
      'not a filing: a news feed (RSS or Atom)',
    ]);
    expect(parseFiling(bytes('{"cik": "0000320193", "filings": {"recent": {}}}')).warnings).toEqual([
      'not a filing: JSON data',
    ]);
  });

  it('a plain-text filing is never one of them, however it talks about forms', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    const eightK = `UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\nCURRENT REPORT\nPursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\n\nDate of Report (Date of earliest event reported): March 1, 2004\n\nACME CORP\n(Exact name of registrant as specified in its charter)\n\nItem 5. Other Events.\n\nThe company, its officers, directors, and employees, agreed to the terms.\n`;
    expect(parseFiling(bytes(eightK)).format).toBe('text');
    // Markdown-looking marks alone in a filing (one heading-like line) are not enough.
    expect(parseFiling(bytes(`# 1\n${eightK}`)).format).toBe('text');
    // Two consistent comma columns in prose are not data.
    expect(
      parseFiling(bytes('We, the undersigned, agree.\nThe parties, however, did not.\nNo commas here.\n')).format,
    ).toBe('text');
    // The same classes inside a submission stay its documents.
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'latin1');
    const sgml = `<SEC-DOCUMENT>0000000001-04-000001.txt : 20040301\n<SEC-HEADER>0000000001-04-000001.hdr.sgml : 20040301\nACCESSION NUMBER:\t\t0000000001-04-000001\nCONFORMED SUBMISSION TYPE:\t8-K\nFILED AS OF DATE:\t\t20040301\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>1\n<TEXT>\n${readme}</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n`;
    expect(parseFiling(bytes(sgml)).format).toBe('sgml');
  });
});

describeWithShared('real files', () => {
  it('a lone exhibit (a credit agreement) stays a filing; EDGAR .idx listings do not', () => {
    expect(reason(join(CORPUS_FILES, 'LexPredict__lexpredict-lexnlp/test_get_section_spans_1.txt'))).toBeNull();
    for (const idx of [
      'joeychilson__edgar_client/xbrl.idx',
      'sec-edgar__sec-edgar/master.idx',
      'dgunning__edgartools/form.20200318.idx',
    ])
      expect(reason(join(CORPUS_FILES, idx))).toBe('not an EDGAR filing (an EDGAR index file)');
  });
});
