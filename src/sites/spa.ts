/**
 * Single-page apps (Canvas, Classroom, Schoology, the calendars) change pages
 * without a load. `watchPage` calls back when the page really changed: it
 * observes the main content element and location changes, debounces, and
 * compares a cheap signature (URL, title, text length, first 200 characters)
 * so that an unchanged page is never read twice.
 */
import { HIDDEN_STYLE, findMain } from './dom';

export interface WatchOptions {
  /** WXT's content script context: watching stops when it is invalidated (extension reloaded or updated). */
  ctx?: { onInvalidated(cb: () => void): unknown };
  /** Quiet time before a check, in ms (default 300). A page that never stops changing is still checked every 4 × this. */
  debounceMs?: number;
  /**
   * The element to observe; default: the page's main content element. Pass
   * `(d) => watchRootFor(adapters, d, location.href)` (from ./read) so that
   * calendars are watched where their event dialogs open; this module stays
   * free of the adapter registry so that a single-site content script stays small.
   */
  root?: (doc: Document) => Element | null;
  /** The window to watch (default: the global one). */
  win?: Window & typeof globalThis;
}

/** What identifies a page's state cheaply: no layout, one `textContent`. */
export function pageSignature(href: string, doc: Document, root: Element | null): string {
  const text = root?.textContent ?? '';
  return `${href}\n${doc.title}\n${text.length}\n${text.slice(0, 200)}`;
}

/** A `hidden`/`aria-hidden`/`open` change, or a style change that shows or hides (not every animation frame). */
function visibilityChanged(r: MutationRecord): boolean {
  if (r.attributeName !== 'style') return true;
  const now = (r.target as Element).getAttribute('style') ?? '';
  return HIDDEN_STYLE.test(r.oldValue ?? '') !== HIDDEN_STYLE.test(now);
}

/** Starts watching; calls `onChange` after each real change (not at start). Returns a function that stops watching. */
export function watchPage(onChange: () => void, opts: WatchOptions = {}): () => void {
  const win = opts.win ?? window;
  const doc = win.document;
  const wait = opts.debounceMs ?? 300;
  const resolve = opts.root ?? ((d: Document) => findMain(d).root);
  let root: Element | null = null;
  let timer: number | undefined;
  let firstPending = 0;
  let stopped = false;

  /** Something was shown or hidden: the reading changes even if the text does not. */
  let shownOrHidden = false;
  const observer = new win.MutationObserver((records) => {
    let relevant = false;
    for (const r of records) {
      if (r.type !== 'attributes') relevant = true;
      else if (visibilityChanged(r)) relevant = shownOrHidden = true;
    }
    if (relevant) schedule();
  });
  // New pages of an SPA often arrive as new children of body (Classroom's <c-wiz>, calendar dialogs).
  const bodyObserver = new win.MutationObserver(() => schedule());

  const observe = () => {
    const next = resolve(doc) ?? doc.body;
    if (next === root && root?.isConnected) return;
    observer.disconnect();
    root = next;
    if (root) {
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['hidden', 'aria-hidden', 'style', 'open'],
      });
    }
  };

  let last = '';
  const check = () => {
    timer = undefined;
    firstPending = 0;
    if (stopped) return;
    observe();
    const signature = pageSignature(win.location.href, doc, root);
    if (signature === last && !shownOrHidden) return;
    last = signature;
    shownOrHidden = false;
    onChange();
  };

  function schedule() {
    if (stopped) return;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) win.clearTimeout(timer);
    // Debounced, but never postponed forever by a page that keeps mutating.
    timer = win.setTimeout(check, now - firstPending >= wait * 4 ? 0 : wait);
  }

  const events = ['popstate', 'hashchange', 'wxt:locationchange'];
  for (const e of events) win.addEventListener(e, schedule);
  observe();
  last = pageSignature(win.location.href, doc, root);
  if (doc.body) bodyObserver.observe(doc.body, { childList: true });

  const stop = () => {
    stopped = true;
    observer.disconnect();
    bodyObserver.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    for (const e of events) win.removeEventListener(e, schedule);
  };
  opts.ctx?.onInvalidated(stop);
  return stop;
}
