import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { ArchiveRoot } from '../../../shared/api/types';
import { addRoot, listRoots, removeRoot } from '../../core/store/roots';
import { listErrors } from '../../core/store/status';
import { busy, invalid, notFound } from '../errors';
import { realPath } from '../file-access';
import { isRootOnline } from '../root-online';
import type { HandlerDeps, HandlersOf } from './types';

export function archiveHandlers(deps: HandlerDeps): HandlersOf<'archive'> {
  const { db, dbPath, platform, indexer, emit, backend } = deps;

  function findRoot(id: number): ArchiveRoot {
    const root = listRoots(db).find((r) => r.id === id);
    if (!root) throw notFound('That archive folder');
    return root;
  }

  /**
   * Adds a folder (once) and indexes it: adding a folder means wanting to search it. The
   * folder is canonicalised first ('..' and links resolved); one named by the page (not
   * picked in the main process's own dialog) is added only when the user confirms it.
   */
  async function addAndIndex(path: string, from: 'dialog' | 'page'): Promise<ArchiveRoot> {
    if (!isAbsolute(path)) throw invalid('The folder path must be absolute.');
    const folder = realPath(path);
    if (folder === null || !statSync(folder).isDirectory()) throw invalid(`${path} is not a folder.`);
    if (from === 'page' && !(await platform.confirmFolder(folder))) {
      throw invalid(`${folder} was not added: the user did not confirm it.`);
    }
    const root = listRoots(db).find((r) => r.path === folder) ?? addRoot(db, folder);
    await indexer.watchRoots();
    indexer.request([root.id]);
    emit('archive:changed', { at: Date.now() });
    return root;
  }

  return {
    'archive:status': async () => {
      const stats = await backend().stats();
      const roots = listRoots(db).map((r) => ({ ...r, offline: !isRootOnline(r) }));
      const indexed = roots.map((r) => r.lastIndexedAt).filter((t): t is number => t !== null);
      return {
        dbPath,
        roots,
        filings: stats.filings,
        documents: stats.documents,
        companies: stats.companies,
        errorCount: stats.errors - stats.notFilings,
        notFilingCount: stats.notFilings,
        lastIndexedAt: indexed.length ? Math.max(...indexed) : null,
        indexing: indexer.progress,
        upToDate: indexer.upToDate,
        backend: deps.backends.status(),
      };
    },
    'archive:chooseFolder': async () => {
      const folder = await platform.chooseFolder();
      return folder === null ? null : addAndIndex(folder, 'dialog');
    },
    'archive:addRoot': async ({ path }) => addAndIndex(path, 'page'),
    'archive:openSample': async () => addAndIndex(platform.samplesDir, 'dialog'),
    'archive:removeRoot': async ({ id }) => {
      findRoot(id);
      if (indexer.isIndexing(id)) throw busy('That folder is being indexed; cancel or wait, then remove it.');
      removeRoot(db, id);
      await indexer.watchRoots();
      emit('archive:changed', { at: Date.now() });
      return null;
    },
    'archive:revealRoot': async ({ id }) => {
      await platform.revealPath(findRoot(id).path);
      return null;
    },
    'archive:errors': async ({ limit, offset, kind }) =>
      listErrors(db, { limit: limit ?? 100, offset: offset ?? 0, kind }),
  };
}
