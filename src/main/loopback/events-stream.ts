import type { ServerResponse } from 'node:http';
import type { EventHub } from '../api/events';

/** Streams the contract's events to one client as Server-Sent Events until it goes away. */
export function streamEvents(res: ServerResponse, hub: EventHub, headers: Record<string, string>): () => void {
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = hub.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // A comment now and then keeps idle connections from being dropped by the browser.
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  heartbeat.unref();
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  res.on('close', stop);
  return () => {
    stop();
    res.end();
  };
}
