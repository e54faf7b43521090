// The cluster bench's results (bench/results/cluster.json) from what it measured: ingest MB/s,
// query p50/p95 and index bytes per text byte on both engines, and the EDGAR sizing they give.
import { sizeEdgar, type Sizing } from './cluster-sizing';
import { quantile, round } from './stats';

const MB = 1e6;

export interface EngineFigures {
  /** Input folder MB per second of `cli index` (for OpenSearch: the catalog and the sync). */
  ingestMBps: number;
  ingestSeconds: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Bytes on disk (SQLite: the database file; OpenSearch: primaries' store after a force-merge). */
  indexMB: number;
  indexPerTextByte: number;
}

export interface ClusterResults {
  date: string;
  filings: number;
  /** The issue's size; `filings` says what was measured. */
  issueSize: 100000;
  inputMB: number;
  textMB: number;
  textPerInputByte: number;
  queries: number;
  runsPerQuery: number;
  heapMb: number;
  /** 1, 5 and 15 minute load averages at the start and at the end (2 shared cores). */
  loadAverage: { start: number[]; end: number[] };
  sqlite: EngineFigures;
  opensearch: EngineFigures & {
    /** The catalog part of `cli index --backend opensearch` (the same work as SQLite's run). */
    catalogSeconds: number;
    /** The sync alone: bulk requests, refresh. */
    syncSeconds: number;
    syncMBps: number;
    syncTextMBps: number;
    /** The store before the force-merge. */
    unmergedMB: number;
  };
  /** Queries whose totals agree between the two engines (the parity suite checks them in depth). */
  equalTotals: number;
  /** Text per input byte of the real corpus's files, the basis of the EDGAR sizing. */
  realCorpus: { inputMB: number; textMB: number; textPerInputByte: number } | null;
  edgarSizing: Sizing[];
}

export interface Measured {
  date: string;
  filings: number;
  inputBytes: number;
  textBytes: number;
  heapMb: number;
  loadStart: number[];
  loadEnd: number[];
  sqlite: { seconds: number; dbBytes: number; times: number[]; totals: number[] };
  opensearch: {
    catalogSeconds: number;
    syncSeconds: number;
    storeBytes: number;
    unmergedBytes: number;
    times: number[];
    totals: number[];
  };
  realCorpus: { inputBytes: number; textBytes: number } | null;
}

/** The figures written to cluster.json, from what was measured. */
export function clusterResults(m: Measured): ClusterResults {
  const engine = (seconds: number, bytes: number, times: number[]): EngineFigures => ({
    ingestMBps: round(m.inputBytes / MB / seconds, 2),
    ingestSeconds: round(seconds),
    p50Ms: round(quantile(times, 0.5), 2),
    p95Ms: round(quantile(times, 0.95), 2),
    maxMs: round(Math.max(...times), 2),
    indexMB: round(bytes / MB),
    indexPerTextByte: round(bytes / m.textBytes, 3),
  });
  const os = m.opensearch;
  const textPerInputByte = m.realCorpus ? m.realCorpus.textBytes / m.realCorpus.inputBytes : m.textBytes / m.inputBytes;
  const opensearch = engine(os.catalogSeconds + os.syncSeconds, os.storeBytes, os.times);
  return {
    date: m.date,
    filings: m.filings,
    issueSize: 100000,
    inputMB: round(m.inputBytes / MB),
    textMB: round(m.textBytes / MB),
    textPerInputByte: round(m.textBytes / m.inputBytes, 3),
    queries: m.sqlite.totals.length,
    runsPerQuery: m.sqlite.times.length / m.sqlite.totals.length,
    heapMb: m.heapMb,
    loadAverage: { start: m.loadStart.map((x) => round(x, 2)), end: m.loadEnd.map((x) => round(x, 2)) },
    sqlite: engine(m.sqlite.seconds, m.sqlite.dbBytes, m.sqlite.times),
    opensearch: {
      ...opensearch,
      catalogSeconds: round(os.catalogSeconds),
      syncSeconds: round(os.syncSeconds),
      syncMBps: round(m.inputBytes / MB / os.syncSeconds, 2),
      syncTextMBps: round(m.textBytes / MB / os.syncSeconds, 2),
      unmergedMB: round(os.unmergedBytes / MB),
    },
    equalTotals: m.sqlite.totals.filter((t, i) => t === os.totals[i]).length,
    realCorpus: m.realCorpus && {
      inputMB: round(m.realCorpus.inputBytes / MB),
      textMB: round(m.realCorpus.textBytes / MB),
      textPerInputByte: round(textPerInputByte, 3),
    },
    edgarSizing: sizeEdgar({ textPerInputByte, indexPerTextByte: m.opensearch.storeBytes / m.textBytes }),
  };
}
