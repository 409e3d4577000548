// @vitest-environment happy-dom
/**
 * The calendar content script's runner on the Google Calendar week fixture:
 * an event dialog is read and sent at once (not after the 300 ms debounce the
 * other content scripts use), the panel frame comes and goes with it, and the
 * chips are marked from the background's answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext } from '../../../src/core/types';
import { runCalendar } from '../../../src/content/calendar';
import { MARK_ATTR, googleChips, outlookChips } from '../../../src/content/calendar-chips';
import { FRAME_ID } from '../../../src/content/run';
import { googleCalendar } from '../../../src/sites/google-calendar';
import { outlook } from '../../../src/sites/outlook';
import { fillDate, weekPages } from '../../fixtures/calendar/index';

const week = weekPages[0]!;
const html = fillDate(readFileSync(join(__dirname, '../../fixtures/calendar', week.file), 'utf8'), '2026-11-30');

interface Sent {
  type: string;
  context?: PageContext;
}
let sent: Sent[];
let ctx: ContentScriptContext;

const until = async (what: string, ok: () => boolean, ms = 2000) => {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(fillDate(week.url, '2026-11-30'));
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    const msg = m as { type: string; context?: PageContext; chips?: { title: string }[] };
    sent.push({ type: msg.type, context: msg.context });
    if (msg.type === 'page:context') return Promise.resolve({ show: msg.context?.people.some((p) => p.includes('sadeyemi')) ?? false });
    if (msg.type === 'calendar:chips') return Promise.resolve({ marked: msg.chips!.flatMap((c, i) => (c.title.includes('Adeyemi') ? [i] : [])) });
    return Promise.resolve({ ok: true });
  });
  ctx = new ContentScriptContext('calendar');
});

afterEach(() => ctx.notifyInvalidated());

describe('runCalendar', () => {
  it('reads an event dialog as soon as it appears, shows the panel, and clears it when the dialog goes', async () => {
    runCalendar(ctx, [googleCalendar, outlook], [googleChips, outlookChips]);
    // First look in idle time: no event open, and the chips are marked.
    await until('the first reading', () => sent.some((s) => s.type === 'page:clear'));
    await until('the marks', () => document.querySelector(`[${MARK_ATTR}]`) !== null);
    expect(Array.from(document.querySelectorAll(`[${MARK_ATTR}]`)).map((el) => el.getAttribute('data-ll-chip'))).toEqual(['adeyemi']);

    // The app appends the dialog to body.
    const template = document.getElementById(`dlg-${'YWRleWVtaXBsYW4'}`) as HTMLTemplateElement;
    document.body.append(template.content.cloneNode(true));
    // Read in the next task (at most one 50 ms throttle later), not after a 300 ms debounce and idle time:
    // by the time a 60 ms timer set now fires, the reading has been sent.
    await new Promise((r) => setTimeout(r, 60));
    const read = sent.find((s) => s.type === 'page:context')!;
    expect(read).toBeDefined();
    expect(read.context).toMatchObject({ site: 'google-calendar', kind: 'calendar-event', title: 'Co-planning with Samuel Adeyemi' });
    expect(read.context?.people).toContain('sadeyemi@springfieldhills.example.org');
    await until('the panel frame', () => document.getElementById(FRAME_ID) !== null);
    // The frame hangs off <html>, outside the body the app (and our observer) watch.
    expect(document.getElementById(FRAME_ID)?.parentElement).toBe(document.documentElement);

    // Closed: the dialog leaves the DOM; the panel goes and the background is told.
    const clears = sent.filter((s) => s.type === 'page:clear').length;
    document.querySelector('[data-chips-dialog]')!.remove();
    await until('the panel to go', () => document.getElementById(FRAME_ID) === null);
    await until('the clear message', () => sent.filter((s) => s.type === 'page:clear').length > clears);
  });

  it('sends an unchanged event once, however often the app touches the page', async () => {
    runCalendar(ctx, [googleCalendar, outlook], [googleChips, outlookChips]);
    await until('the first reading', () => sent.some((s) => s.type === 'page:clear'));
    document.body.append((document.getElementById('dlg-YWRleWVtaXBsYW4') as HTMLTemplateElement).content.cloneNode(true));
    await until('the event to be sent', () => sent.some((s) => s.type === 'page:context'));
    // The app keeps restyling the dialog (an animation): nothing new to send.
    const dialog = document.querySelector('[data-chips-dialog]') as HTMLElement;
    for (let i = 0; i < 5; i++) {
      dialog.style.opacity = String(1 - i / 10);
      await new Promise((r) => setTimeout(r, 30));
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(sent.filter((s) => s.type === 'page:context')).toHaveLength(1);
  });
});
