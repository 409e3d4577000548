import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService, dismissalKeys, nextDailyTime } from '../../../src/background/service';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { loadSampleSchool } from '../../../src/db/sample';
import { buildSampleSchool } from '../../../src/sample/school';
import type { PageContext } from '../../../src/core/types';
import { addInteraction } from '../../../src/db/interactions';
import { toIsoDate } from '../../../src/core/dates';

const NOW = new Date('2025-11-05T10:00:00');
let db: LiaisonDB;
let logs: string[];
let service: ReturnType<typeof createService>;

const origin = () => fakeBrowser.runtime.getURL('/');
const contentSender = { id: fakeBrowser.runtime.id, url: 'https://springfield.instructure.com/courses/7/assignments/1', tab: { id: 12 }, frameId: 0 };
const panelSender = { id: fakeBrowser.runtime.id, url: `${origin()}panel.html`, tab: { id: 12 }, frameId: 3 };
const popupSender = { id: fakeBrowser.runtime.id, url: `${origin()}popup.html` };

const ecosystemsPage: PageContext = {
  site: 'canvas',
  kind: 'assignment',
  url: 'https://springfield.instructure.com/courses/7/assignments/1',
  title: 'Food web lab: producers, consumers and decomposers',
  courseName: 'Science 7',
  text: 'Build a food web for the pond ecosystem. Identify producers, primary consumers, decomposers and show energy flow between trophic levels.',
  dates: [],
  people: [],
};
const decoyPage: PageContext = { ...ecosystemsPage, url: 'https://springfield.instructure.com/courses/7/pages/picture-day', title: 'Picture day reminder', kind: 'page', text: 'Picture day is Thursday. Order forms are due at the front office. Wear your best smile!' };

beforeEach(async () => {
  db = openDb(`svc-${Math.random()}`);
  await loadSampleSchool(db, buildSampleSchool(NOW));
  logs = [];
  service = createService({ db, now: () => NOW, log: (m) => logs.push(m) });
});

describe('background service', () => {
  it('sets the badge to the number of due check-ins, and lowers it after a check-in is logged', async () => {
    const text = await service.refreshBadge();
    expect(Number(text)).toBeGreaterThan(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(text);
    // Log a check-in with every contact: nothing is overdue any more.
    const ids = (await db.contacts.toArray()).map((c) => c.id!);
    await addInteraction(db, { kind: 'check-in', date: toIsoDate(NOW), contactIds: ids, notes: 'all', createdAt: NOW.toISOString() });
    const after = await service.onMessage({ type: 'data:changed' }, popupSender);
    expect(after).toEqual({ badge: expect.any(String) });
    expect(Number((after as { badge: string }).badge || 0)).toBeLessThan(Number(text));
  });

  it('answers show:true for a page about a unit, then gives the panel its data', async () => {
    const answer = await service.onMessage({ type: 'page:context', context: ecosystemsPage }, contentSender);
    expect(answer).toEqual({ show: true });
    const data = (await service.onMessage({ type: 'panel:get' }, panelSender)) as { units: { title: string }[]; resources: unknown[]; contacts: { statusText: string }[] };
    expect(data.units[0]?.title).toBe('Ecosystem Dynamics');
    expect(data.resources.length).toBeGreaterThan(0);
    expect(data.contacts.length).toBeGreaterThan(0);
    expect(data.contacts[0]?.statusText).toMatch(/contact/i);
  });

  it('stays silent on a page about nothing in the library', async () => {
    expect(await service.onMessage({ type: 'page:context', context: decoyPage }, contentSender)).toEqual({ show: false });
    expect(await service.onMessage({ type: 'panel:get' }, panelSender)).toBeNull();
  });

  it('rejects forged and malformed messages with a logged reason, and changes nothing', async () => {
    const before = await db.settings.get('main');
    const forged = [
      [{ type: 'panel:dismiss', scope: 'site' }, contentSender],
      [{ type: 'data:changed' }, contentSender],
      [{ type: 'page:context', context: { ...ecosystemsPage, title: 5 } }, contentSender],
      [{ type: 'page:context', context: ecosystemsPage }, { ...contentSender, id: 'other-extension' }],
      [{ type: 'page:context', context: ecosystemsPage }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' }],
    ] as const;
    for (const [msg, sender] of forged) {
      expect(await service.onMessage(msg, sender)).toEqual({ error: 'rejected' });
    }
    expect(logs).toHaveLength(forged.length);
    expect(logs.join('\n')).toMatch(/not accepted from a content script/);
    expect(await db.settings.get('main')).toEqual(before);
  });

  it('hides the panel for a course once dismissed there', async () => {
    await service.onMessage({ type: 'page:context', context: ecosystemsPage }, contentSender);
    await service.onMessage({ type: 'panel:dismiss', scope: 'course' }, panelSender);
    const settings = (await db.settings.get('main'))!.value;
    expect(settings.panelDismissals).toContain(dismissalKeys(ecosystemsPage).course);
    expect(await service.onMessage({ type: 'page:context', context: { ...ecosystemsPage, url: ecosystemsPage.url + '0' } }, contentSender)).toEqual({ show: false });
  });

  it('turns a whole site off', async () => {
    await service.onMessage({ type: 'page:context', context: ecosystemsPage }, contentSender);
    await service.onMessage({ type: 'panel:dismiss', scope: 'site' }, panelSender);
    expect((await db.settings.get('main'))!.value.disabledSites).toContain('canvas');
  });

  it('gives the popup the current tab match for prefilling the log', async () => {
    await service.onMessage({ type: 'page:context', context: ecosystemsPage }, contentSender);
    const m = (await service.onMessage({ type: 'tab:match', tabId: 12 }, popupSender)) as { unitTitle?: string; contactIds: number[] };
    expect(m.unitTitle).toBe('Ecosystem Dynamics');
    expect(m.contactIds.length).toBeGreaterThan(0);
  });

  it('keeps per-tab state across a worker restart (storage.session), and drops it when the tab closes', async () => {
    await service.onMessage({ type: 'page:context', context: ecosystemsPage }, contentSender);
    const restarted = createService({ db, now: () => NOW, log: () => undefined });
    expect(await restarted.onMessage({ type: 'panel:get' }, panelSender)).not.toBeNull();
    await restarted.onTabRemoved(12);
    expect(await restarted.onMessage({ type: 'panel:get' }, panelSender)).toBeNull();
  });
});

describe('daily digest', () => {
  it('is off by default: no alarm, no notification', async () => {
    await service.start();
    expect(await fakeBrowser.alarms.get('daily-digest')).toBeUndefined();
  });

  it('arms for the next chosen time once turned on', async () => {
    const s = (await db.settings.get('main'))!.value;
    await db.settings.put({ key: 'main', value: { ...s, notifications: { enabled: true, time: '07:30' } } });
    await service.onMessage({ type: 'data:changed' }, popupSender);
    const alarm = await fakeBrowser.alarms.get('daily-digest');
    expect(new Date(alarm!.scheduledTime)).toEqual(new Date('2025-11-06T07:30:00'));
    expect(nextDailyTime(new Date('2025-11-05T06:00:00'), '07:30')).toEqual(new Date('2025-11-05T07:30:00'));
  });
});
