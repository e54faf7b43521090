// What the first search after opening an archive would otherwise build on the user's time: the
// catalog (core/search/catalog.ts), the documents with sections (the section facet's) and the
// statements of a browse with facets. The archive process starts this right after opening,
// while the window shows. Each step runs in its own event-loop turn (the filings, then each
// catalog part, the sectioned documents, then the browse), so a query that arrives meanwhile
// runs after the step in progress, building whatever parts it needs itself; the remaining
// steps then find them built. Parts built from the tables are then saved in the database
// (catalog-store.ts), so the next open loads them instead.
import type { Db } from '../db/open';
import { CATALOG_PARTS, currentCatalog } from './catalog';
import { search } from './search';
import { sectionedDocs } from './section-facet';

export interface Warming {
  /** Skips the steps not yet run (the archive is closing). */
  cancel(): void;
  /** Settles when every step has run or the warm-up was cancelled. */
  done: Promise<void>;
}

/** The warm-up's steps, in order. */
export function warmSteps(db: Db): (() => void)[] {
  return [
    () => void currentCatalog(db),
    ...CATALOG_PARTS.map((part) => () => currentCatalog(db).ensure(part)),
    () => void currentCatalog(db).persist(),
    () => void sectionedDocs(db, currentCatalog(db).generation),
    () => void search(db, { query: '', limit: 1, facets: true }),
  ];
}

export function warmSearch(db: Db, onError: (err: unknown) => void): Warming {
  const steps = warmSteps(db);
  let timer: NodeJS.Immediate | undefined;
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const next = (k: number) => {
    if (k === steps.length) return finish();
    timer = setImmediate(() => {
      try {
        steps[k]!();
      } catch (err) {
        onError(err);
        return finish();
      }
      next(k + 1);
    });
  };
  next(0);
  return {
    cancel() {
      clearImmediate(timer);
      finish();
    },
    done,
  };
}
