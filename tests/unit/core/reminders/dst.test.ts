// Runs in America/New_York so that local dates cross real DST changes (2026-03-08 has
// 23 hours, 2026-11-01 has 25). Node re-reads TZ when it is assigned, and this file
// runs in its own worker, so no other test sees it.
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { diffDaysIso, toIsoDate } from '../../../../src/core/dates';
import { planProgress } from '../../../../src/core/plan';
import { badgeFor } from '../../../../src/core/reminders';
import { remindersToIcs } from '../../../../src/io/ics-export';
import { contact, due, interaction, settings } from './helpers';

describe('DST in America/New_York', () => {
  it('really runs across DST boundaries (guard for the tests below)', () => {
    expect(new Date(2026, 2, 8).getTimezoneOffset()).toBe(300); // EST
    expect(new Date(2026, 2, 9).getTimezoneOffset()).toBe(240); // EDT
    expect(new Date(2026, 10, 2).getTimezoneOffset()).toBe(300);
    // The bug these tests guard against: dividing milliseconds by a day.
    expect((new Date(2026, 2, 9).getTime() - new Date(2026, 2, 8).getTime()) / 86_400_000).toBeCloseTo(0.9583, 3);
    expect((new Date(2026, 10, 2).getTime() - new Date(2026, 10, 1).getTime()) / 86_400_000).toBeCloseTo(1.0417, 3);
  });

  it('local dates hold up to midnight on the short and the long day', () => {
    expect(toIsoDate(new Date(2026, 2, 8, 0, 30))).toBe('2026-03-08');
    expect(toIsoDate(new Date(2026, 2, 8, 23, 59))).toBe('2026-03-08');
    expect(toIsoDate(new Date(2026, 10, 1, 1, 30))).toBe('2026-11-01'); // the repeated hour
    expect(toIsoDate(new Date(2026, 10, 1, 23, 59))).toBe('2026-11-01');
    expect(diffDaysIso(toIsoDate(new Date(2026, 2, 9, 0, 1)), toIsoDate(new Date(2026, 2, 8, 23, 59)))).toBe(1);
  });

  it('March: a check-in due the Monday after the change is due today, by whole days, right after midnight', () => {
    const contacts = [contact(1, { checkInDays: 7 })];
    const log = [interaction(10, '2026-03-02', [1])];
    const s = settings({ skipWeekends: true });
    const justAfter = due({ contacts, interactions: log, settings: s, now: new Date(2026, 2, 9, 0, 5) });
    expect(justAfter[0]).toMatchObject({ due: '2026-03-09', overdueDays: 0 });
    const justBefore = due({ contacts, interactions: log, settings: s, now: new Date(2026, 2, 8, 23, 55) });
    expect(justBefore[0]).toMatchObject({ due: '2026-03-09', overdueDays: -1 });
    const weekLater = due({ contacts, interactions: log, settings: s, now: new Date(2026, 2, 16, 0, 5) });
    expect(weekLater[0]?.overdueDays).toBe(7);
    expect(badgeFor(justAfter, new Date(2026, 2, 9, 0, 5))).toEqual({ text: '1', color: 'due', count: 1 });
  });

  it('November: the 25-hour day is one day, late in the evening too', () => {
    const contacts = [contact(1, { checkInDays: 1 })];
    const log = [interaction(10, '2026-10-31', [1])]; // due Sunday 2026-11-01
    const late = due({ contacts, interactions: log, now: new Date(2026, 10, 1, 23, 30) });
    expect(late[0]).toMatchObject({ due: '2026-11-01', overdueDays: 0 });
    const next = due({ contacts, interactions: log, now: new Date(2026, 10, 2, 0, 10) });
    expect(next[0]?.overdueDays).toBe(1);
    for (const item of [...late, ...next]) expect(Number.isInteger(item.overdueDays)).toBe(true);
  });

  it('a contact added late in the evening counts from its local date, not the UTC one', () => {
    // 2026-03-08T04:30Z is 23:30 on 2026-03-07 in New York.
    const items = due({ contacts: [contact(1, { createdAt: '2026-03-08T04:30:00.000Z' })], now: new Date(2026, 2, 28, 9, 0) });
    expect(items[0]).toMatchObject({ originalDue: '2026-03-28', overdueDays: 0 });
  });

  it('the plan week that contains the change runs Monday to Sunday', () => {
    const [week] = planProgress(
      [{ period: 'week', kinds: [], count: 2, label: 'Two a week' }],
      [interaction(1, '2026-03-02', [1]), interaction(2, '2026-03-08', [1]), interaction(3, '2026-03-09', [1])],
      settings(),
      new Date(2026, 2, 8, 23, 30),
    );
    expect(week).toMatchObject({ periodStart: '2026-03-02', periodEnd: '2026-03-08', done: 2, met: true });
  });

  it('the calendar export stamps DTSTAMP in UTC', () => {
    const withItem = remindersToIcs(
      [{ key: 'checkin:1', kind: 'check-in', due: '2026-03-09', originalDue: '2026-03-09', overdueDays: 0, contactIds: [1], title: 'T' }],
      [],
      new Date(2026, 2, 8, 3, 30, 15),
      { schoolName: 'X' },
    );
    expect(withItem).toContain('DTSTAMP:20260308T073015Z\r\n'); // 03:30 EDT = 07:30 UTC
  });
});
