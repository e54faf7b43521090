import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { appendStep, firstPart, firstStep, type LoadedPart, nextStep } from './document-steps';

export interface DocumentPartState {
  doc: LoadedPart | undefined;
  error: unknown;
  /** Loads the next step of the part (`rest`: all of the part); resolves with the part after it. */
  more(rest?: boolean): Promise<LoadedPart | undefined>;
  /** Loads steps until the part holds more than `count` hits (or cannot get more). */
  moreHits(count: number): Promise<LoadedPart | undefined>;
  /** True while more of the part can be loaded. */
  hasMore: boolean;
}

/**
 * The part of a document starting at `textOffset`, loaded a step at a time (document-steps.ts).
 * Only the latest request's answer counts: a late answer for another document, query or part
 * is dropped, and steps are asked for one at a time.
 */
export function useDocumentPart(docId: number, query: string, textOffset: number): DocumentPartState {
  const [state, setState] = useState<{ doc: LoadedPart | undefined; error: unknown }>({
    doc: undefined,
    error: undefined,
  });
  const generation = useRef(0);
  const doc = useRef<LoadedPart | undefined>(undefined);
  const pending = useRef<Promise<LoadedPart | undefined> | null>(null);

  useEffect(() => {
    const mine = ++generation.current;
    pending.current = null;
    doc.current = undefined;
    api['filing:document'](firstStep(docId, query, textOffset)).then(
      (answer) => {
        if (mine !== generation.current) return;
        doc.current = firstPart(answer);
        setState({ doc: doc.current, error: undefined });
      },
      (error: unknown) => mine === generation.current && setState({ doc: undefined, error }),
    );
  }, [docId, query, textOffset]);

  const more = useCallback(
    (rest = false): Promise<LoadedPart | undefined> => {
      if (pending.current) return pending.current;
      const part = doc.current;
      const request = part && nextStep(part, query, rest);
      if (!part || !request) return Promise.resolve(part);
      const mine = generation.current;
      const step = api['filing:document'](request).then(
        (answer) => {
          pending.current = null;
          if (mine !== generation.current || doc.current !== part) return doc.current;
          doc.current = appendStep(part, answer, request);
          setState({ doc: doc.current, error: undefined });
          return doc.current;
        },
        () => {
          // The part so far stays shown; scrolling asks again.
          pending.current = null;
          return doc.current;
        },
      );
      pending.current = step;
      return step;
    },
    [query],
  );

  /** Loads steps until the part holds more than `count` hits or no step can add one. */
  const moreHits = useCallback(
    async (count: number): Promise<LoadedPart | undefined> => {
      let part = doc.current;
      for (;;) {
        if (!part || part.hits.length > count || !part.hitsComplete || !nextStep(part, query)) return part;
        const after = await more();
        if (after === part) return part; // the step failed or was dropped: stop here
        part = after;
      }
    },
    [more, query],
  );

  const current = state.doc;
  const hasMore = Boolean(current && nextStep(current, query));
  return { doc: current, error: state.error, more, moreHits, hasMore };
}
