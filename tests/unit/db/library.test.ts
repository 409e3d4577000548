import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/db/schema';
import { loadDueInput, loadReminderInput } from '../../../src/db/library';
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
