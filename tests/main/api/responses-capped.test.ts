import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveApi, type ArchiveApi } from '../../../src/main/api/archive-api';
import { indexFolders } from '../../../src/main/core/indexer/index-folders';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import {
  DOCUMENT_HIT_COUNT_AHEAD,
  DOCUMENT_HIT_PAGE,
  DOCUMENT_TEXT_PAGE,
  DOCUMENT_VIEW_STEP,
  FILING_COMPANIES_PAGE,
  type DocumentView,
  type FilingDetail,
  type Result,
  type SearchResponse,
} from '../../../src/shared/api/types';
import type { Company } from '../../../src/shared/filing';
import {
  appendStep,
  firstPart,
  firstStep,
  nextStep,
  type LoadedPart,
} from '../../../src/renderer/src/features/viewer/document-steps';
import { htmlFiling } from '../../helpers/html-filing';

// Answers stay small however large the filing: a filing of many companies (an .nc of serial
// companies) and a long text filing opened with a common word. CI runs the same classes at a
// smaller size; EDGAR_HOSTILE_LARGE=1 runs the sizes of the report (1 M companies, 200 MB).
const LARGE = process.env.EDGAR_HOSTILE_LARGE === '1';
const COMPANIES = LARGE ? 1_000_000 : 20_000;
const TEXT_MB = LARGE ? 200 : 12;

function ncWithCompanies(n: number): string {
  const serial = (i: number) => `<SERIAL-COMPANY>
<COMPANY-DATA>
<CONFORMED-NAME>SERIES TRUST ${i}
<CIK>${String(2_000_000 + i).padStart(10, '0')}
</COMPANY-DATA>
</SERIAL-COMPANY>
`;
  const parts = [
    `<SUBMISSION>
<ACCESSION-NUMBER>0009999996-24-000001
<TYPE>424B5
<PUBLIC-DOCUMENT-COUNT>1
<FILING-DATE>20240315
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>MANY COMPANIES DEPOSITOR LLC
<CIK>0009999996
</COMPANY-DATA>
</FILER>
`,
  ];
  for (let i = 1; i < n; i++) parts.push(serial(i));
  parts.push(`<DOCUMENT>
<TYPE>424B5
<SEQUENCE>1
<FILENAME>prospectus.txt
<TEXT>
Prospectus supplement of the many series trusts.
</TEXT>
</DOCUMENT>
</SUBMISSION>
`);
  return parts.join('');
}

/** A 10-K whose text is `mb` MB of sentences, each with two hits of "revenue". */
function longTextFiling(mb: number): { text: string; hits: number } {
  const sentence = 'The revenue of the registrant rose, and revenue from services grew in the period.\n';
  const count = Math.ceil((mb * 1024 * 1024) / sentence.length);
  return {
    text: htmlFiling({ company: 'LONG TEXT TEST CORP', html: sentence.repeat(count), filename: 'long.txt' }),
    hits: count * 2,
  };
}

describe('responses capped on huge filings', { timeout: LARGE ? 1_800_000 : 120_000 }, () => {
  let work: string;
  let api: ArchiveApi;
  let textHits: number;

  beforeAll(
    async () => {
      work = mkdtempSync(join(tmpdir(), 'capped-'));
      const data = join(work, 'data');
      mkdirSync(data);
      writeFileSync(join(data, 'many-companies.nc'), ncWithCompanies(COMPANIES));
      const long = longTextFiling(TEXT_MB);
      textHits = long.hits;
      writeFileSync(join(data, 'long-10k.txt'), long.text);
      const dbPath = join(work, 'archive.db');
      // 200 MB is past the indexer's limit for one document (maxDocumentBytes, 64 MB): raised
      // here, where what is tested is the answer about a document that large.
      const limits = LARGE ? { maxDocumentBytes: 256 * 1024 * 1024 } : undefined;
      const summary = await indexFolders({ dbPath, roots: [data], parseWorkers: 1, limits });
      expect(summary.errors).toEqual([]);
      api = await openArchiveApi({
        dbPath,
        platform: createLoopbackPlatform({ samplesDir: '/none' }),
        watch: false,
      });
    },
    LARGE ? 1_800_000 : 300_000,
  );

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function value<T>(channel: string, request: unknown): Promise<{ value: T; bytes: number }> {
    const result = (await api.dispatch(channel, request)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return { value: result.value, bytes: JSON.stringify(result.value).length };
  }
  async function idOf(company: string): Promise<number> {
    const found = await value<SearchResponse>('search:query', { query: `company:"${company}"` });
    return found.value.results[0]!.id;
  }

  it(`answers filing:get for ${COMPANIES.toLocaleString('en-US')} companies with the first page and the total`, async () => {
    const id = await idOf('MANY COMPANIES DEPOSITOR LLC');
    const { value: filing, bytes } = await value<FilingDetail>('filing:get', { id });
    expect(filing.companiesTotal).toBe(COMPANIES);
    expect(filing.companies).toHaveLength(FILING_COMPANIES_PAGE);
    expect(filing.companies[0]!.name).toBe('MANY COMPANIES DEPOSITOR LLC');
    // Lists of other parties in the extra facts are cut the same way, saying how many more.
    for (const v of Object.values(filing.extra))
      if (Array.isArray(v)) expect(v.length).toBeLessThanOrEqual(FILING_COMPANIES_PAGE + 1);
    expect(filing.extra.otherParties?.at(-1)).toBe(
      `… and ${(COMPANIES - 1 - FILING_COMPANIES_PAGE).toLocaleString('en-US')} more`,
    );
    expect(bytes).toBeLessThan(100_000);

    // The rest on request, in parse order.
    const next = await value<{ total: number; companies: Company[] }>('filing:companies', {
      id,
      offset: FILING_COMPANIES_PAGE,
    });
    expect(next.value.total).toBe(COMPANIES);
    expect(next.value.companies.map((c) => c.name).slice(0, 2)).toEqual([
      `SERIES TRUST ${FILING_COMPANIES_PAGE}`,
      `SERIES TRUST ${FILING_COMPANIES_PAGE + 1}`,
    ]);
    const last = await value<{ total: number; companies: Company[] }>('filing:companies', {
      id,
      offset: COMPANIES - 1,
    });
    expect(last.value.companies.map((c) => c.name)).toEqual([`SERIES TRUST ${COMPANIES - 1}`]);
    expect((await api.dispatch('filing:companies', { id: 987_654_321 })).ok).toBe(false);
  });

  it(`answers filing:document for ${TEXT_MB} MB of text with a part of it and a page of its hits`, async () => {
    const filing = await value<FilingDetail>('filing:get', { id: await idOf('LONG TEXT TEST CORP') });
    const docId = filing.value.documents[0]!.id;
    const first = await value<DocumentView>('filing:document', { docId, query: 'revenue' });
    const doc = first.value;
    expect(doc.textOffset).toBe(0);
    expect(doc.text.length).toBe(DOCUMENT_TEXT_PAGE);
    expect(doc.textChars).toBeGreaterThan(TEXT_MB * 1_000_000);
    // Counted a bounded way past the page of hits kept, not through the whole text.
    expect([...doc.text.matchAll(/revenue/gi)].length).toBeGreaterThan(DOCUMENT_HIT_PAGE);
    expect(doc.hitTotalCapped).toBe(true);
    expect(doc.hitTotal).toBe(DOCUMENT_HIT_PAGE + DOCUMENT_HIT_COUNT_AHEAD.hits);
    expect(doc.hitTotal).toBeLessThan(textHits);
    expect(doc.hits).toHaveLength(DOCUMENT_HIT_PAGE);
    expect(doc.hitsBefore).toBe(0);
    for (const [s, e] of doc.hits.slice(0, 50)) expect(doc.text.slice(s, e).toLowerCase()).toBe('revenue');
    // The answer is the part's text and a page of offsets, not the whole document.
    expect(first.bytes).toBeLessThan(DOCUMENT_TEXT_PAGE * 1.1 + DOCUMENT_HIT_PAGE * 24);

    // The next part: its text follows on, its hits count the ones before it.
    const second = (
      await value<DocumentView>('filing:document', { docId, query: 'revenue', textOffset: DOCUMENT_TEXT_PAGE })
    ).value;
    expect(second.textOffset).toBe(DOCUMENT_TEXT_PAGE);
    const [s, e] = second.hits[0]!;
    expect(second.text.slice(s - second.textOffset, e - second.textOffset).toLowerCase()).toBe('revenue');
    expect(second.hitsBefore).toBeGreaterThan(DOCUMENT_HIT_PAGE);
    const joined = doc.text + second.text.slice(0, 10);
    const before = [...joined.matchAll(/revenue/gi)].filter((m) => m.index < DOCUMENT_TEXT_PAGE).length;
    expect(second.hitsBefore).toBe(before);

    // The last part counts every hit: the total is exact there, and so are the ones before.
    const lastOffset = doc.textChars - 1_000;
    const last = (await value<DocumentView>('filing:document', { docId, query: 'revenue', textOffset: lastOffset }))
      .value;
    expect(last.hitTotalCapped).toBeUndefined();
    expect(last.hitTotal).toBe(textHits);
    const lastHits = [...last.text.matchAll(/revenue/gi)].length;
    expect(last.hits).toHaveLength(lastHits);
    expect(last.hitsBefore).toBe(textHits - lastHits);
  });

  // The viewer asks for a part a step at a time (its first paint lays out DOCUMENT_VIEW_STEP
  // characters); the steps joined must be the part asked for whole: text, hits and counts.
  it.each([
    ['registrant', 0, 'a hit a line: the first step keeps all of its hits, the page fills in the second'],
    ['revenue', 123_457, 'two hits a line: the first step holds a page of hits, later ones add text only'],
  ])('joins the viewer\'s steps of a part into the whole part ("%s" from %i: %s)', async (query, textOffset) => {
    const filing = await value<FilingDetail>('filing:get', { id: await idOf('LONG TEXT TEST CORP') });
    const docId = filing.value.documents[0]!.id;
    {
      const whole = (await value<DocumentView>('filing:document', { docId, query, textOffset })).value;
      const first = await value<DocumentView>('filing:document', firstStep(docId, query, textOffset));
      expect(first.value.text.length).toBe(DOCUMENT_VIEW_STEP);
      expect(first.bytes).toBeLessThan(DOCUMENT_VIEW_STEP * 1.1 + DOCUMENT_HIT_PAGE * 24);
      let part: LoadedPart = firstPart(first.value);
      let steps = 1;
      for (let req = nextStep(part, query); req; req = nextStep(part, query), steps++)
        part = appendStep(part, (await value<DocumentView>('filing:document', req)).value, req);
      expect(steps).toBe(DOCUMENT_TEXT_PAGE / DOCUMENT_VIEW_STEP);
      const { hitsComplete, ...joined } = part;
      expect(hitsComplete).toBe(false);
      expect(joined).toEqual({ ...whole, hitTotalCapped: joined.hitTotalCapped });
      expect(joined.hitTotalCapped).toBe(true);
    }
  });
});
