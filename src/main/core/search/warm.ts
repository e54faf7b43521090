// What the first search after opening an archive would otherwise build on the user's time: the
// catalog (core/search/catalog.ts: about 2 s of CPU at 100,000 filings) and the statements of
// a browse with facets. The archive process runs this right after opening, while the window
// shows; a query that arrives sooner waits for it, as it would have built the same itself.
import type { Db } from '../db/open';
import { search } from './search';

export function warmSearch(db: Db): void {
  search(db, { query: '', limit: 1, facets: true });
}
