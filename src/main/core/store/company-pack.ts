// A filing's companies packed for the trip from a parse worker to the writer. A structured
// clone copies every company object twice (serialised in the worker, rebuilt in the writer's
// heap, held there until the commit): a dissemination .nc listing a million companies cost
// hundreds of MB of objects on each side. Packed, they cross as UTF-8 bytes by transfer (no
// copy), one JSON array per line in chunks of at most CHUNK_ROWS, and the writer rebuilds one
// chunk's rows at a time while it inserts them.
import type { PreparedCompany } from './prepared-filing';

/** The columns in line order: every key of PreparedCompany, once (checked by the type below). */
const COLUMNS = [
  'role',
  'name',
  'cik',
  'sic',
  'irsNumber',
  'state',
  'fiscalYearEnd',
  'fileNumber',
  'businessAddress',
  'mailAddress',
  'phone',
  'formerNames',
] as const satisfies readonly (keyof PreparedCompany)[];
type Missing = Exclude<keyof PreparedCompany, (typeof COLUMNS)[number]>;
const everyColumn: [Missing] extends [never] ? true : Missing = true;
void everyColumn;

const CHUNK_ROWS = 16_384;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 chunks of `companies`, each in an ArrayBuffer of its own (safe to transfer). */
export function packCompanies(companies: readonly PreparedCompany[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < companies.length; start += CHUNK_ROWS) {
    const lines = companies.slice(start, start + CHUNK_ROWS).map((c) => JSON.stringify(COLUMNS.map((k) => c[k])));
    chunks.push(encoder.encode(lines.join('\n')));
  }
  return chunks;
}

/** The companies of `chunks`, in order, a chunk's rows at a time. */
export function* unpackCompanies(chunks: readonly Uint8Array[]): Generator<PreparedCompany> {
  for (const chunk of chunks) {
    for (const line of decoder.decode(chunk).split('\n')) {
      const values = JSON.parse(line) as PreparedCompany[(typeof COLUMNS)[number]][];
      yield Object.fromEntries(COLUMNS.map((k, i) => [k, values[i]])) as unknown as PreparedCompany;
    }
  }
}
