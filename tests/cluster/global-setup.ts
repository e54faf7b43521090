import type { TestProject } from 'vitest/node';
import { buildLauncher, startNode, type TestNode } from '../../scripts/opensearch-node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The single node every cluster test file may use (its own indices, removed after). */
    opensearchUrl: string;
  }
}

let node: TestNode | undefined;

export async function setup(project: TestProject): Promise<void> {
  buildLauncher();
  node = await startNode({ name: 'suite-node', heapMb: 512 });
  project.provide('opensearchUrl', node.url);
}

export async function teardown(): Promise<void> {
  await node?.stop();
}
