import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/db/schema';
import { loadDueInput, loadLibrary, loadReminderInput } from '../../../src/db/library';
import { setArchived } from '../../../src/db/bulk';
import { loadSampleSchool } from '../../../src/db/sample';
import { buildSampleSchool } from '../../../src/sample/school';
import { computeDue, losingTouch } from '../../../src/core/reminders';
import { planProgress } from '../../../src/core/plan';

describe('loadDueInput: the badge and popup read a window of the log, with the same result as the whole log', () => {
  it.each(['2025-09-02T09:00:00', '2025-11-05T10:00:00', '2026-01-12T08:00:00', '2026-03-20T15:00:00', '2026-06-30T12:00:00'])('at %s', async (when) => {
    const now = new Date(when);
    const db = openDb(`due-${Math.random()}`);
    await loadSampleSchool(db, buildSampleSchool(new Date('2025-11-05T10:00:00')));
    await db.reminderState.put({ key: 'checkin:3', snoozedUntil: '2025-11-10', updatedAt: now.toISOString() });
    const full = await loadReminderInput(db);
    const windowed = await loadDueInput(db, now);
    expect(windowed.interactions.length).toBeLessThanOrEqual(full.interactions.length);
    expect(computeDue({ ...windowed, now })).toEqual(computeDue({ ...full, now }));
    expect(planProgress(windowed.settings.goals, windowed.interactions, windowed.settings, now)).toEqual(planProgress(full.settings.goals, full.interactions, full.settings, now));
    expect(losingTouch(windowed.contacts, windowed.lastInteraction, now, 10)).toEqual(losingTouch(full.contacts, full.interactions, now, 10));
  });
});

describe('archived records leave matching and reminders', () => {
  const now = new Date('2025-11-05T10:00:00');

  it('loadLibrary (what matching reads) leaves out archived contacts, units and resources', async () => {
    const db = openDb(`lib-${Math.random()}`);
    await loadSampleSchool(db, buildSampleSchool(now));
    const before = await loadLibrary(db);
    const [contact, unit, resource] = [before.contacts[0]!, before.units[0]!, before.resources[0]!];
    await setArchived(db, 'contacts', [contact.id], true);
    await setArchived(db, 'units', [unit.id], true);
    await setArchived(db, 'resources', [resource.id], true);
    const after = await loadLibrary(db);
    expect(after.contacts.map((c) => c.id)).toEqual(before.contacts.map((c) => c.id).filter((id) => id !== contact.id));
    expect(after.units.map((u) => u.id)).toEqual(before.units.map((u) => u.id).filter((id) => id !== unit.id));
    expect(after.resources.map((r) => r.id)).toEqual(before.resources.map((r) => r.id).filter((id) => id !== resource.id));
  });

  it('an archived unit gives no unit prompts, from the badge loader and the full loader alike', async () => {
    const db = openDb(`lib-${Math.random()}`);
    await loadSampleSchool(db, buildSampleSchool(now));
    // Find a moment when some unit prompt is due.
    const at = ['2025-09-02T09:00:00', '2025-11-05T10:00:00', '2026-01-12T08:00:00', '2026-03-20T15:00:00'].map((s) => new Date(s));
    const found = await (async () => {
      for (const when of at) {
        const item = computeDue({ ...(await loadDueInput(db, when)), now: when }).find((i) => i.kind === 'unit-start' || i.kind === 'unit-end');
        if (item) return { when, unitId: item.unitId! };
      }
      return undefined;
    })();
    expect(found, 'the sample school has a unit prompt at one of these dates').toBeDefined();
    const { when, unitId } = found!;
    await setArchived(db, 'units', [unitId], true);
    const windowed = computeDue({ ...(await loadDueInput(db, when)), now: when });
    const full = computeDue({ ...(await loadReminderInput(db)), now: when });
    expect(windowed.filter((i) => i.key.startsWith('unit-') && i.unitId === unitId)).toEqual([]);
    expect(full).toEqual(windowed);
    await setArchived(db, 'units', [unitId], false);
    expect(computeDue({ ...(await loadDueInput(db, when)), now: when }).some((i) => i.key.startsWith('unit-') && i.unitId === unitId)).toBe(true);
  });

  it('an archived contact gets no check-in', async () => {
    const db = openDb(`lib-${Math.random()}`);
    await loadSampleSchool(db, buildSampleSchool(now));
    const later = new Date('2026-03-20T15:00:00');
    const checkins = computeDue({ ...(await loadDueInput(db, later)), now: later }).filter((i) => i.kind === 'check-in');
    expect(checkins.length).toBeGreaterThan(0);
    const id = checkins[0]!.contactIds[0]!;
    await setArchived(db, 'contacts', [id], true);
    expect(computeDue({ ...(await loadDueInput(db, later)), now: later }).some((i) => i.key === `checkin:${id}`)).toBe(false);
  });
});
