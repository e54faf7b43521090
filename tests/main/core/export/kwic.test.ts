// Keyword in context: the CSV read back with csv-parse (independent of the writer), one row
// per hit the viewer shows for the same query, phrase / prefix / NEAR / section: queries,
// the same bytes every run, and the export's CSV safety.
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { context, exportKwic, KWIC_COLUMNS } from '../../../../src/main/core/export/kwic';
import { getDocument, search } from '../../../../src/main/core/search';
import { buildDb, doc, filing } from '../search/fixture-db';
import { tenK } from '../search/section-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'kwic-'));
const hostile = filing({
  accessionNumber: '0000000002-07-000001',
  formType: '8-K',
  filedDate: null,
  periodOfReport: '2007-01-31',
  documents: [doc('=HYPERLINK("http://x") liquidity, "quoted"\r\nnext line +1 liquidity @sum', { type: '8-K' })],
});
const db = buildDb(
  [...Array.from({ length: 30 }, (_, i) => tenK(i)), hostile].map((f, i) => ({ path: `/k/${i}.txt`, filing: f })),
);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
async function kwic(query: string, opts: { window?: number; summary?: boolean } = {}) {
  const out = join(dir, `k${n++}.csv`);
  const counts = await exportKwic(db, { query, ...opts }, out);
  const bytes = readFileSync(out);
  const records = parse(bytes, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
  return { counts, bytes, records };
}

/** The hits the viewer shows for `query`, summed over its whole result set. */
function viewerHits(query: string): number {
  const res = search(db, { query, limit: 10_000 });
  return res.results.reduce((sum, r) => sum + getDocument(db, { docId: r.docId!, query })!.hits.length, 0);
}

describe('cli kwic core', () => {
  it.each([
    'liquidity',
    '"company reported liquidity"',
    'liqui*',
    'NEAR(liquidity revenue, 3)',
    'liquidity section:7',
    'supplier OR inflation',
  ])('%s: one row per hit the viewer shows, read back by csv-parse', async (query) => {
    const { counts, records } = await kwic(query);
    expect(records.length).toBeGreaterThan(0);
    expect(counts.rows).toBe(records.length);
    expect(records.length).toBe(viewerHits(query));
    expect(Object.keys(records[0]!)).toEqual([...KWIC_COLUMNS]);
    if (query.includes('section:7')) expect(new Set(records.map((r) => r.section))).toEqual(new Set(['7']));
  });

  it('keeps result order, names the section, and gives N words of context', async () => {
    const { records } = await kwic('liquidity', { window: 5 });
    const order = search(db, { query: 'liquidity', limit: 10_000 }).results.map((r) => r.accessionNumber);
    const seen = [...new Set(records.map((r) => r.accessionNumber))];
    expect(seen).toEqual(order);
    for (const r of records) {
      expect(r.match.toLowerCase()).toBe('liquidity');
      expect(r.left.split(' ').length).toBeLessThanOrEqual(5);
      expect(r.right.split(' ').length).toBeLessThanOrEqual(5);
      expect(r.left + r.right).not.toMatch(/\s{2}|[\r\n\t]/);
    }
    expect(records.filter((r) => r.formType.startsWith('10-K')).every((r) => /^(1|1A|7|8)$/.test(r.section))).toBe(
      true,
    );
  });

  it('writes the same bytes for the same query and neutralises formulas', async () => {
    const a = await kwic('liquidity');
    const b = await kwic('liquidity');
    expect(a.bytes.equals(b.bytes)).toBe(true);
    const rows = a.records.filter((r) => r.accessionNumber === '0000000002-07-000001');
    expect(rows.map((r) => [r.date, r.dateKind])).toEqual([
      ['2007-01-31', 'report'],
      ['2007-01-31', 'report'],
    ]);
    expect(rows[0]!.left.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows[1]!.right).toBe("'@sum");
  });

  it('--summary: one row per filing with a count column per query term', async () => {
    const { counts, records } = await kwic('liquidity OR supplier', { summary: true });
    const res = search(db, { query: 'liquidity OR supplier', limit: 10_000 });
    expect(records.length).toBe(res.total);
    expect(counts).toEqual({ rows: res.total, filings: res.total });
    const total = records.reduce((s, r) => s + Number(r.liquidity) + Number(r.supplier), 0);
    expect(total).toBe(viewerHits('liquidity OR supplier'));
  });

  it('refuses a query with no words to find', async () => {
    await expect(kwic('form:10-K')).rejects.toThrow(/needs words/);
  });

  it('context counts whitespace-separated words and collapses whitespace', () => {
    const text = 'a  b\n\nc target d\te   f';
    const at = text.indexOf('target');
    expect(context(text, [at, at + 6], 2)).toEqual(['b c', 'target', 'd e']);
    expect(context(text, [at, at + 6], 0)).toEqual(['', 'target', '']);
  });
});
