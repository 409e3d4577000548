import { describe, expect, it } from 'vitest';
import { computeDue } from '../../../../src/core/reminders';
import { at, byKey, contact, due, interaction, settings, unit } from './helpers';

describe('dates far in the past and the future', () => {
  it('a contact last seen decades ago is overdue by the exact number of days', () => {
    const items = due({ contacts: [contact(1)], interactions: [interaction(10, '1990-01-01', [1])], now: at('2026-03-05') });
    expect(items[0]).toMatchObject({ originalDue: '1990-01-22', overdueDays: 13191 });
  });

  it('data and clocks far in the future neither crash nor fall due early', () => {
    const items = due({
      contacts: [contact(1, { createdAt: '2999-06-01T00:00:00.000Z' }), contact(2)],
      units: [unit(5, { start: '2999-01-10', end: '2999-02-10', teacherIds: [2] })],
      interactions: [interaction(10, '2998-12-01', [2], { followUp: '2999-12-31' })],
      now: at('2026-03-05'),
    });
    expect(items).toEqual([]);
    const then = due({ contacts: [contact(1)], interactions: [interaction(10, '2026-03-01', [1])], now: at('2999-12-31') });
    expect(then[0]?.overdueDays).toBe(diffFrom('2026-03-22', '2999-12-31'));
  });
});

/** Independent check with UTC milliseconds (no DST in UTC). */
function diffFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

describe('a clock that jumps backwards', () => {
  const contacts = [contact(1, { createdAt: '2026-03-01T12:00:00.000Z' }), contact(2, { createdAt: '2026-03-01T12:00:00.000Z' })];
  const log = [interaction(10, '2026-03-20', [2])];

  it('records dated after "today" are not due, and nothing crashes or goes negative in the wrong place', () => {
    // The clock says January, but the contacts were added in March and contact 2 was met on 2026-03-20.
    const items = due({ contacts, interactions: log, now: at('2026-01-15') });
    expect(items).toEqual([]);
  });

  it('a future-dated interaction restarts the timer from its date', () => {
    const items = due({ contacts: [contact(2, { checkInDays: 3 })], interactions: log, now: at('2026-03-18') });
    expect(items[0]).toMatchObject({ originalDue: '2026-03-23', overdueDays: -5, title: 'Check in with Teacher 2 (next contact logged for 2026-03-20)' });
  });

  it('each result depends only on the `now` given: going back and forth gives the same lists', () => {
    const s = { contacts, interactions: log };
    const later = due({ ...s, now: at('2026-04-30') });
    const earlier = due({ ...s, now: at('2026-03-25') });
    expect(due({ ...s, now: at('2026-04-30') })).toEqual(later);
    expect(earlier).not.toEqual(later);
    expect(byKey(later, 'checkin:1')?.overdueDays).toBe(39); // due 2026-03-22
    expect(byKey(earlier, 'checkin:1')?.overdueDays).toBe(3);
    expect(byKey(earlier, 'checkin:2')).toBeUndefined(); // due 2026-04-10
  });
});

describe('bad data does not crash', () => {
  it('skips records without ids, invalid dates, unreadable createdAt, and odd settings', () => {
    const items = computeDue({
      contacts: [
        { ...contact(1), id: undefined },
        contact(2, { createdAt: 'yesterday-ish' }),
        contact(3, { checkInDays: Number.NaN }),
        contact(4, { createdAt: '2026-01-02' }),
      ],
      units: [
        { ...unit(5, { start: '2026-03-10', teacherIds: [4] }), id: undefined },
        unit(6, { start: '2026-02-30', end: '2026-03-10', teacherIds: [4] }),
        unit(7, { start: '2026-03-10', end: 'June', teacherIds: [4] }),
      ],
      interactions: [
        interaction(10, 'last week', [2], { followUp: 'soon' }),
        { ...interaction(11, '2026-03-01', [2], { followUp: '2026-03-05' }), id: undefined },
      ],
      reminderState: [],
      settings: settings({ unitLeadDays: -5 }),
      now: at('2026-03-05'),
    });
    expect(items.map((i) => i.key)).toEqual(['checkin:4', 'unit-start:7']);
    // A negative lead counts as 0: the prompt is on the start date.
    expect(byKey(items, 'unit-start:7')).toMatchObject({ originalDue: '2026-03-10', overdueDays: -5 });
    // A createdAt written as a plain date is that local date.
    expect(byKey(items, 'checkin:4')).toMatchObject({ originalDue: '2026-01-23' });
  });
});
