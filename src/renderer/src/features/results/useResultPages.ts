import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FacetCounts, SearchResponse, SearchResult, SortKey, SortOrder } from '../../../../shared/api/types';
import { api } from '../../api/client';

export const PAGE_SIZE = 250;
const MAX_IN_FLIGHT = 2;

export interface ResultSet {
  /** null until the first page of the current query has answered. */
  total: number | null;
  facets: FacetCounts | null;
  /** Why a facet is empty although it may have values (SearchResponse.facetNotes). */
  facetNotes: SearchResponse['facetNotes'] | null;
  error: unknown;
  loading: boolean;
  tookMs: number | null;
  /** Bumps whenever a page arrives, so the table re-reads rows. */
  version: number;
  getRow: (index: number) => SearchResult | undefined;
  /**
   * Wants the pages covering [start, end), nearest to row `focus` first. Replaces the previous
   * wish: pages scrolled past before their turn are never requested.
   */
  ensureRange: (start: number, end: number, focus: number) => void;
  /** Resolves with the rows of [start, end), fetching what is missing. */
  loadRange: (start: number, end: number) => Promise<SearchResult[]>;
}

interface Key {
  query: string;
  sort: SortKey;
  order: SortOrder;
}

/**
 * The results of one query as pages fetched on demand and cached. A new query, sort or
 * order starts a new generation; answers of an older generation are dropped.
 */
export function useResultPages(query: string, sort: SortKey, order: SortOrder, reloadToken: number): ResultSet {
  const pages = useRef(new Map<number, SearchResult[]>());
  const inFlight = useRef(new Map<number, Promise<SearchResult[]>>());
  const generation = useRef(0);
  // Until a new query's first page answers, the old rows stay on screen (no flash of
  // skeletons) and page fetches wait for it.
  const firstPage = useRef<Promise<unknown> | null>(null);
  const key = useRef<Key>({ query, sort, order });
  const [state, setState] = useState({
    total: null as number | null,
    facets: null as FacetCounts | null,
    facetNotes: null as SearchResponse['facetNotes'] | null,
    error: undefined as unknown,
    loading: true,
    tookMs: null as number | null,
    version: 0,
  });

  const fetchPage = useCallback(function fetchPage(page: number): Promise<SearchResult[]> {
    if (firstPage.current) return firstPage.current.then(() => fetchPage(page));
    const cached = pages.current.get(page);
    if (cached) return Promise.resolve(cached);
    const pending = inFlight.current.get(page);
    if (pending) return pending;
    const gen = generation.current;
    const { query: q, sort: s, order: o } = key.current;
    const request = api['search:query']({
      query: q,
      sort: s,
      order: o,
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    }).then(
      (res) => {
        if (gen !== generation.current) return res.results;
        inFlight.current.delete(page);
        pages.current.set(page, res.results);
        setState((prev) => ({ ...prev, version: prev.version + 1 }));
        return res.results;
      },
      (error: unknown) => {
        if (gen === generation.current) inFlight.current.delete(page);
        throw error;
      },
    );
    inFlight.current.set(page, request);
    return request;
  }, []);

  // At most MAX_IN_FLIGHT page requests at a time, taken from the latest wish list.
  const queue = useRef<number[]>([]);
  const running = useRef(0);
  const pump = useCallback(() => {
    while (running.current < MAX_IN_FLIGHT && queue.current.length > 0) {
      const page = queue.current.shift()!;
      if (pages.current.has(page) || inFlight.current.has(page)) continue;
      running.current++;
      fetchPage(page)
        .catch(() => undefined) // a failed page stays a skeleton; scrolling asks for it again
        .finally(() => {
          running.current--;
          pump();
        });
    }
  }, [fetchPage]);

  // A new query: fetch page 0 with facets and the total, then swap the cache. The section
  // facet reads documents, so the first answer leaves it out (deferSectionFacet) and a second
  // request, with no rows, fills it in when it comes.
  useEffect(() => {
    const gen = ++generation.current;
    key.current = { query, sort, order };
    inFlight.current = new Map();
    queue.current = [];
    setState((prev) => ({ ...prev, loading: true, error: undefined }));
    const first = api['search:query']({
      query,
      sort,
      order,
      offset: 0,
      limit: PAGE_SIZE,
      facets: true,
      facetLimit: 50,
      facetsBesideSelection: true,
      deferSectionFacet: true,
    }).then(
      (res) => {
        if (gen !== generation.current) return;
        performance.mark('results:answer');
        if (res.pendingFacets?.includes('section')) fillSectionFacet(gen, query);
        firstPage.current = null;
        pages.current = new Map([[0, res.results]]);
        setState((prev) => ({
          total: res.total,
          facets: res.facets ?? null,
          facetNotes: res.facetNotes ?? null,
          error: undefined,
          loading: false,
          tookMs: res.tookMs ?? null,
          version: prev.version + 1,
        }));
      },
      (error: unknown) => {
        if (gen !== generation.current) return;
        firstPage.current = null;
        pages.current = new Map();
        setState((prev) => ({
          ...prev,
          total: null,
          facets: null,
          facetNotes: null,
          error,
          loading: false,
          version: prev.version + 1,
        }));
      },
    );
    firstPage.current = first;
  }, [query, sort, order, reloadToken]);

  /** The deferred section facet of `query`, merged into the facets if `gen` is still current. */
  function fillSectionFacet(gen: number, q: string): void {
    // Sorted by date: no ranking is needed for counts.
    api['search:query']({
      query: q,
      sort: 'date',
      limit: 0,
      facets: true,
      facetLimit: 50,
      facetsBesideSelection: true,
    }).then(
      (res) => {
        if (gen !== generation.current || !res.facets) return;
        const section = res.facets.section;
        const note = res.facetNotes?.section;
        setState((prev) => {
          if (!prev.facets) return prev;
          const { section: _pending, ...otherNotes } = prev.facetNotes ?? {};
          return {
            ...prev,
            facets: { ...prev.facets, section },
            facetNotes: note ? { ...otherNotes, section: note } : otherNotes,
          };
        });
      },
      () => {
        // The results stand; the facet says it could not be counted.
        if (gen !== generation.current) return;
        setState((prev) => ({
          ...prev,
          facetNotes: { ...(prev.facetNotes ?? {}), section: 'Not counted: the count failed' },
        }));
      },
    );
  }

  const getRow = useCallback(
    (index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [],
  );

  const ensureRange = useCallback(
    (start: number, end: number, focus: number) => {
      if (firstPage.current) return; // called again once the first page is in
      const pagesWanted: number[] = [];
      for (let p = Math.floor(Math.max(0, start) / PAGE_SIZE); p * PAGE_SIZE < end; p++) {
        if (!pages.current.has(p) && !inFlight.current.has(p)) pagesWanted.push(p);
      }
      const center = Math.floor(focus / PAGE_SIZE);
      queue.current = pagesWanted.sort((a, b) => Math.abs(a - center) - Math.abs(b - center));
      pump();
    },
    [pump],
  );

  const loadRange = useCallback(
    async (start: number, end: number) => {
      const wanted: Promise<SearchResult[]>[] = [];
      for (let p = Math.floor(start / PAGE_SIZE); p * PAGE_SIZE < end; p++) wanted.push(fetchPage(p));
      const rows = (await Promise.all(wanted)).flat();
      const first = Math.floor(start / PAGE_SIZE) * PAGE_SIZE;
      return rows.slice(start - first, end - first);
    },
    [fetchPage],
  );

  return useMemo(() => ({ ...state, getRow, ensureRange, loadRange }), [state, getRow, ensureRange, loadRange]);
}
