// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPageWith, watchRootFor } from '../../../src/sites/read';
import { googleCalendar } from '../../../src/sites/google-calendar';
import { pageSignature, watchPage } from '../../../src/sites/spa';

const WAIT = 20;
const settle = (ms = WAIT * 4) => new Promise((r) => setTimeout(r, ms));

describe('watchPage', () => {
  let stop: (() => void) | undefined;

  beforeEach(() => {
    document.title = 'Stream';
    document.body.innerHTML = '<header><nav>Classes</nav></header><main id="m"><h1>Grade 7 ELA</h1><p>Stream</p></main>';
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
  });

  it('does not call back at start, nor for mutations that leave the page the same', async () => {
    const onChange = vi.fn();
    stop = watchPage(onChange, { debounceMs: WAIT });
    const p = document.querySelector('#m p')!;
    p.textContent = 'Stream'; // same text, new text node
    p.setAttribute('style', 'color: red');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('calls back once, debounced, when the main content changes', async () => {
    const onChange = vi.fn();
    stop = watchPage(onChange, { debounceMs: WAIT });
    const main = document.getElementById('m')!;
    for (let i = 0; i < 5; i++) main.appendChild(document.createElement('p')).textContent = `Hatchet chapter ${i}`;
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('calls back when something is shown or hidden even though the text is the same', async () => {
    const onChange = vi.fn();
    const dialog = document.getElementById('m')!.appendChild(document.createElement('div'));
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-hidden', 'true');
    dialog.textContent = 'Co-planning: Civil War letters project';
    stop = watchPage(onChange, { debounceMs: WAIT });
    dialog.setAttribute('aria-hidden', 'false');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    dialog.setAttribute('style', 'display: none');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
    dialog.setAttribute('style', 'display: none; opacity: 0.5'); // still hidden: an animation step, not a change
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores changes outside the watched element', async () => {
    const onChange = vi.fn();
    stop = watchPage(onChange, { debounceMs: WAIT });
    document.querySelector('header')!.appendChild(document.createElement('span')).textContent = '3 new notifications';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('calls back on a location change with a new URL (wxt:locationchange, popstate)', async () => {
    const onChange = vi.fn();
    stop = watchPage(onChange, { debounceMs: WAIT });
    history.pushState({}, '', '/c/NzE0MjU2/a/ODI1MzQ1/details');
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    history.pushState({}, '', '/c/NzE0MjU2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('follows the main element when the app replaces it', async () => {
    const onChange = vi.fn();
    stop = watchPage(onChange, { debounceMs: WAIT });
    const next = document.createElement('main');
    next.innerHTML = '<h1>Hatchet chapter 4 reading response</h1>';
    document.getElementById('m')!.replaceWith(next);
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    next.appendChild(document.createElement('p')).textContent = 'Due Nov 30';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('checks a page that never stops changing at least every 4 × the debounce', async () => {
    const onChange = vi.fn();
    stop = watchPage(onChange, { debounceMs: WAIT });
    const main = document.getElementById('m')!;
    const tick = setInterval(() => main.appendChild(document.createElement('i')).append('·'), WAIT / 4);
    await settle(WAIT * 10);
    clearInterval(tick);
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('stops when asked, and when the content script context is invalidated', async () => {
    const onChange = vi.fn();
    let invalidate = () => {};
    watchPage(onChange, { debounceMs: WAIT, ctx: { onInvalidated: (cb) => (invalidate = cb) } });
    invalidate();
    const own = vi.fn();
    stop = watchPage(own, { debounceMs: WAIT });
    stop();
    document.getElementById('m')!.appendChild(document.createElement('p')).textContent = 'changed';
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    expect(own).not.toHaveBeenCalled();
  });

  it('with the calendar watch root, sees an event dialog opened at the end of body', async () => {
    history.pushState({}, '', '/calendar/u/0/r/week/2026/11/30');
    document.body.innerHTML = '<div role="main"><div data-eventchip>Co-planning</div></div>';
    const url = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/30';
    expect(watchRootFor([googleCalendar], document, url)).toBe(document.body);
    expect(watchRootFor([], document, 'https://library.springfield-sd.org/')?.getAttribute('role')).toBe('main');
    const onChange = vi.fn();
    stop = watchPage(onChange, { debounceMs: WAIT, root: (d) => watchRootFor([googleCalendar], d, url) });
    const host = document.body.appendChild(document.createElement('div'));
    await settle();
    expect(onChange).not.toHaveBeenCalled(); // an empty container changes nothing
    host.innerHTML =
      '<div role="dialog"><div id="xDetDlg" data-eventid="e1"><span id="rAECCd" role="heading">Co-planning: Civil War letters project</span><div id="xDetDlgWhen">Monday, November 30</div></div></div>';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(readPageWith([googleCalendar], document, url)?.title).toBe('Co-planning: Civil War letters project');
  });
});

describe('pageSignature', () => {
  it('changes with the URL, the title, the text length or its beginning', () => {
    document.title = 'A';
    const root = document.createElement('main');
    root.textContent = 'food webs';
    const base = pageSignature('https://x.test/a', document, root);
    expect(pageSignature('https://x.test/a', document, root)).toBe(base);
    expect(pageSignature('https://x.test/b', document, root)).not.toBe(base);
    root.textContent = 'food wets';
    expect(pageSignature('https://x.test/a', document, root)).not.toBe(base);
    root.textContent = 'food webs';
    document.title = 'B';
    expect(pageSignature('https://x.test/a', document, root)).not.toBe(base);
  });
});
