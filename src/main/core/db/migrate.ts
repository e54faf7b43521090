import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of EDGAR Archive (schema ${found}; this version reads up to ${supported}). Update the app or choose another database.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Applies every migration above the database's user_version, each in its own transaction. */
export function migrate(db: Database, migrations: readonly Migration[]): number {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      // PRAGMA cannot be bound; version is a trusted integer from our own list.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    })();
  }
  return latest;
}
