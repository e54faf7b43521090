// The detail view of filings too large to send whole: a long text filing opened with a
// common word comes in parts with a page of hits each; a filing of many companies lists the
// first page of them and loads more on request.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { htmlFiling } from '../helpers/html-filing';
import { openFolderAndIndex, resultRows, screenshotBoth, search } from './helpers/ui';

function ncWithCompanies(n: number): string {
  const serial = Array.from(
    { length: n - 1 },
    (_, i) =>
      `<SERIAL-COMPANY>\n<COMPANY-DATA>\n<CONFORMED-NAME>SERIES TRUST ${i + 1}\n<CIK>${String(3_000_000 + i).padStart(10, '0')}\n</COMPANY-DATA>\n</SERIAL-COMPANY>\n`,
  ).join('');
  return `<SUBMISSION>\n<ACCESSION-NUMBER>0009999994-24-000001\n<TYPE>424B5\n<PUBLIC-DOCUMENT-COUNT>1\n<FILING-DATE>20240315\n<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>MANY SERIES DEPOSITOR LLC\n<CIK>0009999994\n</COMPANY-DATA>\n</FILER>\n${serial}<DOCUMENT>\n<TYPE>424B5\n<SEQUENCE>1\n<FILENAME>p.txt\n<TEXT>\nProspectus supplement of the series trusts.\n</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n`;
}

test.setTimeout(120_000);

test('a long text filing opens in parts and a filing of 1,000 companies lists them a page at a time', async ({
  page,
  dirs,
  pageErrors,
}) => {
  const sentence = 'The revenue of the registrant rose, and revenue from services grew in the period.\n';
  writeFileSync(
    join(dirs.data, 'long.txt'),
    htmlFiling({ company: 'LONG TEXT UI CORP', html: sentence.repeat(Math.ceil(5_000_000 / sentence.length)) }),
  );
  writeFileSync(join(dirs.data, 'many.nc'), ncWithCompanies(1000));
  await openFolderAndIndex(page, 2);

  await search(page, 'revenue');
  await resultRows(page).filter({ hasText: 'LONG TEXT UI CORP' }).dblclick();
  const detail = page.getByTestId('detail');
  const part = detail.getByTestId('document-part');
  // The first paint lays out the part's first step only (250,000 characters, 5,000 marks).
  await expect(part).toContainText('Characters 1–250,000 of', { timeout: 45_000 });
  // Counted to a bound past the part, not through the whole text: a lower bound.
  await expect(part).toContainText(/Hits 1–5,000 of at least \d\d,\d{3} shown here/);
  await expect(detail.getByTestId('hit-counter')).toHaveText('1 of 5000');
  await screenshotBoth(page, 'detail-long-text');
  // Scrolled to its end, the part grows by a step (text only: its page of hits is full).
  const body = detail.getByTestId('viewer-body');
  await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(part).toContainText('Characters 1–500,000 of', { timeout: 45_000 });
  await expect(detail.getByTestId('hit-counter')).toHaveText('1 of 5000');
  await part.getByRole('button', { name: 'Next part' }).click();
  await expect(part).toContainText('Characters 500,001–750,000 of', { timeout: 45_000 });
  await expect(detail.locator('mark.hit-current').first()).toHaveText(/revenue/i);

  await page.getByRole('button', { name: /Back to results/ }).click();
  await search(page, 'prospectus');
  await resultRows(page).filter({ hasText: 'MANY SERIES DEPOSITOR LLC' }).dblclick();
  const more = detail.getByTestId('more-companies');
  await expect(more).toContainText('200 of 1,000 companies shown');
  await more.getByRole('button', { name: 'Show 200 more' }).click();
  await expect(more).toContainText('400 of 1,000 companies shown');
  // Past the 200 that the extra facts list: only the loaded page can show it.
  await expect(detail.getByRole('region', { name: 'Filing facts' })).toContainText('SERIES TRUST 399 ');
  await screenshotBoth(page, 'detail-many-companies');
  expect(pageErrors).toEqual([]);
});
