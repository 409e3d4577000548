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
import { mountPanelFrame, resizePanelFrame } from './frame';

export { COLLAPSED_HEIGHT, FRAME_ID } from './frame';
/** Longest wait for the page's load event before the panel is mounted anyway. */
const LOAD_WAIT_MS = 3000;

export function runContentScript(ctx: ContentScriptContext, adapters: SiteAdapter[]): void {
  let frame: HTMLIFrameElement | null = null;
  // Nothing sent yet: the first reading is always sent, even an empty one (which clears any old state).
  let lastSent: string | null = null;
  // Bumped by every answer and every mount, so that a mount waiting for the page's load happens once, and not after a newer answer.
  let answers = 0;
  let listening = false;

  /** Resize and remove requests from the panel, relayed by the background. */
  const onMessage = (message: unknown) => {
    const m = message as ToContent | null;
    if (!frame || typeof m !== 'object' || m === null) return;
    if (m.type === 'panel:remove') unmount();
    else resizePanelFrame(frame, m);
  };

  const unmount = () => {
    frame?.remove();
    frame = null;
  };

  const mount = () => {
    unmount();
    // Listened to only once there is a frame: most pages never get one.
    if (!listening) {
      listening = true;
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    }
    frame = mountPanelFrame();
  };

  /**
   * Mounts once the page's own load event has fired (document_idle may come
   * before it on a slow page): a frame added earlier would hold back the
   * page's load event (a document waits for its frames). A page whose load
   * never ends (a hung image) gets its panel after LOAD_WAIT_MS all the same.
   */
  const mountAfterLoad = () => {
    const mine = answers;
    const go = () => {
      if (mine !== answers || ctx.isInvalid) return;
      answers++;
      mount();
    };
    if (document.readyState === 'complete') return go();
    // After the load event's own handlers, not inside them: work done there counts in the page's load time.
    ctx.addEventListener(window, 'load', () => ctx.setTimeout(go, 0), { once: true });
    ctx.setTimeout(go, LOAD_WAIT_MS);
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
      answers++;
      unmount();
      await browser.runtime.sendMessage({ type: 'page:clear' }).catch(() => undefined);
      return;
    }
    const answer = (await browser.runtime.sendMessage({ type: 'page:context', context }).catch(() => null)) as { show?: boolean } | null;
    if (ctx.isInvalid) return;
    answers++;
    if (answer?.show) mountAfterLoad();
    else unmount();
  };

  const idle = (run: () => void, timeout: number) => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(run, { timeout });
    else ctx.setTimeout(run, 50);
  };
  const schedule = () => idle(() => void check(), 1500);

  ctx.onInvalidated(unmount);
  // The script runs at document_idle (the page parsed, and loaded or nearly so):
  // run earlier, at document_end, its work and the reading land inside the
  // page's load and lengthen it by about as much. The first reading waits for
  // idle time, though no longer than 300 ms; only then are the watchers for
  // later in-page changes set up.
  let watching = false;
  const first = () => {
    void check();
    if (watching || ctx.isInvalid) return;
    watching = true;
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    watchPage(schedule, { ctx, root: (d) => watchRootFor(adapters, d, location.href) });
  };
  idle(first, 300);
}
