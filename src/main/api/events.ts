import type { EventName, Events } from '../../shared/ipc/contract';

export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void;
export type EventSink = <E extends EventName>(event: E, payload: Events[E]) => void;

/** Fans the core's events out to every transport listening (windows, SSE clients). */
export interface EventHub {
  emit: Emit;
  subscribe(sink: EventSink): () => void;
}

export function createEventHub(log: Pick<Console, 'error'> = console): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      for (const sink of sinks) {
        try {
          sink(event, payload);
        } catch (err) {
          // One broken listener (a closed window, a dropped socket) must not stop the others.
          log.error(`[events] delivering ${event} failed:`, err);
        }
      }
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
  };
}
