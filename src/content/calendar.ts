/**
 * The calendar content script (Google Calendar, Outlook on the web). It does
 * what every content script does (read the open event as plain text, ask the
 * background, mount the panel iframe when there is something to show), with
 * two calendar-specific differences:
 *
 * - It reacts to an event dialog at once rather than in idle time: the budget
 *   is the panel under 100 ms after the dialog appears. One observer on the
 *   body sees the dialog arrive (Google appends it to body, Outlook to its layer
 *   host, or swaps the reading pane); the open event is read in the next task
 *   (a small dialog: well under a millisecond), and re-read at most every
 *   50 ms while the app keeps filling it in.
 * - It marks the week view's chips that involve a contact (calendar-chips.ts),
 *   debounced and in idle time: nothing runs while the week view scrolls,
 *   since scrolling mutates nothing.
 *
 * Like the other content scripts it writes no page text into the page and
 * holds none of the librarian's data: the panel is an extension page that asks
 * the background for its contents itself.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext } from '../core/types';
import type { ToContent } from '../messaging/protocol';
import { readPageWith } from '../sites/read';
import type { SiteAdapter } from '../sites/types';
import { chipMarker, type AskChips, type ChipSource } from './calendar-chips';
import { mountPanelFrame, resizePanelFrame } from './frame';

/** While the app keeps changing an open dialog, it is re-read at most this often. */
const DIALOG_THROTTLE_MS = 50;
/** Quiet time before the chips are looked at again (then idle time). */
const CHIPS_DEBOUNCE_MS = 300;

/** Asks the background which chips involve a contact; null when it could not answer. */
const askChips: AskChips = async (site, chips) => {
  const answer = (await browser.runtime.sendMessage({ type: 'calendar:chips', site, chips }).catch(() => null)) as { marked?: unknown } | null;
  const marked = answer?.marked;
  return Array.isArray(marked) ? marked.filter((i): i is number => Number.isInteger(i)) : null;
};

/** `cb` in idle time (within `timeout` ms), or after a short timer where there is no requestIdleCallback (Safari). */
function whenIdle(ctx: ContentScriptContext, cb: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(cb, { timeout });
  else ctx.setTimeout(cb, 50);
}

export function runCalendar(ctx: ContentScriptContext, adapters: SiteAdapter[], sources: ChipSource[]): void {
  let frame: HTMLIFrameElement | null = null;
  // Nothing sent yet: the first reading is always sent, even an empty one (which clears any old state).
  let lastSent: string | null = null;

  const unmount = () => {
    frame?.remove();
    frame = null;
  };

  const mount = () => {
    unmount();
    frame = mountPanelFrame();
  };

  /** Reads the open event (or its absence) and tells the background when it changed. */
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
    // A newer reading was sent meanwhile: its answer decides.
    if (ctx.isInvalid || lastSent !== signature) return;
    if (answer?.show) mount();
    else unmount();
  };

  // Dialog checks: the first change is read in the next task, further ones at most every DIALOG_THROTTLE_MS.
  let dialogTimer: number | undefined;
  let lastCheck = -Infinity;
  const queueCheck = () => {
    if (dialogTimer !== undefined) return;
    const wait = Math.max(0, lastCheck + DIALOG_THROTTLE_MS - performance.now());
    dialogTimer = ctx.setTimeout(() => {
      dialogTimer = undefined;
      lastCheck = performance.now();
      void check();
    }, wait);
  };

  const source = sources.find((s) => s.matchesUrl(new URL(location.href)));
  const marker = source ? chipMarker(source, document, askChips) : null;
  let chipsTimer: number | undefined;
  let chipsSince = 0;
  const queueChips = () => {
    if (!marker) return;
    if (chipsTimer !== undefined) clearTimeout(chipsTimer);
    const now = performance.now();
    chipsSince ||= now;
    // Debounced, but never postponed forever by an app that keeps changing something.
    chipsTimer = ctx.setTimeout(
      () => {
        chipsTimer = undefined;
        chipsSince = 0;
        whenIdle(ctx, () => void marker.scan(), 1000);
      },
      now - chipsSince >= 4 * CHIPS_DEBOUNCE_MS ? 0 : CHIPS_DEBOUNCE_MS,
    );
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as ToContent | null;
    if (!frame || typeof m !== 'object' || m === null) return;
    if (m.type === 'panel:remove') unmount();
    else resizePanelFrame(frame, m);
  });

  const observer = new MutationObserver(() => {
    queueCheck();
    queueChips();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    unmount();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    queueCheck();
    queueChips();
  });

  // Nothing runs while the page is loading: the first reading, the first marks
  // and the observer wait for idle time.
  whenIdle(
    ctx,
    () => {
      if (ctx.isInvalid) return;
      void check();
      void marker?.scan();
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['hidden', 'aria-hidden', 'style', 'open', 'aria-label'],
      });
    },
    1500,
  );
}
