import { useState } from 'preact/hooks';

/**
 * A value kept in the extension origin's localStorage, so that the quick
 * log's draft survives closing the popup. The same contract as `useDraft` in
 * src/ui/hooks.ts, written here because that module imports Dexie (for
 * `useLive`), and the popup must open without loading Dexie.
 */
export function usePersisted<T extends object>(key: string, initial: T): [T, (v: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      return raw ? ({ ...initial, ...(JSON.parse(raw) as Partial<T>) } as T) : initial;
    } catch {
      return initial;
    }
  });
  const set = (v: T) => {
    setValue(v);
    try {
      localStorage.setItem(key, JSON.stringify(v));
    } catch {
      /* storage full or unavailable: the draft is simply not kept */
    }
  };
  const clear = () => {
    setValue(initial);
    localStorage.removeItem(key);
  };
  return [value, set, clear];
}
