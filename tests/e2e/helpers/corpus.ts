// Real filings from ../shared/corpus used by the UI tests, copied into each test's folder.
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CORPUS_FILES, hasShared } from '../../helpers/shared';

export { hasShared };
export const NO_SHARED = `../shared (the real-filings corpus) is not beside this clone at ${CORPUS_FILES}; skipping.`;

/** A small spread of full submissions: 8-Ks from 1998 to 2009, Form 4s, 10-Ks, a 13F. */
export const UI_FILINGS = [
  'ryankfrench__sec_cover_page_parser/0000703901-98-000003.txt', // 8-K 1998 FOOD CONCEPTS INC
  'ryankfrench__sec_cover_page_parser/0000891020-98-001352.txt', // 8-K 1998
  'ryankfrench__sec_cover_page_parser/0001104540-02-000064.txt', // 8-K 2002
  'ryankfrench__sec_cover_page_parser/0000723533-04-000001.txt', // 8-K 2004 EXPERTELLIGENCE INC
  'ryankfrench__sec_cover_page_parser/0000092122-07-000008.txt', // 8-K 2007
  'ryankfrench__sec_cover_page_parser/0001213900-09-002194.txt', // 8-K 2009
  'najmabad__sec_edgar_company_filings/0000215219-99-000004.txt', // 10-K 1999
  'najmabad__sec_edgar_company_filings/0000040518-01-500011.txt', // 10-K/A 2001
  'cjavdev__sec_edgar/filing15.txt', // Form 4 2006
  'cjavdev__sec_edgar/filing1.txt', // Form 4 2014
  'cjavdev__sec_edgar/filing2.txt', // Form 4 2014
  'cjavdev__sec_edgar/filing19.txt', // Form 4 2015
  'dgunning__edgartools/0001094891-00-000193.txt', // Form 4 2000
  'briancaffey__sec-filings-app/filing_with_55_holdings.txt', // 13F-HR 2020
  'dgunning__edgartools/0000943374-24-000509.txt', // 8-K 2024
];

/** Copies the UI filings into `dest`, each under its corpus folder so names cannot clash. */
export function copyUiFilings(dest: string, files: readonly string[] = UI_FILINGS): void {
  for (const rel of files) {
    const to = join(dest, rel.replace('/', '__'));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(CORPUS_FILES, rel), to);
  }
}

export const corpusPath = (rel: string) => join(CORPUS_FILES, rel);
export const copiedName = (rel: string) => basename(rel.replace('/', '__'));
