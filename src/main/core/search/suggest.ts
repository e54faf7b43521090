// Autocomplete for field values: the values present in the index that start with (or, for
// company names, contain) what was typed, most frequent first, with their filing counts.
import type { SuggestField, SuggestRequest, Suggestion } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { stmt } from './statements';

const DEFAULT_LIMIT = 10;

type Row = { value: string; label: string | null; count: number };

// `@pattern` is the LIKE pattern, `@limit` the limit. Values are escaped before they reach LIKE.
const QUERIES: Record<SuggestField, string> = {
  form: `SELECT form_type AS value, NULL AS label, count(*) AS count FROM filings
    WHERE form_type LIKE @pattern ESCAPE '\\' GROUP BY form_type ORDER BY count DESC, value LIMIT @limit`,
  company: `SELECT name AS value, NULL AS label, count(DISTINCT filing_id) AS count FROM companies
    WHERE name LIKE @pattern ESCAPE '\\' GROUP BY name ORDER BY count DESC, value LIMIT @limit`,
  state: `SELECT state AS value, NULL AS label, count(DISTINCT filing_id) AS count FROM companies
    WHERE state LIKE @pattern ESCAPE '\\' GROUP BY state ORDER BY count DESC, value LIMIT @limit`,
  sic: `SELECT sic AS value, NULL AS label, count(DISTINCT filing_id) AS count FROM companies
    WHERE sic LIKE @pattern ESCAPE '\\' GROUP BY sic ORDER BY count DESC, value LIMIT @limit`,
  cik: `SELECT cik AS value, max(name) AS label, count(DISTINCT filing_id) AS count FROM companies
    WHERE cik LIKE @pattern ESCAPE '\\' GROUP BY cik ORDER BY count DESC, value LIMIT @limit`,
  item: `SELECT code AS value, max(title) AS label, count(*) AS count FROM items
    WHERE code LIKE @pattern ESCAPE '\\' GROUP BY code ORDER BY count DESC, value LIMIT @limit`,
  exhibit: `SELECT type AS value, NULL AS label, count(DISTINCT filing_id) AS count FROM documents
    WHERE type LIKE 'EX-%' AND type LIKE @pattern ESCAPE '\\' GROUP BY type ORDER BY count DESC, value LIMIT @limit`,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function suggest(db: Db, req: SuggestRequest): Suggestion[] {
  const typed = escapeLike(req.prefix.trim());
  // Company names match anywhere ("mutual" finds WASHINGTON MUTUAL); other values by prefix.
  const pattern = req.field === 'company' ? `%${typed}%` : `${typed}%`;
  const limit = Math.max(1, Math.min(req.limit ?? DEFAULT_LIMIT, 1000));
  return stmt<[{ pattern: string; limit: number }], Row>(db, QUERIES[req.field])
    .all({ pattern, limit })
    .map((r) => ({ value: r.value, label: r.label ? `${r.value} ${r.label}` : r.value, count: r.count }));
}
