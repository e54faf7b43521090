// The catalog is built in parts from covering indexes (migration 009); it must equal what the
// straightforward SQL over the tables gives (the catalog as it was built before), after
// inserts, deletes and re-index, whatever order its parts are built in.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import {
  catalog,
  CATALOG_PARTS,
  CATALOG_SQL,
  currentCatalog,
  type Catalog,
} from '../../../../src/main/core/search/catalog';
import { warmSearch, warmSteps } from '../../../../src/main/core/search/warm';
import { FilingWriter } from '../../../../src/main/core/store/filing-writer';
import { prepareFiling } from '../../../../src/main/core/store/prepared-filing';
import { foldText } from '../../../../src/shared/query/text';
import { buildDb, company, doc, filing, writeFilings, type Entry } from './fixture-db';
import { syntheticEntries } from './synthetic';

/** Every field of the catalog as plain values per filing id (codes resolved, sets sorted). */
type Snapshot = Record<string, unknown>;

/** The reference: one plain query per field, straight from the tables. */
function reference(db: Db): Snapshot {
  const all = <T>(sql: string) => db.prepare(sql).raw().all() as T[];
  const filings = all<[number, string | null, string | null, string | null, string | null, string | null]>(
    'SELECT id, form_type, filed_date, period, date, company_name FROM filings ORDER BY id',
  );
  const multi = (sql: string) => {
    const out: Record<number, string[]> = {};
    for (const [fid, v] of all<[number, string]>(sql)) (out[fid] ??= []).push(v);
    for (const k in out) out[k].sort();
    return out;
  };
  const names: Record<number, string[]> = {};
  for (const [fid, name] of all<[number, string]>('SELECT filing_id, name FROM companies WHERE name IS NOT NULL')) {
    const folded = foldText(name);
    const list = (names[fid] ??= []);
    if (!list.includes(folded)) list.push(folded);
  }
  for (const k in names) names[k].sort();
  const docFiling: Record<number, number> = {};
  for (const [id, fid] of all<[number, number]>('SELECT id, filing_id FROM documents')) docFiling[id] = fid;
  return {
    ids: filings.map((r) => r[0]),
    rows: Object.fromEntries(
      filings.map(([id, form, filed, period, date, co]) => [
        id,
        {
          form: form || null,
          filed,
          period,
          date,
          year: date ? Number(date.slice(0, 4)) || 0 : 0,
          company: co || null,
          companySort: co ? co.toLowerCase() : null,
        },
      ]),
    ),
    names,
    state: multi('SELECT DISTINCT filing_id, state FROM companies WHERE state IS NOT NULL'),
    sic: multi('SELECT DISTINCT filing_id, sic FROM companies WHERE sic IS NOT NULL'),
    item: multi('SELECT filing_id, code FROM items'),
    docFiling,
  };
}

function snapshot(c: Catalog): Snapshot {
  const multi = (m: Catalog['state']) => {
    const out: Record<number, string[]> = {};
    for (let id = 0; id + 1 < m.start.length; id++) {
      if (m.start[id + 1] > m.start[id]) {
        out[id] = Array.from(m.codes.subarray(m.start[id], m.start[id + 1]), (k) => m.dict.values[k]).sort();
      }
    }
    return out;
  };
  const docFiling: Record<number, number> = {};
  c.docFiling.forEach((fid, id) => {
    if (fid) docFiling[id] = fid;
  });
  const ids = Array.from(c.ids);
  expect(ids.every((id) => c.exists[id] === 1)).toBe(true);
  expect(c.exists.reduce((n, e) => n + e, 0)).toBe(ids.length);
  return {
    ids,
    rows: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          form: c.form[id] < 0 ? null : c.dict.form.values[c.form[id]],
          filed: c.filed[id],
          period: c.period[id],
          date: c.date[id],
          year: c.year[id],
          company: c.company[id] < 0 ? null : c.dict.company.values[c.company[id]],
          companySort: c.companySort[id],
        },
      ]),
    ),
    names: multi(c.names),
    state: multi(c.state),
    sic: multi(c.sic),
    item: multi(c.item),
    docFiling,
  };
}

/** Two companies of one filing sharing a state, a SIC code and a name but for case: each counted once. */
function sharedStateEntry(): Entry {
  const f = filing({
    accessionNumber: '0000950129-99-900001',
    formType: '8-K',
    filedDate: '1999-03-04',
    companies: [
      company({ name: 'Twin One Inc', cik: '0000000901', stateOfIncorporation: 'DE', sic: '6021' }),
      company({
        role: 'subject-company',
        name: 'Twin Two Inc',
        cik: '0000000902',
        stateOfIncorporation: 'DE',
        sic: '6021',
      }),
    ],
    items: [
      { code: '9.01', title: null },
      { code: '2.02', title: null },
    ],
    documents: [doc('Twin merger announced.')],
  });
  return { path: '/archive/twin.txt', filing: f };
}

let db: Db | undefined;
afterEach(() => db?.close());

describe('the catalog equals the tables it is built from', () => {
  it('after inserts, deletes and re-index, whichever part is read first', () => {
    const entries = [...syntheticEntries(120, 11), sharedStateEntry()];
    db = buildDb(entries);
    expect(snapshot(catalog(db))).toEqual(reference(db));

    // More filings; one deleted; one re-indexed in place with other companies, items and date.
    writeFilings(
      db,
      syntheticEntries(60, 23).map((e, i) => ({
        path: `/more/${i}.txt`,
        filing: { ...e.filing, accessionNumber: `0000950130-10-${String(i).padStart(6, '0')}` },
      })),
    );
    const writer = new FilingWriter(db);
    const ids = db.prepare('SELECT id FROM filings ORDER BY id').pluck().all() as number[];
    const changed = entries[3].filing;
    writer.transaction(() => {
      writer.delete(ids[10]);
      writer.replace(
        ids[3],
        prepareFiling(
          {
            ...changed,
            filedDate: '2011-07-08',
            companies: [company({ name: 'Renamed Holdings', stateOfIncorporation: 'TX', sic: '1311' })],
            items: [{ code: '5.02', title: null }],
          },
          createHash('sha256').update('re-index').digest('hex'),
        ),
        1,
      );
    });
    // A fresh catalog for the new state, its parts built in the opposite order.
    const c = currentCatalog(db);
    for (const part of [...CATALOG_PARTS].reverse()) c.ensure(part);
    expect(snapshot(c)).toEqual(reference(db));
    expect(c.state.dict.values).toContain('TX');
    expect(c.exists[ids[10]]).toBe(0);
  });

  it('the warm-up builds every part, one per turn, and a query between turns sees the same catalog', async () => {
    db = buildDb(syntheticEntries(80, 5));
    expect(warmSteps(db).length).toBe(CATALOG_PARTS.length + 2);
    const warming = warmSearch(db, (err) => {
      throw err;
    });
    await new Promise((resolve) => setImmediate(resolve));
    const early = catalog(db);
    await warming.done;
    expect(catalog(db)).toBe(early);
    expect(snapshot(early)).toEqual(reference(db));
  });

  it('reads covering indexes (migration 009), not the wide rows', () => {
    db = buildDb(syntheticEntries(10, 3));
    const plan = (sql: string) =>
      (db!.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    for (const sql of CATALOG_SQL) expect(plan(sql), sql).toMatch(/COVERING INDEX/);
    expect(plan(CATALOG_SQL.find((q) => q.includes('companies'))!)).not.toMatch(/TEMP B-TREE/);
  });
});
