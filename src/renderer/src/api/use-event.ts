import { useEffect, useRef } from 'react';
import type { EventName, Events } from '../../../shared/ipc/contract';
import { api } from './client';

/**
 * Subscribes to a contract event for the component's lifetime. The latest callback is kept
 * in a ref so callers may pass inline functions without resubscribing on every render.
 */
export function useEvent<E extends EventName>(event: E, callback: (payload: Events[E]) => void): void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => api.on(event, (payload) => latest.current(payload)), [event]);
}
