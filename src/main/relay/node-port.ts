import type { MessagePort } from 'node:worker_threads';
import type { WindowPort } from './protocol';

/**
 * A worker_threads MessagePort as a window's port in the archive process: what the tests and
 * the bench hand over where Electron's MessagePortMain does not exist.
 */
export function nodeWindowPort(port: MessagePort): WindowPort {
  return {
    post: (m) => port.postMessage(m),
    onMessage: (fn) => port.on('message', fn),
    onClose: (fn) => port.on('close', fn),
    close: () => port.close(),
  };
}
