import { describe, expect, it } from 'vitest';
import { computeDue, lastInteractionByContact, todaySections, UPCOMING_DAYS } from '../../../../src/core/reminders';
import { at, contact, interaction, settings } from './helpers';

describe('todaySections (the popup Today view)', () => {
  const contacts = [
    contact(1, { name: 'Ana', checkInDays: 10 }),
    contact(2, { name: 'Ben', checkInDays: 10 }),
    contact(3, { name: 'Cy', checkInDays: 10 }),
    contact(4, { name: 'Dee', checkInDays: 10, createdAt: '2025-10-30T12:00:00.000Z' }),
  ];
  // Dee was added on 10-30 and never contacted: due 11-09.
  const log = [
    interaction(1, '2025-10-20', [1]), // due 10-30: 5 days overdue on 11-04
    interaction(2, '2025-10-25', [2]), // due 11-04: today
    interaction(3, '2025-10-28', [3]), // due 11-07: in 3 days
  ];
  const input = { contacts, units: [], interactions: log, reminderState: [], settings: settings() };

  it('splits the due items into overdue, due today and this week, and names who is losing touch', () => {
    const now = at('2025-11-04');
    const items = computeDue({ ...input, now });
    const view = todaySections(items, contacts, lastInteractionByContact(log), now, 3);
    expect(view.today).toBe('2025-11-04');
    expect(view.overdue.map((i) => i.key)).toEqual(['checkin:1']);
    expect(view.dueToday.map((i) => i.key)).toEqual(['checkin:2']);
    expect(view.week.map((i) => i.key)).toEqual(['checkin:3', 'checkin:4']);
    expect(view.overdue[0]!.overdueDays).toBe(5);
    // Never contacted first, then the longest without contact.
    expect(view.losing).toEqual([
      { contactId: 4, name: 'Dee', daysSince: null },
      { contactId: 1, name: 'Ana', daysSince: 15 },
      { contactId: 2, name: 'Ben', daysSince: 10 },
    ]);
  });

  it('counts days against its own now, so items computed earlier the same day are still right', () => {
    const items = computeDue({ ...input, now: at('2025-11-04', 0, 5) });
    const later = at('2025-11-05', 0, 5);
    const view = todaySections(items, contacts, lastInteractionByContact(log), later, 0);
    expect(view.overdue.map((i) => [i.key, i.overdueDays])).toEqual([
      ['checkin:1', 6],
      ['checkin:2', 1],
    ]);
    expect(view.losing).toEqual([]);
  });

  it('drops items further ahead than the upcoming window', () => {
    const items = computeDue({ ...input, now: at('2025-11-04') });
    const view = todaySections(items, contacts, new Map(), at('2025-10-28'), 0);
    expect([...view.overdue, ...view.dueToday]).toEqual([]);
    // 11-04 is exactly UPCOMING_DAYS ahead (kept); 11-07 and 11-09 are beyond it.
    expect(UPCOMING_DAYS).toBe(7);
    expect(view.week.map((i) => [i.key, i.overdueDays])).toEqual([
      ['checkin:1', -2],
      ['checkin:2', -7],
    ]);
  });
});
