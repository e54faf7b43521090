import { useCallback } from 'react';
import { useLocalStorage } from '../../hooks/useLocalStorage';

const MAX_RECENT = 12;

export interface SearchHistory {
  recent: string[];
  saved: string[];
  remember: (query: string) => void;
  save: (query: string) => void;
  unsave: (query: string) => void;
  clearRecent: () => void;
}

/** Recent searches (newest first, capped) and saved searches, kept in localStorage. */
export function useSearchHistory(): SearchHistory {
  const [recent, setRecent] = useLocalStorage<string[]>('search.recent', []);
  const [saved, setSaved] = useLocalStorage<string[]>('search.saved', []);

  const remember = useCallback(
    (query: string) => {
      const q = query.trim();
      if (q) setRecent((prev) => [q, ...prev.filter((x) => x !== q)].slice(0, MAX_RECENT));
    },
    [setRecent],
  );
  const save = useCallback(
    (query: string) => {
      const q = query.trim();
      if (q) setSaved((prev) => (prev.includes(q) ? prev : [...prev, q]));
    },
    [setSaved],
  );
  const unsave = useCallback((query: string) => setSaved((prev) => prev.filter((x) => x !== query)), [setSaved]);
  const clearRecent = useCallback(() => setRecent([]), [setRecent]);

  return { recent, saved, remember, save, unsave, clearRecent };
}
