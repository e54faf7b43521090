// Phase one of a run: walk the roots and compare with what the database recorded, deciding
// per path whether it is unchanged (skipped), new or changed (a task), or gone (missing).
import type { ArchiveRoot } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { walkFolder } from '../scan/walk';
import { loadFileRecords, type FileRecord, type FileStat } from '../store/file-records';
import type { Task } from './index-writer';

export interface ScanPlan {
  /** New or changed files: each goes to a parse worker (which may find its hash known). */
  tasks: Task[];
  /** Paths that could not be walked (loops, unreadable folders, special files). */
  walkErrors: { task: Task; reason: string }[];
  skipped: number;
  /** Rows of paths not found any more, by hash (rows without one under `path:<path>`). */
  missing: Map<string, FileRecord[]>;
  /** Every regular file found, by path. */
  seen: Map<string, FileStat>;
}

export interface PlanOptions {
  exclude: ReadonlySet<string>;
  signal?: AbortSignal;
  onFile?: (path: string, found: number) => void;
}

export async function planScan(db: Db, roots: readonly ArchiveRoot[], opts: PlanOptions): Promise<ScanPlan> {
  const known = loadFileRecords(
    db,
    roots.map((r) => r.id),
  );
  const plan: ScanPlan = { tasks: [], walkErrors: [], skipped: 0, missing: new Map(), seen: new Map() };
  const visited = new Set<string>();
  for (const root of roots) {
    for await (const entry of walkFolder(root.path, { exclude: opts.exclude, signal: opts.signal })) {
      // Nested or overlapping roots: a path belongs to the first root that reaches it.
      if (visited.has(entry.path)) continue;
      visited.add(entry.path);
      const prev = known.get(entry.path);
      if (entry.kind === 'error') {
        plan.walkErrors.push({
          task: { file: { rootId: root.id, path: entry.path, size: 0, mtimeMs: 0 }, prev },
          reason: entry.reason,
        });
        continue;
      }
      const file: FileStat = { rootId: root.id, path: entry.path, size: entry.size, mtimeMs: entry.mtimeMs };
      plan.seen.set(file.path, file);
      opts.onFile?.(file.path, plan.seen.size);
      if (prev && prev.size === file.size && prev.mtimeMs === file.mtimeMs) plan.skipped++;
      else plan.tasks.push({ file, prev });
    }
  }
  // A cancelled scan saw only part of the tree: nothing may be called missing then.
  if (opts.signal?.aborted) return plan;
  for (const row of known.values()) {
    if (visited.has(row.path)) continue;
    const key = row.hash ?? `path:${row.path}`;
    const list = plan.missing.get(key);
    if (list) list.push(row);
    else plan.missing.set(key, [row]);
  }
  return plan;
}
