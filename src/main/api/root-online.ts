import { readdirSync, statSync } from 'node:fs';
import type { ArchiveRoot } from '../../shared/api/types';

/**
 * Whether an archive folder can be indexed now. Offline: it is missing or unreadable (an
 * unplugged disk, a network share that is down), or it is empty while the archive holds
 * files from it (the empty mount point an unmounted disk leaves behind). Indexing an offline
 * folder would take every one of its files for deleted; instead its filings are kept and the
 * folder is shown as offline. Removing the folder from the archive is how files really go.
 */
export function isRootOnline(root: Pick<ArchiveRoot, 'path' | 'files'>): boolean {
  try {
    if (!statSync(root.path).isDirectory()) return false;
    const dir = readdirSync(root.path);
    return dir.length > 0 || root.files === 0;
  } catch {
    return false;
  }
}
