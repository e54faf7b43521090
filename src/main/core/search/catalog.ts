// An in-memory snapshot of what filters, sorting and facets need for every filing (form,
// year, dates, company names, states, SIC codes, items) and of which filing each document
// belongs to. It turns filters, facets and sorts over 100,000 matches into array walks
// instead of SQL joins. Rebuilt when another connection commits (PRAGMA data_version) or this
// one writes (total_changes()).
//
// Built in parts, each on first use (a browse without facets reads only the filings; a text
// query adds the documents; facets add companies and items): warm.ts builds them one per
// event-loop turn after open, so a query that arrives meanwhile waits for one part at most.
// Each part is one scan of a covering index (migration 009), rows as arrays, never objects.
import type { Db } from '../db/open';
import { foldText } from '../../../shared/query/text';
import { parseIdArray } from './id-array';
import { stmt } from './statements';

/** Distinct values of one facet; filings hold indexes into `values` (-1 for none). */
export class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string | null | undefined): number {
    if (value == null || value === '') return -1;
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.codes.set(value, c);
    }
    return c;
  }
}

/** Several distinct values per filing: those of filing i are codes[start[i] .. start[i + 1]). */
export interface MultiValue {
  dict: Dictionary;
  start: Int32Array;
  codes: Int32Array;
}

export interface Catalog {
  generation: string;
  /** Filing ids, ascending. */
  ids: Int32Array;
  /** Indexed by filing id: 1 when the filing exists. */
  exists: Uint8Array;
  form: Int32Array;
  /** The year of `date` (0 for none): the year facet counts every dated filing. */
  year: Int32Array;
  company: Int32Array;
  filed: (string | null)[];
  period: (string | null)[];
  /** The filing's one date: filed, else the date of report (see shared/parser/identity.ts). */
  date: (string | null)[];
  /** Lower-cased primary company name, for sorting. */
  companySort: (string | null)[];
  /** Every company name of the filing, folded (for company: filters). */
  names: MultiValue;
  state: MultiValue;
  sic: MultiValue;
  item: MultiValue;
  /** Indexed by document id: its filing id (0 for none). */
  docFiling: Int32Array;
  dict: { form: Dictionary; company: Dictionary };
}

/** The parts built on first use, in the order warm.ts builds them. */
export const CATALOG_PARTS = ['documents', 'companies', 'items', 'dates'] as const;
export type CatalogPart = (typeof CATALOG_PARTS)[number];

const cache = new WeakMap<Db, LazyCatalog>();

function yearOf(date: string | null): number {
  const y = date ? Number(date.slice(0, 4)) : 0;
  return Number.isInteger(y) && y > 0 ? y : 0;
}

function generationOf(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = stmt<[], number>(db, 'SELECT total_changes()').pluck().get();
  return `${version}:${changes}`;
}

/** Each distinct value of a column with the filings holding it: `SELECT value, json_group_array(id)`. */
type Groups = [value: string | null, ids: string][];

function groups(db: Db, sql: string): Groups {
  return stmt<[], [string | null, string]>(db, sql).raw().all();
}

/** A single-valued column from its groups: out[id] = f(value) for the group's ids below out.length. */
function fill<T>(out: { length: number; [i: number]: T }, rows: Groups, f: (value: string | null) => T): void {
  for (const [value, json] of rows) {
    const v = f(value);
    for (const id of parseIdArray(json)) if (id < out.length) out[id] = v;
  }
}

/**
 * A several-valued facet from its groups (each value with its filings). `fold` maps values
 * that must count as one (folded names) to one code; a filing holds each code once.
 */
function multiValue(rows: Groups, size: number, fold: (v: string) => string = (v) => v): MultiValue {
  const dict = new Dictionary();
  const coded: [number, Int32Array][] = [];
  const start = new Int32Array(size + 1);
  for (const [value, json] of rows) {
    const code = value == null ? -1 : dict.code(fold(value));
    if (code < 0) continue;
    const ids = parseIdArray(json);
    coded.push([code, ids]);
    for (const id of ids) if (id < size) start[id + 1]++;
  }
  for (let i = 1; i < start.length; i++) start[i] += start[i - 1];
  const end = start.slice(0, size);
  const codes = new Int32Array(start[size]);
  let repeats = false;
  for (const [code, ids] of coded) {
    for (const id of ids) {
      if (id >= size) continue;
      let seen = false;
      for (let k = start[id]; k < end[id] && !seen; k++) seen = codes[k] === code;
      if (seen) repeats = true;
      else codes[end[id]++] = code;
    }
  }
  if (!repeats) return { dict, start, codes };
  // Two values folded to one code in some filing: close the gaps.
  const packed = new Int32Array(codes.length);
  const packedStart = new Int32Array(size + 1);
  for (let id = 0, n = 0; id < size; id++) {
    for (let k = start[id]; k < end[id]; k++) packed[n++] = codes[k];
    packedStart[id + 1] = n;
  }
  return { dict, start: packedStart, codes: packed.slice(0, packedStart[size]) };
}

/**
 * A MultiValue filled in ascending filing order: add() each value code of the current filing
 * (-1 for none; a repeated code counts once).
 */
class MultiBuilder {
  readonly dict = new Dictionary();
  private readonly start: Int32Array;
  private codes = new Int32Array(1024);
  private n = 0;
  private last = -1;
  private lastStart = 0;

  constructor(private readonly size: number) {
    this.start = new Int32Array(size + 1);
  }

  add(fid: number, code: number): void {
    if (code < 0 || fid >= this.size) return;
    if (fid !== this.last) {
      this.last = fid;
      this.lastStart = this.n;
    } else {
      for (let k = this.lastStart; k < this.n; k++) if (this.codes[k] === code) return;
    }
    if (this.n === this.codes.length) {
      const grown = new Int32Array(this.n * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.n++] = code;
    this.start[fid + 1]++;
  }

  done(): MultiValue {
    const { start } = this;
    for (let i = 1; i < start.length; i++) start[i] += start[i - 1];
    return { dict: this.dict, start, codes: this.codes.slice(0, this.n) };
  }
}

/** Every statement the catalog runs: each reads one covering index (tests check the plans). */
const SQL = {
  ids: 'SELECT json_group_array(id) FROM filings',
  form: 'SELECT form_type, json_group_array(id) FROM filings GROUP BY form_type',
  date: 'SELECT date, json_group_array(id) FROM filings WHERE date IS NOT NULL GROUP BY date',
  company: 'SELECT company_name, json_group_array(id) FROM filings GROUP BY company_name',
  filed: 'SELECT filed_date, json_group_array(id) FROM filings WHERE filed_date IS NOT NULL GROUP BY filed_date',
  period: 'SELECT period, json_group_array(id) FROM filings WHERE period IS NOT NULL GROUP BY period',
  items: 'SELECT code, json_group_array(filing_id) FROM items GROUP BY code',
  // One scan, two arrays in the same row order.
  documents: 'SELECT json_group_array(id), json_group_array(filing_id) FROM documents',
  // One scan in filing order, each column as one JSON array.
  companies: `SELECT json_group_array(filing_id), json_group_array(state), json_group_array(sic), json_group_array(name)
    FROM (SELECT filing_id, state, sic, name FROM companies ORDER BY filing_id, ord)`,
};
export const CATALOG_SQL: readonly string[] = Object.values(SQL);

class LazyCatalog implements Catalog {
  readonly ids: Int32Array;
  readonly exists: Uint8Array;
  readonly form: Int32Array;
  readonly year: Int32Array;
  readonly company: Int32Array;
  readonly date: (string | null)[];
  readonly dict = { form: new Dictionary(), company: new Dictionary() };
  private parts: {
    documents?: Int32Array;
    companies?: { state: MultiValue; sic: MultiValue; names: MultiValue };
    items?: MultiValue;
    dates?: { filed: (string | null)[]; period: (string | null)[] };
    companySort?: (string | null)[];
  } = {};

  constructor(
    private readonly db: Db,
    readonly generation: string,
  ) {
    // Ids from the narrow covering index, sorted here; every column as (value, its filings).
    const json = stmt<[], string>(db, SQL.ids).pluck().get() as string;
    const ids = parseIdArray(json).slice().sort();
    this.ids = ids;
    const size = (ids.length ? ids[ids.length - 1] : 0) + 2;
    this.exists = new Uint8Array(size);
    for (const id of ids) this.exists[id] = 1;
    this.form = new Int32Array(size).fill(-1);
    this.year = new Int32Array(size);
    this.company = new Int32Array(size).fill(-1);
    this.date = new Array<string | null>(size).fill(null);
    const { form, company } = this.dict;
    fill(this.form, groups(db, SQL.form), (v) => form.code(v));
    const dates = groups(db, SQL.date);
    fill(this.date, dates, (v) => v);
    fill(this.year, dates, yearOf);
    fill(this.company, groups(db, SQL.company), (v) => company.code(v));
  }

  private get size(): number {
    return this.form.length;
  }

  /** Builds a part now unless it is built (warm.ts calls this one part per turn). */
  ensure(part: CatalogPart): void {
    if (part === 'documents') this.docFiling.at(0);
    else if (part === 'companies') this.companies();
    else if (part === 'items') this.item.codes.at(0);
    else this.dates();
  }

  get docFiling(): Int32Array {
    if (this.parts.documents) return this.parts.documents;
    // documents_filing covers (filing_id, id): no document row is read.
    const [docsJson, filingsJson] = stmt<[], [string, string]>(this.db, SQL.documents).raw().get() as [string, string];
    const docs = parseIdArray(docsJson);
    const filings = parseIdArray(filingsJson);
    let max = 0;
    for (const d of docs) if (d > max) max = d;
    const out = new Int32Array(max + 1);
    for (let i = 0; i < docs.length; i++) out[docs[i]] = filings[i];
    return (this.parts.documents = out);
  }

  private companies() {
    if (this.parts.companies) return this.parts.companies;
    const { size } = this;
    const [fj, sj, cj, nj] = stmt<[], [string, string, string, string]>(this.db, SQL.companies).raw().get() as string[];
    const fids = parseIdArray(fj);
    const columns = [sj, cj, nj].map((j) => JSON.parse(j) as (string | null)[]);
    const state = new MultiBuilder(size);
    const sic = new MultiBuilder(size);
    const names = new MultiBuilder(size);
    // Names count once per folded form: raw name -> its folded code, folded once per name.
    const raw = new Dictionary();
    const folded: number[] = [];
    const [states, sics, rawNames] = columns;
    for (let i = 0; i < fids.length; i++) {
      const fid = fids[i];
      state.add(fid, state.dict.code(states[i]));
      sic.add(fid, sic.dict.code(sics[i]));
      const r = raw.code(rawNames[i]);
      if (r >= 0) names.add(fid, (folded[r] ??= names.dict.code(foldText(raw.values[r]))));
    }
    return (this.parts.companies = { state: state.done(), sic: sic.done(), names: names.done() });
  }

  get state(): MultiValue {
    return this.companies().state;
  }

  get sic(): MultiValue {
    return this.companies().sic;
  }

  get names(): MultiValue {
    return this.companies().names;
  }

  get item(): MultiValue {
    if (this.parts.items) return this.parts.items;
    const rows = groups(this.db, SQL.items);
    return (this.parts.items = multiValue(rows, this.size));
  }

  private dates() {
    if (this.parts.dates) return this.parts.dates;
    const { db, size } = this;
    const filed = new Array<string | null>(size).fill(null);
    const period = new Array<string | null>(size).fill(null);
    fill(filed, groups(db, SQL.filed), (v) => v);
    fill(period, groups(db, SQL.period), (v) => v);
    return (this.parts.dates = { filed, period });
  }

  get filed(): (string | null)[] {
    return this.dates().filed;
  }

  get period(): (string | null)[] {
    return this.dates().period;
  }

  /** From the company dictionary: one toLowerCase per distinct name, not per filing. */
  get companySort(): (string | null)[] {
    if (this.parts.companySort) return this.parts.companySort;
    const lower = this.dict.company.values.map((v) => v.toLowerCase());
    const out = new Array<string | null>(this.size).fill(null);
    for (const id of this.ids) if (this.company[id] >= 0) out[id] = lower[this.company[id]];
    return (this.parts.companySort = out);
  }
}

/** The catalog for the database's current state. */
export function catalog(db: Db): Catalog {
  return currentCatalog(db);
}

/** The catalog for the database's current state, with its parts' builder (warm.ts). */
export function currentCatalog(db: Db): LazyCatalog {
  const generation = generationOf(db);
  const cached = cache.get(db);
  if (cached && cached.generation === generation) return cached;
  const fresh = new LazyCatalog(db, generation);
  cache.set(db, fresh);
  return fresh;
}
