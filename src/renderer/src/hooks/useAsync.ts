import { type DependencyList, useEffect, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer; later reloads keep showing the previous answer. */
  loading: boolean;
}

/**
 * Runs `load` whenever `deps` change and keeps only the answer of the latest run: a slow
 * response to an older request never overwrites a newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown }>({ data: undefined, error: undefined });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data, error: undefined }),
      (error: unknown) => current && setState({ data: undefined, error }),
    );
    return () => {
      current = false;
    };
    // The caller lists what `load` depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return { ...state, loading: state.data === undefined && state.error === undefined };
}
