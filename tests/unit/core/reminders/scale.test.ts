import { describe, expect, it } from 'vitest';
import { addDaysIso, diffDaysIso } from '../../../../src/core/dates';
import { nextSchoolDay } from '../../../../src/core/school-calendar';
import { badgeFor, computeDue, lastInteractionByContact, losingTouch } from '../../../../src/core/reminders';
import { ROLES, type Contact, type Interaction, type Unit } from '../../../../src/core/types';
import { at, contact, interaction, settings, state, unit } from './helpers';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(20260305);
const pick = (n: number) => Math.floor(rnd() * n);
const contacts: Contact[] = Array.from({ length: 2000 }, (_, i) =>
  contact(i + 1, {
    name: `Person ${i + 1}`,
    role: ROLES[pick(ROLES.length)]!,
    createdAt: `${addDaysIso('2025-08-01', pick(200))}T12:00:00.000Z`,
    archived: rnd() < 0.05,
    ...(rnd() < 0.1 ? { checkInDays: pick(40) } : {}),
  }),
);
const units: Unit[] = Array.from({ length: 60 }, (_, i) => {
  const start = addDaysIso('2025-08-25', pick(280));
  return unit(i + 1, { start, end: addDaysIso(start, 5 + pick(30)), teacherIds: [1 + pick(2000), 1 + pick(2000)] });
});
const interactions: Interaction[] = Array.from({ length: 20_000 }, (_, i) =>
  interaction(i + 1, addDaysIso('2025-08-20', pick(230)), [1 + pick(2000), ...(rnd() < 0.3 ? [1 + pick(2000)] : [])], {
    ...(rnd() < 0.1 ? { unitId: 1 + pick(60) } : {}),
    ...(rnd() < 0.05 ? { followUp: addDaysIso('2026-02-01', pick(60)) } : {}),
  }),
);
const reminderState = Array.from({ length: 200 }, (_, i) => state(`checkin:${i * 10 + 1}`, { snoozedUntil: '2026-03-10' }));
const s = settings({ skipWeekends: true, schoolYear: { start: '2025-08-25', end: '2026-06-12', breaks: [{ name: 'Winter', start: '2025-12-22', end: '2026-01-02' }] } });
const now = at('2026-03-05');

describe('2,000 contacts and 20,000 interactions', () => {
  it('computes due items in reasonable time, and correctly', () => {
    const t0 = performance.now();
    const items = computeDue({ contacts, units, interactions, reminderState, settings: s, now });
    const badge = badgeFor(items, now);
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(1000); // a correctness test, not the benchmark (scripts/bench/reminders.bench.ts)

    expect(items.length).toBeGreaterThan(50);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    for (let i = 1; i < items.length; i++) expect(items[i - 1]!.overdueDays).toBeGreaterThanOrEqual(items[i]!.overdueDays);
    for (const item of items) expect(item.overdueDays).toBeGreaterThanOrEqual(-7);
    expect(badge.count).toBe(items.filter((i) => i.overdueDays >= 0).length);

    // Check-ins against a slow, obvious recomputation for a sample of contacts.
    const checkins = new Map(items.filter((i) => i.kind === 'check-in').map((i) => [i.contactIds[0], i]));
    const snoozed = new Set(reminderState.map((r) => r.key));
    for (const c of contacts.filter((_, i) => i % 20 === 0)) {
      const cadence = c.checkInDays ?? s.cadenceByRole[c.role];
      const dates = interactions.filter((it) => it.contactIds.includes(c.id!)).map((it) => it.date).sort();
      const from = dates.at(-1) ?? c.createdAt.slice(0, 10);
      const expectedDue = addDaysIso(from, cadence);
      const shown = !c.archived && cadence > 0 && !snoozed.has(`checkin:${c.id}`) && diffDaysIso('2026-03-05', nextSchoolDay(expectedDue, s)) >= -7;
      const got = checkins.get(c.id!);
      expect(got !== undefined, `contact ${c.id}`).toBe(shown);
      if (got) expect(got.originalDue).toBe(expectedDue);
    }
  });

  it('gives the same answer with a precomputed last-interaction map, and losingTouch stays quick', () => {
    const last = lastInteractionByContact(interactions);
    const plain = computeDue({ contacts, units, interactions, reminderState, settings: s, now });
    const fast = computeDue({ contacts, units, interactions, reminderState, settings: s, now, lastInteraction: last });
    expect(fast).toEqual(plain);
    const t0 = performance.now();
    const top = losingTouch(contacts, last, now, 10);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(top).toHaveLength(10);
  });
});
