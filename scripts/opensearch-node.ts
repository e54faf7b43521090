// Starts OpenSearch nodes on 127.0.0.1 for the cluster suite (tests/cluster) and the cluster
// bench (bench/cluster.ts), from the project's own launcher (cluster/: Maven resolves
// OpenSearch and its plugins from Maven Central; no distribution is downloaded). Each node
// stops when its standard input closes, so a harness that dies never leaves a node running.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLUSTER_DIR = join(REPO_DIR, 'cluster');

/** Why the cluster suite cannot run here, or null when java and mvn are present. */
export function missingJava(): string | null {
  for (const tool of ['java', 'mvn']) {
    const r = spawnSync(tool, ['-version'], { stdio: 'ignore' });
    if (r.error || r.status !== 0) return `${tool} is not installed (the OpenSearch launcher needs a JDK 17 and Maven)`;
  }
  return null;
}

/** Builds the launcher (target/classes + target/lib) when the pom or the source is newer. */
export function buildLauncher(): void {
  const stamp = join(CLUSTER_DIR, 'target', 'classes', 'edgar', 'cluster', 'TestNode.class');
  const sources = [
    join(CLUSTER_DIR, 'pom.xml'),
    join(CLUSTER_DIR, 'src', 'main', 'java', 'edgar', 'cluster', 'TestNode.java'),
  ];
  const fresh =
    existsSync(stamp) &&
    existsSync(join(CLUSTER_DIR, 'target', 'lib')) &&
    sources.every((s) => statSync(s).mtimeMs <= statSync(stamp).mtimeMs);
  if (fresh) return;
  const r = spawnSync('mvn', ['-q', '-B', '-DskipTests', 'package'], { cwd: CLUSTER_DIR, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the OpenSearch launcher failed (mvn exit ${r.status})`);
}

export interface NodeOptions {
  name: string;
  clusterName?: string;
  httpPort?: number;
  transportPort?: number;
  /** host:port of every node's transport, for a multi-node cluster. */
  seedHosts?: string[];
  /** Names of the cluster-manager-eligible nodes that bootstrap a new cluster. */
  managers?: string[];
  /** Data folder; a new temporary one by default (removed by stop()). */
  home?: string;
  heapMb?: number;
}

export interface TestNode {
  name: string;
  url: string;
  home: string;
  process: ChildProcess;
  /** Closes the node cleanly (stdin closed), then removes a temporary home. */
  stop(opts?: { keepHome?: boolean }): Promise<void>;
}

export async function startNode(opts: NodeOptions): Promise<TestNode> {
  const ownHome = opts.home === undefined;
  const home = opts.home ?? mkdtempSync(join(tmpdir(), `edgar-os-${opts.name}-`));
  const heap = opts.heapMb ?? 384;
  const args = [
    `-Xms${heap}m`,
    `-Xmx${heap}m`,
    '-XX:+UseSerialGC',
    '-Dlog4j2.level=WARN',
    '-cp',
    `${join(CLUSTER_DIR, 'target', 'classes')}:${join(CLUSTER_DIR, 'target', 'lib', '*')}`,
    'edgar.cluster.TestNode',
    '--name',
    opts.name,
    '--home',
    home,
    '--cluster-name',
    opts.clusterName ?? 'edgar-test',
    '--http-port',
    String(opts.httpPort ?? 0),
    '--transport-port',
    String(opts.transportPort ?? 0),
  ];
  if (opts.seedHosts)
    args.push('--seed-hosts', opts.seedHosts.join(','), '--managers', (opts.managers ?? [opts.name]).join(','));
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`node ${opts.name} did not start in 120 s:\n${log.slice(-4000)}`)),
      120_000,
    );
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /^READY (\d+)$/m.exec(log);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`node ${opts.name} exited (${code}) before it was ready:\n${log.slice(-4000)}`));
    });
  });
  // Keep draining output so the node never blocks on a full pipe.
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  return {
    name: opts.name,
    url: `http://127.0.0.1:${port}`,
    home,
    process: child,
    async stop({ keepHome = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin?.end();
        const forced = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(forced);
      }
      if (ownHome && !keepHome) rmSync(home, { recursive: true, force: true });
    },
  };
}
