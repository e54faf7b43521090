import type { HandlerDeps, HandlersOf } from './types';

export function searchHandlers({ backend }: HandlerDeps): HandlersOf<'search'> & HandlersOf<'browse'> {
  return {
    'search:query': async (request) => backend().search(request),
    'search:timeline': async (request) => backend().timeline(request),
    'search:suggest': async (request) => backend().suggest(request),
    'browse:companies': async (request) => backend().browse(request),
  };
}
