// The optional `<out>.json` beside an export: what was asked (query, sort, selection,
// columns), when, how many rows, the CSV's own SHA-256, and the SHA-256 of every source
// file behind the rows, so the export can be checked and reproduced later. Streamed page by
// page like the CSV (a 100,000-row export lists 100,000+ files) and renamed into place only
// once complete.
import { createHash, type Hash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExportRequest, SearchResult } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { tempPathFor } from './atomic-file';

/** Bumped when the sidecar's shape changes. */
export const SIDECAR_FORMAT = 'edgar-archive-export/1';

interface FileRow {
  filing_id: number;
  path: string;
  hash: string | null;
}

export function sidecarPathFor(csvPath: string): string {
  return `${csvPath}.json`;
}

export class SidecarWriter {
  private readonly csvHash: Hash = createHash('sha256');
  private csvBytes = 0;
  private files = 0;

  private constructor(
    private readonly handle: FileHandle,
    private readonly tmp: string,
    private readonly path: string,
    private readonly csvPath: string,
    private readonly filesOf: (ids: string) => FileRow[],
  ) {}

  /** Opens the sidecar's temporary file and writes the request part. */
  static async open(db: Db, csvPath: string, req: ExportRequest): Promise<SidecarWriter> {
    const stmt = db.prepare<[string], FileRow>(
      `SELECT filing_id, path, hash FROM files
       WHERE filing_id IN (SELECT value FROM json_each(?)) AND status = 'indexed' ORDER BY filing_id, path`,
    );
    const path = sidecarPathFor(csvPath);
    const tmp = tempPathFor(path);
    const writer = new SidecarWriter(await open(tmp, 'wx'), tmp, path, csvPath, (ids) => stmt.all(ids));
    const head = {
      format: SIDECAR_FORMAT,
      query: req.query,
      sort: req.sort ?? null,
      order: req.order ?? null,
      ids: req.ids ?? null,
      columns: req.columns,
      bom: req.bom,
    };
    await writer.write(`${JSON.stringify(head).slice(0, -1)},\n"files":[`);
    return writer;
  }

  /** Takes one chunk of CSV text and the page of results it holds (none for the header). */
  async add(csvChunk: string, page: readonly SearchResult[]): Promise<void> {
    const bytes = Buffer.from(csvChunk, 'utf8');
    this.csvHash.update(bytes);
    this.csvBytes += bytes.length;
    if (!page.length) return;
    const byFiling = new Map<number, FileRow[]>();
    for (const row of this.filesOf(JSON.stringify(page.map((r) => r.id)))) {
      const list = byFiling.get(row.filing_id);
      if (list) list.push(row);
      else byFiling.set(row.filing_id, [row]);
    }
    const lines: string[] = [];
    for (const r of page)
      for (const f of byFiling.get(r.id) ?? [])
        lines.push(
          `${this.files++ ? ',' : ''}\n${JSON.stringify({ accessionNumber: r.accessionNumber, path: f.path, sha256: f.hash })}`,
        );
    if (lines.length) await this.write(lines.join(''));
  }

  /** Writes the totals, flushes and renames the sidecar into place; returns its path. */
  async commit(rows: number): Promise<string> {
    const tail = {
      rows,
      exportedAt: new Date().toISOString(),
      csv: { name: basename(this.csvPath), bytes: this.csvBytes, sha256: this.csvHash.digest('hex') },
    };
    await this.write(`\n],${JSON.stringify(tail).slice(1)}\n`);
    await this.handle.sync();
    await this.handle.close();
    await rename(this.tmp, this.path);
    return this.path;
  }

  /** Drops the unfinished sidecar (after a cancel or a failure). */
  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.tmp, { force: true });
  }

  private async write(text: string): Promise<void> {
    await this.handle.write(text);
  }
}
