// Failover on a three-node cluster (one replica): a node killed in the middle of a run does not
// change what searches answer, writes go on while it is away, and it catches up when it returns.
import { Client } from '@opensearch-project/opensearch';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/main/core/db/open';
import { indexFolders } from '../../src/main/core/indexer/index-folders';
import { indexDefinition } from '../../src/main/core/opensearch/mapping';
import { translateQuery } from '../../src/main/core/opensearch/query-dsl';
import { filingIds, filingRecord } from '../../src/main/core/opensearch/records';
import { planQuery } from '../../src/main/core/search/compile';
import { matchPlan } from '../../src/main/core/search/match';
import { parseQuery } from '../../src/shared/query';
import { REPO_DIR, startNode, type TestNode } from '../../scripts/opensearch-node';
import { queryCorpus } from './query-corpus';

const INDEX = 'failover-filings';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

describe('three nodes, one replica: a node lost and back', () => {
  let dir: string;
  let db: Db;
  const nodes: (TestNode | null)[] = [];
  const names = ['fo-1', 'fo-2', 'fo-3'];
  let transports: number[] = [];
  let homes: string[] = [];
  let client: Client;

  const start = (i: number) =>
    startNode({
      name: names[i],
      clusterName: 'edgar-failover',
      transportPort: transports[i],
      seedHosts: transports.map((p) => `127.0.0.1:${p}`),
      managers: names,
      home: homes[i],
      heapMb: 320,
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'edgar-failover-'));
    const dbPath = join(dir, 'archive.db');
    await indexFolders({ dbPath, roots: [join(REPO_DIR, 'samples')], parseWorkers: 1 });
    db = openDatabase(dbPath);
    transports = [await freePort(), await freePort(), await freePort()];
    homes = names.map((n) => join(dir, n));
    nodes.push(...(await Promise.all([0, 1, 2].map(start))));
    client = new Client({ nodes: nodes.map((n) => n!.url), maxRetries: 5, requestTimeout: 30_000 });
    await client.cluster.health({ wait_for_nodes: '3', wait_for_status: 'green', timeout: '120s' });
    await client.indices.create({ index: INDEX, body: indexDefinition({ shards: 3, replicas: 1 }) });
    await client.cluster.health({ index: INDEX, wait_for_status: 'green', timeout: '120s' });
  });

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n?.stop({ keepHome: true })));
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function send(ids: number[]): Promise<void> {
    const body = ids.flatMap((id) => [{ index: { _index: INDEX, _id: String(id) } }, filingRecord(db, id)!]);
    const res = await client.bulk({ body, refresh: 'true' });
    expect((res.body as { errors: boolean }).errors).toBe(false);
  }

  async function total(q: string): Promise<number> {
    const res = await client.count({ index: INDEX, body: { query: translateQuery(parseQuery(q).ast).query } });
    const body = res.body as { count: number; _shards: { total: number; failed: number } };
    // A count that some shard did not answer is partial: say so rather than compare a wrong total.
    expect(body._shards.failed, `${q}: ${body._shards.failed} of ${body._shards.total} shards failed`).toBe(0);
    return body.count;
  }

  it('answers the same totals with a node killed, takes writes meanwhile, and recovers', async () => {
    const QUERIES = queryCorpus(db, 40, 7, 0);
    const ids = filingIds(db);
    expect(ids.length).toBeGreaterThan(4);
    const half = Math.ceil(ids.length / 2);
    await send(ids.slice(0, half));
    const before = await Promise.all(QUERIES.map(total));
    expect(before.filter((n) => n > 0).length).toBeGreaterThan(10);

    // kill -9 one node in the middle of the run.
    nodes[2]!.process.kill('SIGKILL');
    await new Promise((ok) => nodes[2]!.process.once('exit', ok));
    nodes[2] = null;
    const during = await Promise.all(QUERIES.map(total));
    expect(during).toEqual(before);

    // Writes go on while the node is away: once the cluster has seen it leave (yellow, not red:
    // every primary has a copy on the two nodes left), bulk requests are accepted.
    await client.cluster.health({ index: INDEX, wait_for_nodes: '2', wait_for_status: 'yellow', timeout: '120s' });
    await send(ids.slice(half));
    const all = await Promise.all(QUERIES.map(total));
    const expected = QUERIES.map((q) => matchPlan(db, planQuery(q), false).ids.length);
    expect(all).toEqual(expected);

    // The node comes back with its data and catches up.
    nodes[2] = await start(2);
    await client.cluster.health({ index: INDEX, wait_for_nodes: '3', wait_for_status: 'green', timeout: '180s' });
    const after = await Promise.all(QUERIES.map(total));
    expect(after).toEqual(expected);
    console.log(
      `failover: ${ids.length} filings, ${QUERIES.length} queries; totals with a node killed equal before: ${during.join(',') === before.join(',')}; ` +
        `after writes while away and its return equal SQLite: ${after.join(',') === expected.join(',')}`,
    );
  });
});
