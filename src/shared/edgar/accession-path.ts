// The accession number a downloader's path carries, for documents whose own bytes name none.
// Downloaders name what they save after the filing: sec-edgar-downloader writes
// `<ticker>/<form>/<accession>/primary-document.html` beside `full-submission.txt`,
// edgar-crawler `<CIK>_<FORM>_<YEAR>_<accession>.htm`, EDGAR itself and many scripts
// `<accession>.txt`; with or without the dashes (`000032019324000123`).

/** An accession number alone: 10 digits (the filer agent's CIK), 2 (year), 6 (sequence). */
const ACCESSION = /^(\d{10})-?(\d{2})-?(\d{6})$/;

/** File names a downloader gives the one document it saves in a folder named for the filing. */
const FOLDER_NAMED = /^(?:primary-document|full-submission|filing-details)$/i;

/** Extensions a saved filing ends with (repeated: `.nc.gz`, `.txt.gz`). */
const EXTENSION = /\.(?:txt|html?|xml|nc|sgml?|gz)$/i;

export interface PathAccession {
  accession: string;
  /** `name`: the file name is the accession; `suffix`: it ends with `_<accession>`; `folder`: the folder is. */
  from: 'name' | 'suffix' | 'folder';
}

/** `0000320193-24-000123` for an accession with or without dashes, else null. */
export function normalizeAccession(text: string): string | null {
  const m = ACCESSION.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function stem(name: string): string {
  let s = name;
  while (EXTENSION.test(s)) s = s.replace(EXTENSION, '');
  return s;
}

/**
 * What `path` can contribute to a file's identity ('' for nothing). Two paths with the same
 * value give the same bytes the same filing, so a move or copy between them needs no parse.
 */
export function pathIdentity(path: string): string {
  const found = accessionFromPath(path);
  return !found ? '' : found.from === 'suffix' ? `${found.accession}:suffix` : found.accession;
}

/** The accession number `path` names, if any (POSIX or Windows separators). */
export function accessionFromPath(path: string): PathAccession | null {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const name = parts.at(-1);
  if (!name) return null;
  const base = stem(name);
  const whole = normalizeAccession(base);
  if (whole) return { accession: whole, from: 'name' };
  const last = base.lastIndexOf('_');
  const suffix = last > 0 ? normalizeAccession(base.slice(last + 1)) : null;
  if (suffix) return { accession: suffix, from: 'suffix' };
  const folder = parts.length > 1 && FOLDER_NAMED.test(base) ? normalizeAccession(parts.at(-2)!) : null;
  return folder ? { accession: folder, from: 'folder' } : null;
}
