/**
 * The popup's data source: `popup:today`, answered by the background from what
 * it keeps for the badge. The popup renders it without reading the database,
 * so it must agree with the reminders engine, follow every write announced by
 * `data:changed`, and carry only what the type-ahead needs.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../../../src/background/service';
import { toIsoDate } from '../../../../src/core/dates';
import { computeDue } from '../../../../src/core/reminders';
import { addInteraction } from '../../../../src/db/interactions';
import { loadDueInput } from '../../../../src/db/library';
import { loadSampleSchool } from '../../../../src/db/sample';
import { openDb, type LiaisonDB } from '../../../../src/db/schema';
import { POPUP_SHOWN, type PopupToday } from '../../../../src/messaging/responses';
import { buildSampleSchool } from '../../../../src/sample/school';

const NOW = new Date('2025-11-05T10:00:00');
let db: LiaisonDB;
let now: Date;
let service: ReturnType<typeof createService>;
const popupSender = () => ({ id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}popup.html` });
const today = async (all = true) => (await service.onMessage({ type: 'popup:today', all }, popupSender())) as PopupToday;

beforeEach(async () => {
  db = openDb(`popup-${Math.random()}`);
  await loadSampleSchool(db, buildSampleSchool(NOW));
  now = NOW;
  service = createService({ db, now: () => now, log: () => undefined });
});

describe('popup:today', () => {
  it('gives the same due items as the reminders engine, split into sections', async () => {
    const view = await today(true);
    const input = await loadDueInput(db, NOW);
    const items = computeDue({ ...input, now: NOW });
    expect(view.today).toBe(toIsoDate(NOW));
    expect([...view.overdue, ...view.dueToday, ...view.week]).toEqual(items);
    expect(view.overdue.every((i) => i.overdueDays > 0)).toBe(true);
    expect(view.dueToday.every((i) => i.overdueDays === 0)).toBe(true);
    expect(view.week.every((i) => i.overdueDays < 0)).toBe(true);
    expect(view.overdue.length).toBeGreaterThan(0);
    expect(view.plan.map((p) => p.label)).toEqual(input.settings.goals.map((g) => g.label));
    expect(view.losing).toHaveLength(5);
    expect(view.losing.every((l) => l.name.length > 0)).toBe(true);
  });

  it('sends the first items of each section with their counts, unless all are asked', async () => {
    const full = await today(true);
    const first = await today(false);
    expect(full.overdue.length).toBeGreaterThan(POPUP_SHOWN);
    for (const s of ['overdue', 'dueToday', 'week'] as const) {
      expect(first[s]).toEqual(full[s].slice(0, POPUP_SHOWN));
      expect(first.counts[s]).toBe(full[s].length);
    }
    expect(await service.onMessage({ type: 'popup:today' }, popupSender())).toEqual(first);
  });

  it('carries only what the type-ahead needs, for non-archived contacts and units', async () => {
    const first = (await db.contacts.toArray())[0]!;
    await db.contacts.update(first.id!, { archived: true, notes: 'private note' });
    await service.onMessage({ type: 'data:changed' }, popupSender());
    const view = await today();
    const all = await db.contacts.toArray();
    expect(view.contactCount).toBe(all.length);
    expect(view.contacts).toHaveLength(all.length - 1);
    expect(view.contacts.some((c) => c.id === first.id)).toBe(false);
    for (const c of view.contacts) expect(Object.keys(c).sort()).toEqual(expect.arrayContaining(['id', 'name', 'role', 'subjects']));
    for (const c of view.contacts) expect(Object.keys(c).every((k) => ['id', 'name', 'role', 'subjects', 'email'].includes(k))).toBe(true);
    expect(view.units.every((u) => Object.keys(u).sort().join() === 'id,title')).toBe(true);
  });

  it('answers from memory until a write is announced, then shows the check-in timer reset', async () => {
    const before = await today();
    const item = before.overdue.find((i) => i.kind === 'check-in')!;
    const [cid] = item.contactIds;
    await addInteraction(db, { kind: 'check-in', date: toIsoDate(NOW), contactIds: [cid!], notes: '', createdAt: NOW.toISOString() });
    // Not announced yet: the same view (no database read on open).
    expect((await today()).overdue.map((i) => i.key)).toContain(item.key);
    await service.onMessage({ type: 'data:changed' }, popupSender());
    const after = await today();
    expect([...after.overdue, ...after.dueToday, ...after.week].map((i) => i.key)).not.toContain(item.key);
    expect(after.losing.map((l) => l.contactId)).not.toContain(cid);
  });

  it('recomputes on a new day without any write', async () => {
    const first = await today();
    now = new Date(NOW.getTime() + 86_400_000);
    const next = await today();
    expect(next.today).not.toBe(first.today);
    const days = (list: PopupToday['overdue']) => new Map(list.map((i) => [i.key, i.overdueDays]));
    const was = days(first.overdue);
    for (const [key, d] of days(next.overdue)) if (was.has(key)) expect(d).toBe(was.get(key)! + 1);
  });

  it('is refused to a content script', async () => {
    const content = { id: fakeBrowser.runtime.id, url: 'https://springfield.instructure.com/courses/7', tab: { id: 3 }, frameId: 0 };
    expect(await service.onMessage({ type: 'popup:today' }, content)).toEqual({ error: 'rejected' });
  });
});
