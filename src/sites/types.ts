import type { PageContext, PageKind } from '../core/types';

/** Options for reading a page. */
export interface ReadOptions {
  /**
   * Today, for dates written without a year ("Due Nov 30"): such a date takes the
   * year that puts it nearest to `now`. Without it (and without a date in the
   * page's own URL, as calendars have), year-less dates are skipped.
   */
  now?: Date;
}

/**
 * A site adapter: one file per site, all of this shape.
 * Adapters run inside content scripts: they must be small, never throw into the
 * page, never write to the page, and only read `textContent` (never innerHTML,
 * never layout-forcing properties such as innerText or offsetHeight).
 */
export interface SiteAdapter {
  id: string;
  /** Human name shown in the options page. */
  name: string;
  /** Match patterns of the hosted service (used for the manifest and for the options' site list). */
  matches: string[];
  /** Example URLs (used by the matrix test and the docs). */
  exampleUrls: string[];
  /** True when the URL belongs to this site (hosted hostnames). */
  matchesUrl(url: URL): boolean;
  /** True when the document itself says it is this LMS (for self-hosted domains). */
  detect(doc: Document): boolean;
  /** Page kind from the URL (and the document if needed). */
  pageKind(url: URL, doc: Document): PageKind;
  /** Reads the page. Must not throw; returns null when there is nothing worth matching. */
  extract(doc: Document, url: URL, opts?: ReadOptions): PageContext | null;
  /**
   * The element to watch for changes on a single-page app, when it is not the
   * main content element (calendars open their event dialogs at the end of body).
   */
  watchRoot?(doc: Document): Element | null;
}
