import type { HandlerDeps, HandlersOf } from './types';

export function indexingHandlers({ indexer }: HandlerDeps): HandlersOf<'index'> {
  return {
    // Never refused: a request during a run is merged into the next one (see IndexController).
    'index:start': async ({ rootIds }) => {
      indexer.request(rootIds);
      return null;
    },
    'index:cancel': async () => {
      indexer.cancel();
      return null;
    },
  };
}
