/**
 * The entry points the content script calls: read the current page into a
 * PageContext, or null when there is nothing worth matching. They never throw:
 * an adapter that fails (a redesign it does not know) degrades to the generic reading.
 */
import type { PageContext } from '../core/types';
import { chooseAdapter, toUrl } from './choose';
import { findMain } from './dom';
import { generic } from './generic';
import { adapterById, adapters } from './registry';
import type { ReadOptions, SiteAdapter } from './types';

export interface ReadPageOptions extends ReadOptions {
  /** Force an adapter (a custom site set to "moodle"); 'auto' or unknown ids mean detect. */
  adapter?: string;
}

/** Reads the page with every adapter available: hostname first, then the page's own markers, then generic. */
export function readPage(doc: Document, url: string | URL, opts: ReadPageOptions = {}): PageContext | null {
  const u = toUrl(url);
  if (!u) return null;
  const forced = opts.adapter ? adapterById(opts.adapter) : undefined;
  return extract(forced ?? chooseAdapter(adapters, doc, u), doc, u, opts);
}

/**
 * Reads the page choosing among `list` only (plus generic). It does not touch
 * the registry, so a content script built for one hosted site, importing only
 * that site's adapter, stays small.
 */
export function readPageWith(list: readonly SiteAdapter[], doc: Document, url: string | URL, opts: ReadOptions = {}): PageContext | null {
  const u = toUrl(url);
  return u ? extract(chooseAdapter(list, doc, u), doc, u, opts) : null;
}

/** One adapter's reading, or the generic reading if it throws. */
function extract(adapter: SiteAdapter, doc: Document, url: URL, opts: ReadOptions): PageContext | null {
  try {
    return adapter.extract(doc, url, { now: opts.now });
  } catch {
    if (adapter === generic) return null;
  }
  try {
    return generic.extract(doc, url, { now: opts.now });
  } catch {
    return null;
  }
}

/** The element `watchPage` should observe: the chosen adapter's watch root (calendars: body), else the main content. */
export function watchRootFor(list: readonly SiteAdapter[], doc: Document, url: string | URL): Element | null {
  const u = toUrl(url);
  try {
    return (u && chooseAdapter(list, doc, u).watchRoot?.(doc)) || findMain(doc).root;
  } catch {
    return doc.body;
  }
}
