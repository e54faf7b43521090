// Evaluates the filing-level part of a query (filters, exclusions, mixed AND/OR/NOT trees) to
// a bitmap over filing ids: catalog filters are array walks, the few SQL filters and any
// nested text come back as JSON id arrays, and the tree is combined with bitwise logic.
import { normalizeFormCode } from '../../../shared/edgar/form-codes';
import type { FilterNode, QueryNode } from '../../../shared/query';
import type { Db } from '../db/open';
import type { Catalog, MultiValue } from './catalog';
import { filterSql } from './filter-sql';
import { ftsExpression, isPureText } from './fts-expr';
import { matchedDocs } from './saved-matches';
import { stmt } from './statements';

export type Bitmap = Uint8Array;

function fromIds(cat: Catalog, ids: Iterable<number>): Bitmap {
  const out = new Uint8Array(cat.exists.length);
  for (const id of ids) if (id < out.length && cat.exists[id]) out[id] = 1;
  return out;
}

function where(cat: Catalog, test: (id: number) => boolean): Bitmap {
  const out = new Uint8Array(cat.exists.length);
  for (const id of cat.ids) if (test(id)) out[id] = 1;
  return out;
}

function hasCode(m: MultiValue, id: number, code: number): boolean {
  for (let k = m.start[id]; k < m.start[id + 1]; k++) if (m.codes[k] === code) return true;
  return false;
}

function multi(cat: Catalog, m: MultiValue, value: string): Bitmap {
  const code = m.dict.values.indexOf(value);
  return code < 0 ? new Uint8Array(cat.exists.length) : where(cat, (id) => hasCode(m, id, code));
}

function inRange(value: string | null, from: string | null, to: string | null): boolean {
  return value !== null && (from === null || value >= from) && (to === null || value <= to);
}

function sqlIds(db: Db, sql: string, params: unknown[]): number[] {
  return JSON.parse(
    stmt<unknown[], string>(db, sql)
      .pluck()
      .get(...params) as string,
  ) as number[];
}

function filter(db: Db, cat: Catalog, n: FilterNode): Bitmap {
  const v = n.value;
  if (v.kind === 'form') {
    // Form types compare as EDGAR codes: form:10-KSB finds 10KSB filings and the reverse.
    const wanted = normalizeFormCode(v.form);
    const forms = cat.dict.form.values;
    const ok = new Uint8Array(forms.length);
    forms.forEach((f, code) => {
      const form = normalizeFormCode(f);
      ok[code] = Number(v.family ? form.startsWith(wanted) : form === wanted);
    });
    return where(cat, (id) => cat.form[id] >= 0 && ok[cat.form[id]] === 1);
  }
  if (v.kind === 'range') {
    const col = n.field === 'period' ? cat.period : n.field === 'date' ? cat.date : cat.filed;
    return where(cat, (id) => inRange(col[id], v.from, v.to));
  }
  if (n.field === 'company' && v.kind === 'text') {
    // Each distinct folded name is tested once; a filing matches when one of its names does.
    const { names } = cat;
    const ok = Uint8Array.from(names.dict.values, (name) => Number(name.includes(v.text)));
    return where(cat, (id) => {
      for (let k = names.start[id]; k < names.start[id + 1]; k++) if (ok[names.codes[k]]) return true;
      return false;
    });
  }
  if (v.kind === 'code' && n.field === 'state') return multi(cat, cat.state, v.code);
  if (v.kind === 'code' && n.field === 'sic') return multi(cat, cat.sic, v.code);
  if (v.kind === 'code' && n.field === 'item') return multi(cat, cat.item, v.code);
  const { sql, params } = filterSql(n);
  return fromIds(cat, sqlIds(db, sql, params));
}

/** Filings with a document matching an FTS5 expression. */
export function textFilings(db: Db, cat: Catalog, match: string): Bitmap {
  // The same documents as the expression's match set, kept the same way when costly (`-trust`).
  const { docs } = matchedDocs(db, match);
  const out = new Uint8Array(cat.exists.length);
  for (const d of docs) {
    const fid = d < cat.docFiling.length ? cat.docFiling[d] : 0;
    if (fid > 0 && fid < out.length) out[fid] = 1;
  }
  return out;
}

export function evaluate(db: Db, cat: Catalog, n: QueryNode): Bitmap {
  if (isPureText(n)) return textFilings(db, cat, ftsExpression(n));
  switch (n.type) {
    case 'filter':
      return filter(db, cat, n);
    case 'not': {
      const inner = evaluate(db, cat, n.child);
      return where(cat, (id) => inner[id] === 0);
    }
    case 'and':
    case 'or': {
      const parts = n.children.map((c) => evaluate(db, cat, c));
      const and = n.type === 'and';
      return where(cat, (id) => (and ? parts.every((p) => p[id] === 1) : parts.some((p) => p[id] === 1)));
    }
    default:
      throw new Error(`unexpected node ${n.type}`);
  }
}
