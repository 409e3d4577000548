import { describe, expect, it } from 'vitest';
import { badgeFor, lastInteractionByContact, losingTouch, type DueItem } from '../../../../src/core/reminders';
import { at, contact, due, interaction, unit } from './helpers';

function item(key: string, dueDate: string, overdueDays: number): DueItem {
  return { key, kind: 'check-in', due: dueDate, originalDue: dueDate, overdueDays, contactIds: [], title: key };
}

describe('ordering', () => {
  it('returns the most overdue first, then follow-ups before unit prompts before check-ins, then by title', () => {
    const contacts = [
      contact(1, { name: 'Zoe Adams' }),
      contact(2, { name: 'Al Brown' }),
      contact(3, { name: 'Cy Dunn', checkInDays: 0 }),
    ];
    const items = due({
      contacts,
      units: [unit(5, { title: 'Weather', start: '2026-03-19', teacherIds: [3] })],
      interactions: [
        interaction(10, '2026-02-12', [1, 2]), // both check-ins due 2026-03-05
        interaction(11, '2026-02-01', [3], { followUp: '2026-03-05' }),
        interaction(12, '2026-02-01', [3], { followUp: '2026-02-20' }),
        interaction(13, '2026-02-01', [3], { followUp: '2026-03-08' }),
      ],
      now: at('2026-03-05'),
    });
    expect(items.map((i) => [i.key, i.overdueDays])).toEqual([
      ['followup:12', 13],
      ['followup:11', 0],
      ['unit-start:5', 0],
      ['checkin:2', 0], // Al Brown before Zoe Adams
      ['checkin:1', 0],
      ['followup:13', -3],
    ]);
  });
});

describe('badgeFor', () => {
  it('counts items due today or overdue, not upcoming ones', () => {
    const items = [item('a', '2026-03-05', 0), item('b', '2026-03-01', 4), item('c', '2026-03-08', -3)];
    expect(badgeFor(items, at('2026-03-05'))).toEqual({ text: '2', color: 'due', count: 2 });
  });

  it('is empty with nothing due', () => {
    expect(badgeFor([], at('2026-03-05'))).toEqual({ text: '', color: 'none', count: 0 });
    expect(badgeFor([item('c', '2026-03-08', -3)], at('2026-03-05'))).toEqual({ text: '', color: 'none', count: 0 });
  });

  it('turns overdue-week when anything is more than 7 days overdue', () => {
    expect(badgeFor([item('a', '2026-02-26', 7)], at('2026-03-05')).color).toBe('due');
    expect(badgeFor([item('a', '2026-02-25', 8)], at('2026-03-05')).color).toBe('overdue-week');
  });

  it('judges by `now`, so a list computed earlier can be reused later in the week', () => {
    const items = [item('c', '2026-03-08', -3)];
    expect(badgeFor(items, at('2026-03-08'))).toEqual({ text: '1', color: 'due', count: 1 });
  });

  it('caps the text at 99+', () => {
    const many = Array.from({ length: 120 }, (_, i) => item(`k${i}`, '2026-03-01', 4));
    expect(badgeFor(many, at('2026-03-05'))).toEqual({ text: '99+', color: 'due', count: 120 });
  });
});

describe('losingTouch', () => {
  const contacts = [
    contact(1, { name: 'Recent' }),
    contact(2, { name: 'Long ago' }),
    contact(3, { name: 'Never, added first', createdAt: '2025-08-01T12:00:00.000Z' }),
    contact(4, { name: 'Never, added later', createdAt: '2026-01-10T12:00:00.000Z' }),
    contact(5, { name: 'Archived', archived: true }),
    contact(6, { name: 'Middle' }),
  ];
  const log = [
    interaction(10, '2026-03-01', [1]),
    interaction(11, '2025-11-01', [2, 5]),
    interaction(12, '2026-02-01', [6]),
    interaction(13, '2025-10-01', [1]),
  ];

  it('lists never-contacted first (oldest added first), then the longest since contact; archived left out', () => {
    expect(losingTouch(contacts, log, at('2026-03-05'), 10)).toEqual([
      { contactId: 3, daysSince: null },
      { contactId: 4, daysSince: null },
      { contactId: 2, daysSince: 124 },
      { contactId: 6, daysSince: 32 },
      { contactId: 1, daysSince: 4 },
    ]);
  });

  it('respects the limit and accepts a precomputed map', () => {
    const map = lastInteractionByContact(log);
    expect(losingTouch(contacts, map, at('2026-03-05'), 3)).toEqual(losingTouch(contacts, log, at('2026-03-05'), 3));
    expect(losingTouch(contacts, map, at('2026-03-05'), 3).map((r) => r.contactId)).toEqual([3, 4, 2]);
    expect(losingTouch(contacts, log, at('2026-03-05'), 0)).toEqual([]);
  });
});

describe('lastInteractionByContact', () => {
  it('keeps the latest valid date per contact', () => {
    const map = lastInteractionByContact([
      interaction(1, '2026-01-05', [1, 2]),
      interaction(2, '2026-03-01', [2]),
      interaction(3, '2026-02-31', [1]), // invalid date: ignored
      interaction(4, '2025-12-01', [1]),
    ]);
    expect([...map.entries()].sort()).toEqual([
      [1, '2026-01-05'],
      [2, '2026-03-01'],
    ]);
  });
});
