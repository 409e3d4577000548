/**
 * What every content script does, whatever the site: read the page in idle time
 * (main content only, text only), send the reading to the background, and show
 * the suggestion panel as an extension iframe when there is a confident match.
 *
 * It never writes page text into the page and holds none of the librarian's
 * data: the panel is an extension page (cross-origin to the page), which asks
 * the background for its contents itself.
 *
 * The frame is mounted by hand rather than with WXT's createIframeUi: that helper
 * brings positioning and auto-mount machinery (about 6 KB) this script does not
 * use, and content scripts have a 20 KB budget.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext } from '../core/types';
import type { ToContent } from '../messaging/protocol';
import { readPageWith, watchRootFor } from '../sites/read';
import { watchPage } from '../sites/spa';
import type { SiteAdapter } from '../sites/types';

const WIDTH = { collapsed: 340, expanded: 400 };
export const COLLAPSED_HEIGHT = 52;
export const FRAME_ID = 'library-liaison-panel';

export function runContentScript(ctx: ContentScriptContext, adapters: SiteAdapter[]): void {
  let frame: HTMLIFrameElement | null = null;
  // Nothing sent yet: the first reading is always sent, even an empty one (which clears any old state).
  let lastSent: string | null = null;

  const unmount = () => {
    frame?.remove();
    frame = null;
  };

  const mount = () => {
    unmount();
    const f = document.createElement('iframe');
    f.id = FRAME_ID;
    f.src = browser.runtime.getURL('/panel.html');
    f.title = 'Library Liaison suggestions';
    f.setAttribute('allow', 'clipboard-write');
    f.style.cssText = `position:fixed;right:12px;bottom:12px;z-index:2147483646;border:0;width:${WIDTH.collapsed}px;height:${COLLAPSED_HEIGHT}px;background:transparent;color-scheme:normal;display:block;`;
    // On <html>, not <body>: the page watcher observes the body, and must not wake up for our own frame.
    document.documentElement.append(f);
    frame = f;
  };

  const check = async () => {
    let context: PageContext | null = null;
    try {
      context = readPageWith(adapters, document, location.href, { now: new Date() });
    } catch {
      context = null;
    }
    const signature = context ? `${context.url}\n${context.title}\n${context.text.length}\n${context.text.slice(0, 200)}` : '';
    if (signature === lastSent) return;
    lastSent = signature;
    if (!context) {
      unmount();
      await browser.runtime.sendMessage({ type: 'page:clear' }).catch(() => undefined);
      return;
    }
    const answer = (await browser.runtime.sendMessage({ type: 'page:context', context }).catch(() => null)) as { show?: boolean } | null;
    if (ctx.isInvalid) return;
    if (answer?.show) mount();
    else unmount();
  };

  const schedule = () => {
    const run = () => void check();
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(run, { timeout: 1500 });
    else ctx.setTimeout(run, 50);
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as ToContent | null;
    if (!frame || typeof m !== 'object' || m === null) return;
    if (m.type === 'panel:remove') unmount();
    else if (m.type === 'panel:resize' && typeof m.height === 'number') {
      frame.style.display = m.height > 0 ? 'block' : 'none';
      frame.style.width = `${m.expanded ? WIDTH.expanded : WIDTH.collapsed}px`;
      frame.style.height = `${Math.min(m.height, window.innerHeight - 24)}px`;
    }
  });

  ctx.onInvalidated(unmount);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Nothing runs while the page is loading: the first reading, and only then the
  // watcher for later in-page changes, wait for idle time.
  let watching = false;
  const first = () => {
    void check();
    if (watching || ctx.isInvalid) return;
    watching = true;
    watchPage(schedule, { ctx, root: (d) => watchRootFor(adapters, d, location.href) });
  };
  if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(first, { timeout: 1500 });
  else ctx.setTimeout(first, 50);
}
