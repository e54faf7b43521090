import { FILING_COMPANIES_PAGE } from '../../../shared/api/types';
import { found, invalid } from '../errors';
import { fileAccess } from '../file-access';
import { safeExternalUrl } from '../external-url';
import type { HandlerDeps, HandlersOf } from './types';

export function filingHandlers({ db, platform, backend }: HandlerDeps): HandlersOf<'filing'> & HandlersOf<'shell'> {
  return {
    'filing:get': async ({ id }) => found(await backend().filing(id), 'That filing'),
    'filing:document': async (request) => found(await backend().document(request), 'That document'),
    'filing:related': async ({ id }) => backend().related(id),
    'filing:companies': async ({ id, offset, limit }) =>
      found(
        await backend().filingCompanies(id, { offset: offset ?? 0, limit: limit ?? FILING_COMPANIES_PAGE }),
        'That filing',
      ),
    // Only files of the archive, and only filing documents are opened (file-access.ts):
    // otherwise a compromised page could ask the shell to open (run) anything on disk.
    'filing:openFile': async ({ path }) => {
      const { real, action } = fileAccess(db, path);
      await (action === 'open' ? platform.openPath(real) : platform.revealPath(real));
      return null;
    },
    'filing:revealFile': async ({ path }) => {
      await platform.revealPath(fileAccess(db, path).real);
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
