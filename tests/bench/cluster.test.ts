import { describe, expect, it } from 'vitest';
import { clusterResults, type Measured } from '../../bench/cluster-results';
import { EDGAR_ASSUMPTIONS, sizeCluster, sizeEdgar } from '../../bench/cluster-sizing';

const TB = 1e12;
const GB = 1e9;

describe('sizeCluster', () => {
  const input = {
    ...EDGAR_ASSUMPTIONS,
    inputBytes: 10 * TB,
    textPerInputByte: 0.5,
    indexPerTextByte: 0.8,
    shardTargetBytes: 40 * GB,
    diskPerNodeBytes: 2 * TB,
    diskFill: 0.8,
  };

  it('derives text, index, shards and nodes step by step', () => {
    const s = sizeCluster(input);
    expect(s.textBytes).toBeCloseTo(5 * TB);
    expect(s.primaryBytes).toBeCloseTo(4 * TB);
    expect(s.storedBytes).toBeCloseTo(8 * TB);
    expect(s.primaryShards).toBe(100);
    expect(s.shards).toBe(200);
    expect(s.nodesForDisk).toBe(5); // 8 TB / 1.6 TB
    expect(s.nodesForShards).toBe(1); // 200 / (31 × 20)
    expect(s.nodes).toBe(5);
    expect(s.steps).toHaveLength(7);
    expect(s.steps[1]).toBe('primary index = 5 TB text × 0.8 index/text = 4 TB');
    expect(s.steps[6]).toBe('nodes = max(3, 5, 1) = 5 (4,000,000 filings per node)');
  });

  it('rounds shards and nodes up, and never sizes below three nodes', () => {
    const small = sizeCluster({ ...input, inputBytes: 0.1 * TB });
    expect(small.primaryShards).toBe(1); // 40 GB of index: one 40 GB shard
    expect(small.nodesForDisk).toBe(1);
    expect(small.nodes).toBe(3);
    const justOver = sizeCluster({ ...input, inputBytes: 0.1 * TB + 1 });
    expect(justOver.primaryShards).toBe(2);
    const manyShards = sizeCluster({ ...input, shardTargetBytes: 1 * GB, heapPerNodeBytes: 8 * GB });
    expect(manyShards.shards).toBe(8000);
    expect(manyShards.nodesForShards).toBe(50); // 8000 / (8 × 20)
    expect(manyShards.nodes).toBe(50);
  });

  it('sizes EDGAR at the low and high end of its input', () => {
    const [low, high] = sizeEdgar({ textPerInputByte: 0.5, indexPerTextByte: 1 });
    expect(low.textBytes).toBeCloseTo(10 * TB);
    expect(high.textBytes).toBeCloseTo(25 * TB);
  });
});

describe('clusterResults', () => {
  const measured: Measured = {
    date: '2026-12-03T19:00:00.000Z',
    filings: 1000,
    inputBytes: 20e6,
    textBytes: 10e6,
    heapMb: 1024,
    loadStart: [1.234, 2, 3],
    loadEnd: [4, 5, 6],
    sqlite: { seconds: 4, dbBytes: 12e6, times: [1, 2, 3, 4, 100, 5], totals: [5, 6, 7] },
    opensearch: {
      catalogSeconds: 4,
      syncSeconds: 16,
      storeBytes: 8e6,
      unmergedBytes: 9e6,
      times: [10, 20, 30, 40, 50, 60],
      totals: [5, 6, 8],
    },
    realCorpus: { inputBytes: 100e6, textBytes: 40e6 },
  };

  it('writes the figures the issue asks for under stable keys', () => {
    const r = clusterResults(measured);
    expect(Object.keys(r).sort()).toEqual(
      [
        'date',
        'filings',
        'issueSize',
        'inputMB',
        'textMB',
        'textPerInputByte',
        'queries',
        'runsPerQuery',
        'heapMb',
        'loadAverage',
        'sqlite',
        'opensearch',
        'equalTotals',
        'realCorpus',
        'edgarSizing',
      ].sort(),
    );
    expect(Object.keys(r.sqlite).sort()).toEqual(
      ['ingestMBps', 'ingestSeconds', 'p50Ms', 'p95Ms', 'maxMs', 'indexMB', 'indexPerTextByte'].sort(),
    );
    expect(r.opensearch).toMatchObject({ catalogSeconds: 4, syncSeconds: 16, unmergedMB: 9 });
    expect(r).toMatchObject({ queries: 3, runsPerQuery: 2, issueSize: 100000 });
  });

  it('computes ingest, latency and size per text byte from what was measured', () => {
    const r = clusterResults(measured);
    expect(r.sqlite.ingestMBps).toBe(5); // 20 MB / 4 s
    expect(r.opensearch.ingestMBps).toBe(1); // 20 MB / (4 s catalog + 16 s sync)
    expect(r.opensearch.syncMBps).toBe(1.25);
    expect(r.opensearch.syncTextMBps).toBe(0.63);
    expect(r.sqlite.p50Ms).toBe(4); // nearest rank of [1, 2, 3, 4, 5, 100]
    expect(r.sqlite.p95Ms).toBe(100);
    expect(r.sqlite.indexPerTextByte).toBe(1.2);
    expect(r.opensearch.indexPerTextByte).toBe(0.8);
    expect(r.equalTotals).toBe(2);
    expect(r.loadAverage.start).toEqual([1.23, 2, 3]);
    // EDGAR is sized from the real corpus's text per input byte and the OpenSearch store.
    expect(r.realCorpus?.textPerInputByte).toBe(0.4);
    expect(r.edgarSizing[0].textBytes).toBeCloseTo(20 * TB * 0.4);
    expect(r.edgarSizing[0].primaryBytes).toBeCloseTo(20 * TB * 0.4 * 0.8);
    // Without the real corpus, the generated folder's ratio stands in.
    const synthetic = clusterResults({ ...measured, realCorpus: null });
    expect(synthetic.edgarSizing[0].textBytes).toBeCloseTo(20 * TB * 0.5);
  });
});
