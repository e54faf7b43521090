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
// A part built is saved in the database (catalog-store.ts) and loaded by later opens while the
// tables are unchanged.
import type { Db } from '../db/open';
import { foldText } from '../../../shared/query/text';
import type { PackedPart } from './catalog-codec';
import { generationOf, loadPart, saveParts } from './catalog-store';
import { parseIdArray } from './id-array';
import { stmt } from './statements';

/** Distinct values of one facet; filings hold indexes into `values` (-1 for none). */
export class Dictionary {
  /** Codes by value, made on the first code() of a loaded dictionary (readers use `values`). */
  private codes: Map<string, number> | undefined;

  /** `values`: the distinct values of a loaded part, codes in their order. */
  constructor(readonly values: string[] = []) {
    if (!values.length) this.codes = new Map();
  }

  code(value: string | null | undefined): number {
    if (value == null || value === '') return -1;
    this.codes ??= new Map(this.values.map((v, i) => [v, i]));
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
  /**
   * By code: 1 + the last filing that added it. One look-up per company: a filing of a million
   * companies (a dissemination .nc) costs a million steps, not a scan of its codes per name.
   */
  private addedBy = new Int32Array(1024);

  constructor(private readonly size: number) {
    this.start = new Int32Array(size + 1);
  }

  add(fid: number, code: number): void {
    if (code < 0 || fid >= this.size) return;
    if (code >= this.addedBy.length) {
      const grown = new Int32Array(Math.max(code + 1, this.addedBy.length * 2));
      grown.set(this.addedBy);
      this.addedBy = grown;
    }
    if (this.addedBy[code] === fid + 1) return;
    this.addedBy[code] = fid + 1;
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

/** A column of strings per filing id as its distinct values and one code per id (-1: none). */
function codeColumn(column: readonly (string | null)[]): { values: string[]; codes: Int32Array } {
  // Not a Dictionary: that one takes '' for none, and a column gives back what it holds.
  const seen = new Map<string, number>();
  const values: string[] = [];
  const codes = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (v === null) codes[i] = -1;
    else {
      let c = seen.get(v);
      if (c === undefined) seen.set(v, (c = values.push(v) - 1));
      codes[i] = c;
    }
  }
  return { values, codes };
}

function decodeColumn(values: readonly string[], codes: Int32Array): (string | null)[] {
  const out = new Array<string | null>(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] < 0 ? null : values[codes[i]];
  return out;
}

function packMulti(name: string, mv: MultiValue, into: PackedPart): void {
  into.strings[name] = mv.dict.values;
  into.arrays[`${name}.start`] = mv.start;
  into.arrays[`${name}.codes`] = mv.codes;
}

function unpackMulti(name: string, p: PackedPart, size: number): MultiValue | null {
  const values = p.strings[name];
  const start = p.arrays[`${name}.start`];
  const codes = p.arrays[`${name}.codes`];
  if (!values || !start || !codes || start.length !== size + 1) return null;
  return { dict: new Dictionary(values), start, codes };
}

/** The columns of the first part, read with the catalog: ids, form, company, date. */
interface FilingColumns {
  ids: Int32Array;
  form: Int32Array;
  company: Int32Array;
  date: (string | null)[];
  dict: { form: Dictionary; company: Dictionary };
}

const sizeFor = (ids: Int32Array) => (ids.length ? ids[ids.length - 1] : 0) + 2;

function buildFilings(db: Db): FilingColumns {
  // Ids from the narrow covering index, sorted here; every column as (value, its filings).
  const ids = parseIdArray(stmt<[], string>(db, SQL.ids).pluck().get() as string)
    .slice()
    .sort();
  const size = sizeFor(ids);
  const c: FilingColumns = {
    ids,
    form: new Int32Array(size).fill(-1),
    company: new Int32Array(size).fill(-1),
    date: new Array<string | null>(size).fill(null),
    dict: { form: new Dictionary(), company: new Dictionary() },
  };
  const { form, company } = c.dict;
  fill(c.form, groups(db, SQL.form), (v) => form.code(v));
  fill(c.date, groups(db, SQL.date), (v) => v);
  fill(c.company, groups(db, SQL.company), (v) => company.code(v));
  return c;
}

function packFilings(c: FilingColumns): PackedPart {
  const date = codeColumn(c.date);
  return {
    strings: { form: c.dict.form.values, company: c.dict.company.values, date: date.values },
    arrays: { ids: c.ids, form: c.form, company: c.company, date: date.codes },
  };
}

/** The columns of a saved part, or null when there is none or it does not fit together. */
function unpackFilings(p: PackedPart | null): FilingColumns | null {
  if (!p) return null;
  const { ids, form, company, date } = p.arrays;
  const values = p.strings;
  if (!ids || !form || !company || !date || !values.form || !values.company || !values.date) return null;
  const size = sizeFor(ids);
  if (form.length !== size || company.length !== size || date.length !== size) return null;
  return {
    ids,
    form,
    company,
    date: decodeColumn(values.date, date),
    dict: { form: new Dictionary(values.form), company: new Dictionary(values.company) },
  };
}

/** The parts as saved: 'filings' (built with the catalog), then the lazy ones. */
type SavedPart = 'filings' | CatalogPart;

class LazyCatalog implements Catalog {
  readonly ids: Int32Array;
  readonly exists: Uint8Array;
  readonly form: Int32Array;
  readonly year: Int32Array;
  readonly company: Int32Array;
  readonly date: (string | null)[];
  readonly dict: { form: Dictionary; company: Dictionary };
  private parts: {
    documents?: Int32Array;
    companies?: { state: MultiValue; sic: MultiValue; names: MultiValue };
    items?: MultiValue;
    dates?: { filed: (string | null)[]; period: (string | null)[] };
    companySort?: (string | null)[];
  } = {};
  /** Parts built from the tables here (not loaded), to save (persist()). */
  private readonly unsaved = new Map<SavedPart, () => PackedPart>();

  constructor(
    private readonly db: Db,
    readonly generation: string,
  ) {
    const loaded = unpackFilings(loadPart(db, 'filings'));
    const columns = loaded ?? buildFilings(db);
    if (!loaded) this.unsaved.set('filings', () => packFilings(columns));
    this.ids = columns.ids;
    this.form = columns.form;
    this.company = columns.company;
    this.date = columns.date;
    this.dict = columns.dict;
    const size = this.size;
    this.exists = new Uint8Array(size);
    for (const id of this.ids) this.exists[id] = 1;
    this.year = new Int32Array(size);
    const years = new Map<string, number>(); // one yearOf per distinct date
    for (const id of this.ids) {
      const d = this.date[id];
      if (!d) continue;
      let y = years.get(d);
      if (y === undefined) years.set(d, (y = yearOf(d)));
      this.year[id] = y;
    }
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

  /**
   * Saves the parts built here from the tables, if the database is still in the state they
   * were built from (catalog-store.ts). True when every part built is saved.
   */
  persist(): boolean {
    if (!this.unsaved.size) return true;
    const parts = [...this.unsaved].map(([name, pack]) => [name, pack()] as [string, PackedPart]);
    if (!saveParts(this.db, this.generation, parts)) return false;
    this.unsaved.clear();
    return true;
  }

  /** The parts this catalog built from the tables and has not saved (the rest were loaded). */
  built(): SavedPart[] {
    return [...this.unsaved.keys()];
  }

  /** A saved part, or null (then it is built, and marked to be saved). */
  private saved(part: CatalogPart): PackedPart | null {
    return loadPart(this.db, part);
  }

  get docFiling(): Int32Array {
    if (this.parts.documents) return this.parts.documents;
    const loaded = this.saved('documents')?.arrays.docFiling;
    if (loaded) return (this.parts.documents = loaded);
    // documents_filing covers (filing_id, id): no document row is read.
    const [docsJson, filingsJson] = stmt<[], [string, string]>(this.db, SQL.documents).raw().get() as [string, string];
    const docs = parseIdArray(docsJson);
    const filings = parseIdArray(filingsJson);
    let max = 0;
    for (const d of docs) if (d > max) max = d;
    const out = new Int32Array(max + 1);
    for (let i = 0; i < docs.length; i++) out[docs[i]] = filings[i];
    this.unsaved.set('documents', () => ({ strings: {}, arrays: { docFiling: out } }));
    return (this.parts.documents = out);
  }

  private companies() {
    if (this.parts.companies) return this.parts.companies;
    const { size } = this;
    const p = this.saved('companies');
    if (p) {
      const [state, sic, names] = ['state', 'sic', 'names'].map((name) => unpackMulti(name, p, size));
      if (state && sic && names) return (this.parts.companies = { state, sic, names });
    }
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
    const built = { state: state.done(), sic: sic.done(), names: names.done() };
    this.unsaved.set('companies', () => {
      const out: PackedPart = { strings: {}, arrays: {} };
      for (const [name, mv] of Object.entries(built)) packMulti(name, mv, out);
      return out;
    });
    return (this.parts.companies = built);
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
    const p = this.saved('items');
    const loaded = p && unpackMulti('item', p, this.size);
    if (loaded) return (this.parts.items = loaded);
    const built = multiValue(groups(this.db, SQL.items), this.size);
    this.unsaved.set('items', () => {
      const out: PackedPart = { strings: {}, arrays: {} };
      packMulti('item', built, out);
      return out;
    });
    return (this.parts.items = built);
  }

  private dates() {
    if (this.parts.dates) return this.parts.dates;
    const { db, size } = this;
    const p = this.saved('dates');
    const { filed: fc, period: pc } = p?.arrays ?? {};
    if (p && fc && pc && p.strings.filed && p.strings.period && fc.length === size && pc.length === size) {
      return (this.parts.dates = {
        filed: decodeColumn(p.strings.filed, fc),
        period: decodeColumn(p.strings.period, pc),
      });
    }
    const filed = new Array<string | null>(size).fill(null);
    const period = new Array<string | null>(size).fill(null);
    fill(filed, groups(db, SQL.filed), (v) => v);
    fill(period, groups(db, SQL.period), (v) => v);
    this.unsaved.set('dates', () => {
      const [f, q] = [codeColumn(filed), codeColumn(period)];
      return { strings: { filed: f.values, period: q.values }, arrays: { filed: f.codes, period: q.codes } };
    });
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

/**
 * Builds every part of the current catalog that is not saved and saves them (an indexing
 * run's last step, so the next open after `cli index` loads them). False when not saved;
 * never throws (the catalog is then built at open, as before).
 */
export function saveCatalog(db: Db): boolean {
  try {
    const c = currentCatalog(db);
    for (const part of CATALOG_PARTS) c.ensure(part);
    return c.persist();
  } catch (err) {
    console.warn('search catalog not saved:', err);
    return false;
  }
}
