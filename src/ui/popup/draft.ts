import { useState } from 'preact/hooks';

/**
 * A value kept in the extension origin's localStorage, so that the quick
 * log's draft survives closing the popup. Apart from src/ui/hooks.ts, which
 * imports Dexie (for `useLive`): the popup must open without loading Dexie.
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
