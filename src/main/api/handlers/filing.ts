import type { Db } from '../../core/db/open';
import { getDocument, getFiling, related } from '../../core/search/index';
import { found, invalid, notFound } from '../errors';
import { safeExternalUrl } from '../external-url';
import type { HandlerDeps, HandlersOf } from './types';

/**
 * The page may only open or reveal files the archive indexed: otherwise a compromised page
 * could ask the shell to open (run) anything on disk.
 */
function requireIndexedFile(db: Db, path: string): string {
  const row = db.prepare('SELECT 1 FROM files WHERE path = ?').get(path);
  if (!row) throw notFound('That file');
  return path;
}

export function filingHandlers({ db, platform }: HandlerDeps): HandlersOf<'filing'> & HandlersOf<'shell'> {
  return {
    'filing:get': async ({ id }) => found(getFiling(db, id), 'That filing'),
    'filing:document': async (request) => found(getDocument(db, request), 'That document'),
    'filing:related': async ({ id }) => related(db, id),
    'filing:openFile': async ({ path }) => {
      await platform.openPath(requireIndexedFile(db, path));
      return null;
    },
    'filing:revealFile': async ({ path }) => {
      await platform.revealPath(requireIndexedFile(db, path));
      return null;
    },
    'shell:openExternal': async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe) throw invalid('Only http and https links can be opened.');
      await platform.openExternal(safe);
      return null;
    },
  };
}
