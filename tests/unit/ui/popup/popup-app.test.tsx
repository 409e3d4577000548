// @vitest-environment happy-dom
/**
 * PopupApp against the real background service (fake-browser, fake-indexeddb):
 * `send` is routed to `createService(...).onMessage` as Chromium would route
 * runtime.sendMessage, so the popup renders what the background answers and
 * its writes go through Dexie and `data:changed` for real.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../../../src/background/service';
import { loadSampleSchool } from '../../../../src/db/sample';
import { getDb } from '../../../../src/db/schema';
import { buildSampleSchool } from '../../../../src/sample/school';
import { POPUP_SHOWN } from '../../../../src/messaging/responses';

const requests: { type: string; all?: boolean }[] = [];
vi.mock('../../../../src/messaging/client', () => ({
  send: async (request: { type: string }) => {
    requests.push(request);
    const answer = await service.onMessage(request, { id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}popup.html` });
    if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(String(answer.error));
    return answer;
  },
}));
const { PopupApp } = await import('../../../../src/ui/popup/PopupApp');

// happy-dom has no idle callbacks (Chromium and Firefox do): run them on the next task.
globalThis.requestIdleCallback ??= ((cb: IdleRequestCallback) => setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 0 }), 0) as unknown as number);
globalThis.cancelIdleCallback ??= ((id: number) => clearTimeout(id));

let service: ReturnType<typeof createService>;
let root: HTMLDivElement;

beforeEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  localStorage.clear();
  requests.length = 0;
  service = createService({ db, now: () => new Date(), log: () => undefined });
  // No tab to match: the popup is tested on its own.
  fakeBrowser.tabs.query = async () => [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (sel: string) => (root.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const count = (id: string) => Number(/\((\d+)\)/.exec(text(`#${id}`))?.[1]);

async function show(): Promise<void> {
  await act(async () => {
    render(<PopupApp />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('h2')).not.toBeNull());
}

describe('PopupApp', () => {
  it('offers the import when the library is empty', async () => {
    await show();
    expect(text('main')).toMatch(/No contacts yet\./);
    expect(root.querySelector('input[role="combobox"]')).toBeNull();
    expect(requests.map((r) => r.type)).toEqual(['popup:today']);
  });

  it('opens on one message, shows the first items of each section, and the rest on "Show all"', async () => {
    await loadSampleSchool(getDb(), buildSampleSchool(new Date()));
    await show();
    expect(requests.filter((r) => r.type === 'popup:today')).toEqual([{ type: 'popup:today', all: false }]);
    expect(root.querySelector('input[role="combobox"]')).not.toBeNull();
    const overdue = count('s-overdue');
    const shown = () => root.querySelectorAll('section[aria-labelledby="s-overdue"] [data-key]').length;
    // The sample school, built for today, has more overdue items than the first answer holds.
    expect(overdue).toBeGreaterThan(POPUP_SHOWN);
    expect(shown()).toBe(POPUP_SHOWN);
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent === `Show all ${overdue}`)!;
    await act(async () => more.click());
    await vi.waitFor(() => expect(shown()).toBe(overdue));
    expect(requests.at(-1)).toEqual({ type: 'popup:today', all: true });
  });

  it('marks an item done through the write path, and shows the view the background recomputed', async () => {
    await loadSampleSchool(getDb(), buildSampleSchool(new Date()));
    await show();
    const first = root.querySelector<HTMLElement>('section[aria-labelledby="s-overdue"] [data-key^="checkin:"]')!;
    const key = first.dataset.key!;
    const before = count('s-overdue');
    const done = [...first.querySelectorAll('button')].find((b) => b.textContent === 'Done')!;
    await act(async () => done.click());
    await vi.waitFor(() => expect(text('.toast')).toMatch(/Logged as done\./));
    await vi.waitFor(() => expect(root.querySelector(`[data-key="${key}"]`)).toBeNull());
    expect(count('s-overdue')).toBe(before - 1);
    expect(requests.map((r) => r.type)).toContain('data:changed');
    const logged = await getDb().interactions.where('kind').equals('check-in').toArray();
    expect(logged.some((i) => i.contactIds.includes(Number(key.split(':')[1])))).toBe(true);
  });
});
