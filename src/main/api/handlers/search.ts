import { browseCompanies, search, suggest, timeline } from '../../core/search/index';
import type { HandlerDeps, HandlersOf } from './types';

export function searchHandlers({ db }: HandlerDeps): HandlersOf<'search'> & HandlersOf<'browse'> {
  return {
    'search:query': async (request) => search(db, request),
    'search:timeline': async (request) => timeline(db, request),
    'search:suggest': async (request) => suggest(db, request),
    'browse:companies': async (request) => browseCompanies(db, request),
  };
}
