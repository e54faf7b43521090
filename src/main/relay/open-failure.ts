// Why an archive could not be opened, in terms a person can act on. Classified in the archive
// process (which sees the real error) and shown by the main process (open-failure dialog).

export type OpenFailureReason = 'newer' | 'corrupt' | 'locked' | 'native' | 'unreadable' | 'crashed' | 'other';

export interface OpenFailure {
  reason: OpenFailureReason;
  /** The database the archive process tried to open. */
  dbPath: string;
  /** The underlying error's message (for the dialog's details and the log). */
  message: string;
  /** The archive's folders, when they could still be read (to rebuild the index from them). */
  roots?: string[];
}

/**
 * Sorts an error thrown while opening the database. SQLite's codes come from better-sqlite3's
 * SqliteError (`code`); the native-module cases are Node's own loader messages and ours
 * (core/db/native.ts).
 */
export function classifyOpenError(err: unknown, dbPath: string): OpenFailure {
  const e = err as { name?: unknown; code?: unknown; message?: unknown } | null;
  const name = typeof e?.name === 'string' ? e.name : '';
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : String(err);
  const failure = (reason: OpenFailureReason): OpenFailure => ({ reason, dbPath, message });
  if (name === 'NewerDatabaseError') return failure('newer');
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code) || /file is not a database|malformed/i.test(message))
    return failure('corrupt');
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || /database is locked/i.test(message)) return failure('locked');
  if (
    code === 'ERR_DLOPEN_FAILED' ||
    /NODE_MODULE_VERSION|could not locate the bindings file|better_sqlite3\.node|SQLite module for Electron/i.test(
      message,
    )
  )
    return failure('native');
  if (/^SQLITE_(CANTOPEN|READONLY|PERM|IOERR)/.test(code) || code === 'EACCES' || code === 'EPERM')
    return failure('unreadable');
  return failure('other');
}

/** The dialog's headline for each reason. */
export function describeOpenFailure(f: OpenFailure): string {
  switch (f.reason) {
    case 'newer':
      return 'This archive was written by a newer version of EDGAR Archive.';
    case 'corrupt':
      return 'This archive file is damaged and cannot be read.';
    case 'locked':
      return 'This archive is locked by another program (another EDGAR Archive or the command line).';
    case 'native':
      return 'The SQLite module built for this version of Electron is missing or does not match.';
    case 'unreadable':
      return 'This archive file cannot be opened (permissions or a missing disk).';
    case 'crashed':
      return 'The archive process keeps stopping while it opens this archive.';
    default:
      return 'This archive could not be opened.';
  }
}

/** What the person can do about it, under the headline. */
export function openFailureHint(f: OpenFailure): string {
  switch (f.reason) {
    case 'newer':
      return 'Update EDGAR Archive, open another archive, or rebuild this one from its folders (the newer file is kept aside).';
    case 'corrupt':
      return 'Rebuild the index from its folders (the damaged file is kept aside) or open another archive.';
    case 'locked':
      return 'Close the other program and start again, or open another archive.';
    case 'native':
      return 'Run "npm run prepare:native" in the app folder (with internet access), or reinstall the app.';
    default:
      return 'Open another archive, or rebuild the index from its folders (the old file is kept aside).';
  }
}
