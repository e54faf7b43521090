// Pages of a sorted OpenSearch query at any depth. Within the engine's result window
// (index.max_result_window, 10,000 by default) a page is one from/size request; past it, and
// for export, the same sort is walked in a point in time (PIT: one consistent view while the
// index changes) with search_after, so the 10,001st hit and the millionth come from the same
// snapshot the first did. Every sort ends with a unique key (the filing id), as search_after
// needs.
import type { Client } from '@opensearch-project/opensearch';
import type { Dsl } from './query-dsl';

/** The engine's default index.max_result_window: from + size may not pass it. */
export const RESULT_WINDOW = 10_000;
const KEEP_ALIVE = '2m';

export interface PageHit {
  _score: number | null;
  fields: { id: number[] };
  sort?: unknown[];
  inner_hits?: { documents: { hits: { hits: { fields: Record<string, number[]> }[] } } };
}

export interface SortedQuery {
  index: string;
  /** The query, sort and what each hit carries (no from/size/search_after/pit). */
  body: Dsl;
}

type SearchBody = { hits: { total?: { value: number }; hits: PageHit[] } };

async function run(client: Client, params: Record<string, unknown>): Promise<SearchBody> {
  const res = await client.search(params as never);
  return res.body as unknown as SearchBody;
}

export async function openPit(client: Client, index: string): Promise<string> {
  const pit = await client.createPit({ index: [index], keep_alive: KEEP_ALIVE });
  return (pit.body as { pit_id: string }).pit_id;
}

/** Closes a point in time; one that is already gone (expired, a node restarted) is no error. */
export async function closePit(client: Client, pitId: string): Promise<void> {
  await client.deletePit({ body: { pit_id: [pitId] } } as never).catch(() => undefined);
}

/** Opens a point in time on the index and closes it when `use` settles. */
export async function withPit<T>(client: Client, index: string, use: (pitId: string) => Promise<T>): Promise<T> {
  const pitId = await openPit(client, index);
  try {
    return await use(pitId);
  } finally {
    await closePit(client, pitId);
  }
}

export interface WalkOptions {
  /** Hits per request (at most the result window). */
  chunk: number;
  /** Continue after this hit's sort values. */
  after?: unknown[];
  /** Stop after this many hits. */
  limit?: number;
}

/**
 * The hits of the query in sort order, a chunk at a time, from one point in time; only the
 * current chunk is held.
 */
export async function* walkHits(
  client: Client,
  q: SortedQuery,
  pitId: string,
  o: WalkOptions,
): AsyncGenerator<PageHit[]> {
  let after = o.after;
  let left = o.limit ?? Infinity;
  while (left > 0) {
    const size = Math.min(o.chunk, left);
    const body = await run(client, {
      body: {
        ...q.body,
        size,
        track_total_hits: false,
        pit: { id: pitId, keep_alive: KEEP_ALIVE },
        ...(after ? { search_after: after } : {}),
      },
    });
    const hits = body.hits.hits;
    if (hits.length) yield hits;
    left -= hits.length;
    if (hits.length < size) return;
    after = hits[hits.length - 1].sort;
  }
}

/**
 * The hits at [offset, offset + limit) of the sorted query: one from/size request inside the
 * result window; past it, a walk over a point in time that skips `offset` hits (asking only
 * for their sort values) and keeps the next `limit`.
 */
export async function pageHits(
  client: Client,
  q: SortedQuery,
  offset: number,
  limit: number,
  window = RESULT_WINDOW,
): Promise<PageHit[]> {
  if (limit === 0) return [];
  if (offset + limit <= window) {
    const body = { ...q.body, from: offset, size: limit, track_total_hits: false };
    return (await run(client, { index: q.index, body })).hits.hits;
  }
  return withPit(client, q.index, async (pitId) => {
    // Skip with bare sort values (no fields, no inner hits), a window at a time.
    const bare: SortedQuery = {
      index: q.index,
      body: { query: q.body.query, sort: q.body.sort, _source: false, track_scores: q.body.track_scores },
    };
    let after: unknown[] | undefined;
    let skipped = 0;
    for await (const hits of walkHits(client, bare, pitId, { chunk: window, limit: offset })) {
      skipped += hits.length;
      after = hits[hits.length - 1].sort;
    }
    if (skipped < offset) return [];
    const out: PageHit[] = [];
    for await (const hits of walkHits(client, q, pitId, { chunk: window, after, limit })) out.push(...hits);
    return out;
  });
}
