import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { selectNativeBinding } from './native';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Folder holding native/ (the app root); only consulted under Electron. */
  appRoot?: string;
}

/** Opens (creating and migrating when needed) the archive database at `path`. */
export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
  const nativeBinding = selectNativeBinding(process.versions, opts.appRoot ?? process.cwd());
  const db = new Database(path, { readonly: opts.readonly ?? false, nativeBinding });
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  if (!opts.readonly) migrate(db, migrations);
  return db;
}
