// The catalog is built in parts from covering indexes (migration 009); it must equal what the
// straightforward SQL over the tables gives (the catalog as it was built before), after
// inserts, deletes and re-index, whatever order its parts are built in.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import {
  catalog,
  CATALOG_PARTS,
  CATALOG_SQL,
  currentCatalog,
  type Catalog,
} from '../../../../src/main/core/search/catalog';
import { warmSearch, warmSteps } from '../../../../src/main/core/search/warm';
import { sectionedDocsRead } from '../../../../src/main/core/search/section-facet';
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
    expect(warmSteps(db).length).toBe(CATALOG_PARTS.length + 4);
    const warming = warmSearch(db, (err) => {
      throw err;
    });
    await new Promise((resolve) => setImmediate(resolve));
    const early = catalog(db);
    expect(sectionedDocsRead(db, early.generation)).toBe(false);
    await warming.done;
    expect(catalog(db)).toBe(early);
    expect(snapshot(early)).toEqual(reference(db));
    // The section facet's documents with sections too: a first text search does not scan for them.
    expect(sectionedDocsRead(db, early.generation)).toBe(true);
  });

  it('reads covering indexes (migration 009), not the wide rows', () => {
    db = buildDb(syntheticEntries(10, 3));
    const plan = (sql: string) =>
      (db!.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    for (const sql of CATALOG_SQL) expect(plan(sql), sql).toMatch(/COVERING INDEX/);
    expect(plan(CATALOG_SQL.find((q) => q.includes('companies'))!)).not.toMatch(/TEMP B-TREE/);
  });
});

describe('the saved catalog (search_catalog, migration 010)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });
  const tempPath = () => {
    const dir = mkdtempSync(join(tmpdir(), 'edgar-catalog-'));
    dirs.push(dir);
    return join(dir, 'archive.db');
  };
  const saved = (d: Db) => d.prepare('SELECT count(*) FROM search_catalog').pluck().get() as number;
  /** Every part of the current catalog, built or loaded. */
  const whole = (d: Db) => {
    const c = currentCatalog(d);
    for (const part of CATALOG_PARTS) c.ensure(part);
    return c;
  };
  /** What a fresh connection (a later open) loads: equal to the tables, nothing built. */
  const reopened = (path: string) => {
    const other = openDatabase(path);
    try {
      const c = whole(other);
      expect(c.built()).toEqual([]);
      expect(snapshot(c)).toEqual(reference(other));
    } finally {
      other.close();
    }
  };

  it('is loaded by the next open, equal to the tables, after inserts, deletes and re-index', () => {
    const path = tempPath();
    const entries = [...syntheticEntries(90, 17), sharedStateEntry()];
    db = buildDb(entries, path);
    const first = whole(db);
    expect(first.built()).toEqual(['filings', ...CATALOG_PARTS]);
    expect(first.persist()).toBe(true);
    expect(saved(db)).toBe(CATALOG_PARTS.length + 1);
    expect(currentCatalog(db)).toBe(first); // saving is not a change of what the catalog reads
    reopened(path);

    const writer = new FilingWriter(db);
    const ids = () => db!.prepare('SELECT id FROM filings ORDER BY id').pluck().all() as number[];
    const changes: [string, () => void][] = [
      [
        'insert',
        () =>
          writeFilings(
            db!,
            syntheticEntries(30, 29).map((e, i) => ({
              path: `/new/${i}.txt`,
              filing: { ...e.filing, accessionNumber: `0000950131-11-${String(i).padStart(6, '0')}` },
            })),
          ),
      ],
      ['delete', () => writer.transaction(() => writer.delete(ids()[7]))],
      [
        're-index',
        () =>
          writer.transaction(() =>
            writer.replace(
              ids()[2],
              prepareFiling(
                {
                  ...entries[2].filing,
                  filedDate: '2012-01-02',
                  companies: [company({ name: 'Moved Corp', stateOfIncorporation: 'WY', sic: '7372' })],
                  items: [{ code: '1.01', title: null }],
                },
                createHash('sha256').update('moved').digest('hex'),
              ),
              1,
            ),
          ),
      ],
    ];
    for (const [what, change] of changes) {
      change();
      expect(saved(db), `${what} empties it`).toBe(0);
      const c = whole(db);
      expect(c.built(), what).toEqual(['filings', ...CATALOG_PARTS]);
      expect(snapshot(c), what).toEqual(reference(db));
      expect(c.persist()).toBe(true);
      reopened(path);
    }
  });

  it('is emptied by a change to a filing, or an update or delete of its rows, and never saved from an older state', () => {
    const path = tempPath();
    db = buildDb(syntheticEntries(40, 7), path);
    const updates = [
      "UPDATE filings SET form_type = '10-K', period = '' WHERE id = (SELECT min(id) FROM filings)",
      'UPDATE documents SET filing_id = filing_id WHERE id = (SELECT min(id) FROM documents)',
      "UPDATE companies SET state = 'ZZ' WHERE id = (SELECT min(id) FROM companies)",
      "UPDATE items SET code = '7.01' WHERE filing_id = (SELECT min(filing_id) FROM items)",
      'DELETE FROM items WHERE filing_id = (SELECT max(filing_id) FROM items)',
      'DELETE FROM companies WHERE id = (SELECT max(id) FROM companies)',
    ];
    for (const sql of updates) {
      expect(whole(db).persist()).toBe(true);
      expect(saved(db)).toBe(CATALOG_PARTS.length + 1);
      db.exec(sql);
      expect(saved(db), sql).toBe(0);
      expect(snapshot(whole(db)), sql).toEqual(reference(db));
    }
    // Built here, then another connection changes the tables: this state is no longer the
    // database's, so it is not saved.
    const stale = whole(db);
    const other = openDatabase(path);
    try {
      other.exec("UPDATE companies SET state = 'QQ' WHERE id = (SELECT max(id) FROM companies)");
    } finally {
      other.close();
    }
    expect(stale.persist()).toBe(false);
    expect(saved(db)).toBe(0);
    expect(snapshot(whole(db))).toEqual(reference(db));
    // Saved as it is, an empty period included.
    expect(whole(db).persist()).toBe(true);
    reopened(path);
  });

  it('is ignored when it cannot be read (another format), and the catalog is built', () => {
    const path = tempPath();
    db = buildDb(syntheticEntries(20, 3), path);
    expect(whole(db).persist()).toBe(true);
    db.prepare("UPDATE search_catalog SET data = x'00010203' WHERE part = 'companies'").run();
    db.close();
    db = openDatabase(path);
    const c = whole(db);
    expect(c.built()).toEqual(['companies']);
    expect(snapshot(c)).toEqual(reference(db));
  });
});
