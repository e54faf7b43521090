// What the page may do with a path it sends. Paths cross IPC only for files of the archive
// ("Open original", "Reveal in folder") and for a new archive folder; each is canonicalised
// (its real path, links and '..' resolved) and checked before the shell sees it.
import { realpathSync } from 'node:fs';
import { extname, sep } from 'node:path';
import type { Db } from '../core/db/open';
import { listRoots } from '../core/store/roots';
import { notFound } from './errors';

/** Extensions of the documents EDGAR distributes; only these are opened with the system's app. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.htm',
  '.html',
  '.xml',
  '.pdf',
  '.nc',
  '.gz',
]);

/** The path with every link and '..' resolved, or null when it does not exist. */
export function realPath(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

/** Whether `path` (a real path) is `folder` or lies below it. */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

const hasDocumentExtension = (path: string) => DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());

export type FileAction = 'open' | 'reveal';

/**
 * What "Open original" may do with `path`: open it with the system's application only when
 * the indexer accepted its content as a filing document ('indexed') and it is named (and
 * really is, through any link) a document by its extension; any other file of the archive is
 * revealed in its folder instead, where nothing runs. A path the archive did not index, or
 * whose real path is outside every archive folder, is refused.
 */
export function fileAccess(db: Db, path: string): { real: string; action: FileAction } {
  const row = db.prepare('SELECT status, filing_id AS filingId FROM files WHERE path = ?').get(path) as
    { status: string; filingId: number | null } | undefined;
  const real = row ? realPath(path) : null;
  if (!row || real === null) throw notFound('That file');
  const roots = listRoots(db)
    .map((root) => realPath(root.path))
    .filter((root): root is string => root !== null);
  if (!roots.some((root) => isInside(real, root))) throw notFound('That file');
  const isDocument = row.status === 'indexed' && row.filingId !== null;
  return { real, action: isDocument && hasDocumentExtension(path) && hasDocumentExtension(real) ? 'open' : 'reveal' };
}
