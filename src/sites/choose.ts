/**
 * Choosing the adapter for a page among a given list, without the registry, so
 * that a content script built for one hosted site bundles only its adapters.
 */
import { generic } from './generic';
import type { SiteAdapter } from './types';

export function toUrl(url: string | URL): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The adapter for a page among `list`: by hostname, else by the page's own markers (a district's Moodle), else generic. Never throws. */
export function chooseAdapter(list: readonly SiteAdapter[], doc: Document, url: URL): SiteAdapter {
  const byUrl = list.find((a) => a !== generic && a.matchesUrl(url));
  if (byUrl) return byUrl;
  for (const a of list) {
    if (a === generic) continue;
    try {
      if (a.detect(doc)) return a;
    } catch {
      // A detector that fails on a strange page simply does not claim it.
    }
  }
  return generic;
}
