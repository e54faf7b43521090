import type { Dialog } from 'electron';
import { existsSync, renameSync } from 'node:fs';
import type { OpenOutcome } from '../relay/client';
import { describeOpenFailure, openFailureHint, type OpenFailure } from '../relay/open-failure';
import type { ArchiveInit } from '../relay/protocol';

export type OpenFailureChoice = 'open-another' | 'rebuild' | 'quit';

const CHOICES: { label: string; choice: OpenFailureChoice }[] = [
  { label: 'Open Another Archive…', choice: 'open-another' },
  { label: 'Rebuild Index from Its Folders', choice: 'rebuild' },
  { label: 'Quit', choice: 'quit' },
];

/** The dialog for an archive that did not open: names the reason, offers the three ways on. */
export async function askAboutOpenFailure(
  dialog: Pick<Dialog, 'showMessageBox'>,
  failure: OpenFailure,
): Promise<OpenFailureChoice> {
  const folders = failure.roots?.length ? `\n\nIts folders: ${failure.roots.join(', ')}` : '';
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'EDGAR Archive',
    message: describeOpenFailure(failure),
    detail: `${openFailureHint(failure)}\n\n${failure.dbPath}\n${failure.message}${folders}`,
    buttons: CHOICES.map((c) => c.label),
    defaultId: failure.reason === 'corrupt' || failure.reason === 'newer' ? 1 : 0,
    cancelId: 2,
    noLink: true,
  });
  return CHOICES[response]?.choice ?? 'quit';
}

/** Renames the database (and its -wal/-shm files) aside; returns the new name of the database. */
export function setAside(dbPath: string, now = new Date(), rename = renameSync, exists = existsSync): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const aside = `${dbPath}.set-aside-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (exists(dbPath + suffix)) rename(dbPath + suffix, aside + suffix);
  }
  return aside;
}

export interface OpenRecoveryDeps {
  /** Starts the archive process on `init`; resolves once it is open or failed. */
  start(init: ArchiveInit): Promise<OpenOutcome>;
  ask(failure: OpenFailure): Promise<OpenFailureChoice>;
  /** The file picker for another archive.db; null when dismissed. */
  chooseArchive(): Promise<string | null>;
  setAside(dbPath: string): string;
  log?: Pick<Console, 'warn'>;
}

/**
 * Opens the archive, and while it does not open asks what to do: open another archive (the
 * choice is returned so the app can remember it), rebuild from the old archive's folders
 * (its file renamed aside, never deleted), or quit (null).
 */
export async function openWithRecovery(init: ArchiveInit, deps: OpenRecoveryDeps): Promise<ArchiveInit | null> {
  let current = init;
  for (;;) {
    const outcome = await deps.start(current);
    if (outcome.ok) return current;
    const choice = await deps.ask(outcome.failure);
    if (choice === 'quit') return null;
    if (choice === 'open-another') {
      const picked = await deps.chooseArchive();
      if (picked) current = { ...current, dbPath: picked, addRoots: undefined };
      continue;
    }
    const aside = deps.setAside(current.dbPath);
    deps.log?.warn(`[archive] ${current.dbPath} set aside as ${aside}; rebuilding from its folders`);
    current = { ...current, addRoots: outcome.failure.roots ?? [] };
  }
}
