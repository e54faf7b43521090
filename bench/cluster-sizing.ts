// Sizing an OpenSearch cluster for all of EDGAR from the cluster bench's measured ratios
// (index bytes per text byte, text bytes per input byte) and stated assumptions (how much
// EDGAR holds, shard size, disk and heap per node). Pure arithmetic: every step is returned as
// a line of text, so the bench prints it and docs/opensearch.md quotes it.

export interface SizingInput {
  /** Filings in the archive (EDGAR: 20+ million since 1993). Assumed. */
  filings: number;
  /** Bytes of the filings as EDGAR serves them (tens of TB). Assumed. */
  inputBytes: number;
  /** Document text the indexer keeps per input byte. Measured on a folder. */
  textPerInputByte: number;
  /** Primary store bytes per text byte after a force-merge. Measured by the bench. */
  indexPerTextByte: number;
  /** Copies of each shard besides the primary. */
  replicas: number;
  /** Primary shard size aimed at (OpenSearch's guidance: 10-50 GB per shard). */
  shardTargetBytes: number;
  /** Usable data disk per node. */
  diskPerNodeBytes: number;
  /** Fraction of a node's disk filled at most (below the 85% low watermark, room for merges). */
  diskFill: number;
  /** JVM heap per node (at most half the RAM, below the ~31 GB compressed-pointer limit). */
  heapPerNodeBytes: number;
  /** Shards a node holds per GB of heap at most (the usual rule of thumb: 20). */
  shardsPerHeapGB: number;
}

export interface Sizing {
  textBytes: number;
  primaryBytes: number;
  storedBytes: number;
  primaryShards: number;
  shards: number;
  nodesForDisk: number;
  nodesForShards: number;
  /** The larger of the two, and at least 3 (a cluster manager quorum and room for a replica). */
  nodes: number;
  /** The arithmetic, one line per step. */
  steps: string[];
}

const GB = 1e9;
const TB = 1e12;
const fmt = (x: number, d = 2) => x.toLocaleString('en-US', { maximumFractionDigits: d });

export function sizeCluster(s: SizingInput): Sizing {
  const textBytes = s.inputBytes * s.textPerInputByte;
  const primaryBytes = textBytes * s.indexPerTextByte;
  const storedBytes = primaryBytes * (1 + s.replicas);
  const primaryShards = Math.max(1, Math.ceil(primaryBytes / s.shardTargetBytes));
  const shards = primaryShards * (1 + s.replicas);
  const nodesForDisk = Math.ceil(storedBytes / (s.diskPerNodeBytes * s.diskFill));
  const nodesForShards = Math.ceil(shards / ((s.heapPerNodeBytes / GB) * s.shardsPerHeapGB));
  const nodes = Math.max(3, nodesForDisk, nodesForShards);
  const steps = [
    `text = ${fmt(s.inputBytes / TB)} TB input × ${fmt(s.textPerInputByte, 3)} text/input = ${fmt(textBytes / TB)} TB`,
    `primary index = ${fmt(textBytes / TB)} TB text × ${fmt(s.indexPerTextByte, 3)} index/text = ${fmt(primaryBytes / TB)} TB`,
    `stored = ${fmt(primaryBytes / TB)} TB × (1 + ${s.replicas} replica) = ${fmt(storedBytes / TB)} TB`,
    `primary shards = ceil(${fmt(primaryBytes / GB, 0)} GB / ${fmt(s.shardTargetBytes / GB, 0)} GB) = ${primaryShards}; ` +
      `with replicas ${shards} shards`,
    `nodes for disk = ceil(${fmt(storedBytes / TB)} TB / (${fmt(s.diskPerNodeBytes / TB)} TB × ${s.diskFill})) = ${nodesForDisk}`,
    `nodes for shards = ceil(${shards} / (${fmt(s.heapPerNodeBytes / GB, 0)} GB heap × ${s.shardsPerHeapGB} per GB)) = ${nodesForShards}`,
    `nodes = max(3, ${nodesForDisk}, ${nodesForShards}) = ${nodes} (${fmt(s.filings / nodes, 0)} filings per node)`,
  ];
  return { textBytes, primaryBytes, storedBytes, primaryShards, shards, nodesForDisk, nodesForShards, nodes, steps };
}

/** The assumptions for all of EDGAR, apart from the two measured ratios. */
export const EDGAR_ASSUMPTIONS = {
  filings: 20_000_000,
  replicas: 1,
  shardTargetBytes: 30 * GB,
  diskPerNodeBytes: 2 * TB,
  diskFill: 0.75,
  heapPerNodeBytes: 31 * GB,
  shardsPerHeapGB: 20,
} as const;

/** EDGAR's input at the low and high end of "tens of TB". */
export const EDGAR_INPUT_TB = [20, 50] as const;

export function sizeEdgar(measured: { textPerInputByte: number; indexPerTextByte: number }): Sizing[] {
  return EDGAR_INPUT_TB.map((tb) => sizeCluster({ ...EDGAR_ASSUMPTIONS, ...measured, inputBytes: tb * TB }));
}
