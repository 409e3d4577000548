import { describe, expect, it } from 'vitest';
import { at, byKey, contact, due, interaction, settings } from './helpers';

const school = settings({
  skipWeekends: true,
  schoolYear: {
    start: '2025-08-25',
    end: '2026-06-12',
    breaks: [{ name: 'Winter break', start: '2025-12-22', end: '2026-01-02' }],
  },
});
const contacts = [contact(1, { name: 'Maria Lopez' })];

describe('reminders on school days only', () => {
  // Last contact 2025-12-03 + 21 days = Wednesday 2025-12-24, in winter break.
  const log = [interaction(10, '2025-12-03', [1])];

  it('an item due during winter break falls due on the first school day after it', () => {
    const items = due({ contacts, interactions: log, settings: school, now: at('2026-01-05') });
    expect(items).toEqual([
      expect.objectContaining({ key: 'checkin:1', originalDue: '2025-12-24', due: '2026-01-05', overdueDays: 0 }),
    ]);
  });

  it('nothing falls due during the break', () => {
    for (const day of ['2025-12-24', '2025-12-29', '2026-01-02']) {
      const [item] = due({ contacts, interactions: log, settings: school, now: at(day) });
      expect(item === undefined || item.overdueDays < 0, day).toBe(true);
    }
  });

  it('without the break the same item is simply overdue', () => {
    const items = due({ contacts, interactions: log, settings: settings({ skipWeekends: true }), now: at('2026-01-05') });
    expect(byKey(items, 'checkin:1')).toMatchObject({ due: '2025-12-24', overdueDays: 12 });
  });

  it('an item due on a weekend falls due on Monday when skipWeekends is on, and on the day itself when off', () => {
    const weekendLog = [interaction(10, '2026-02-14', [1])]; // due Saturday 2026-03-07
    const on = due({ contacts, interactions: weekendLog, settings: settings({ skipWeekends: true }), now: at('2026-03-07') });
    expect(on[0]).toMatchObject({ due: '2026-03-09', overdueDays: -2 });
    const off = due({ contacts, interactions: weekendLog, settings: settings({ skipWeekends: false }), now: at('2026-03-07') });
    expect(off[0]).toMatchObject({ due: '2026-03-07', overdueDays: 0 });
  });

  it('summer before the school year counts as a break: items move to the first day of school', () => {
    const summer = settings({ skipWeekends: true, schoolYear: { start: '2026-08-24', breaks: [] } });
    const items = due({ contacts, interactions: [interaction(10, '2026-06-20', [1])], settings: summer, now: at('2026-08-24') });
    expect(items[0]).toMatchObject({ originalDue: '2026-07-11', due: '2026-08-24', overdueDays: 0 });
  });

  it('after the school year ends items still fall due (a stale school year hides nothing)', () => {
    const items = due({ contacts, interactions: [interaction(10, '2026-06-15', [1])], settings: school, now: at('2026-07-06') });
    expect(items[0]).toMatchObject({ originalDue: '2026-07-06', due: '2026-07-06', overdueDays: 0 });
  });
});
