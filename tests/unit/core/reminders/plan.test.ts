import { describe, expect, it } from 'vitest';
import { periodRange, planProgress } from '../../../../src/core/plan';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/core/types';
import { periodFor } from '../../../../src/core/report';
import { toIsoDate } from '../../../../src/core/dates';
import { at, interaction, settings } from './helpers';

const noYear = settings();
const withYear = settings({ schoolYear: { start: '2025-08-20', end: '2026-06-10', breaks: [] } });

describe('periodRange', () => {
  it('weeks run Monday to Sunday', () => {
    expect(periodRange('week', at('2026-03-05'), noYear)).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(periodRange('week', at('2026-03-08'), noYear)).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(periodRange('week', at('2026-03-09'), noYear)).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    expect(periodRange('week', at('2026-12-31'), noYear)).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });

  it('months are calendar months', () => {
    expect(periodRange('month', at('2026-02-14'), noYear)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodRange('month', at('2024-02-14'), noYear)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange('month', at('2026-12-31', 23, 59), noYear)).toEqual({ start: '2026-12-01', end: '2026-12-31' });
  });

  it('quarters are the report\'s quarters: four contiguous blocks from the school year\'s first day', () => {
    for (const s of [noYear, withYear]) {
      const seen: string[] = [];
      // Walk a whole school year day by day: every day lies in its quarter, and the popup agrees with the report.
      for (let d = 0; d < 290; d++) {
        const day = new Date(2025, 7, 20 + d, 12);
        const q = periodRange('quarter', day, s);
        expect(q).toEqual((({ start, end }) => ({ start, end }))(periodFor('this-quarter', s as Settings, day)));
        const iso = toIsoDate(day);
        expect(q.start <= iso && iso <= q.end).toBe(true);
        if (!seen.includes(q.start)) seen.push(q.start);
      }
      expect(seen).toHaveLength(4);
    }
    expect(periodRange('quarter', at('2025-08-01'), noYear).start).toBe('2025-08-01');
    expect(periodRange('quarter', at('2025-08-20'), withYear).start).toBe('2025-08-20');
  });
});

describe('planProgress', () => {
  const log = [
    interaction(1, '2026-03-02', [1], { kind: 'email' }),
    interaction(2, '2026-03-04', [2], { kind: 'meeting' }),
    interaction(3, '2026-02-27', [3], { kind: 'meeting' }),
    interaction(4, '2026-01-20', [3], { kind: 'event' }),
    interaction(5, '2026-03-31', [3], { kind: 'event' }),
    interaction(6, '2026-03-0x', [3], { kind: 'meeting' }),
  ];

  it('counts the interactions of the current week, month and quarter that match each goal', () => {
    const progress = planProgress(DEFAULT_SETTINGS.goals, log, noYear, at('2026-03-05'));
    expect(progress.map(({ goal, ...rest }) => ({ label: goal.label, ...rest }))).toEqual([
      { label: 'Reach out to one colleague', periodStart: '2026-03-02', periodEnd: '2026-03-08', done: 2, target: 1, met: true },
      { label: 'Attend one meeting', periodStart: '2026-03-01', periodEnd: '2026-03-31', done: 1, target: 1, met: true },
      // Q3 of the Aug 1–Jun 30 year runs 2026-01-15 to 2026-04-07: the event of 2026-01-20
      // counts; the one of 2026-03-31 is still ahead.
      { label: 'Present to peers', periodStart: '2026-01-15', periodEnd: '2026-04-07', done: 1, target: 1, met: true },
    ]);
  });

  it('is not met until the target is reached', () => {
    const goals = [{ period: 'month' as const, kinds: ['meeting' as const, 'event' as const], count: 3, label: 'Three' }];
    expect(planProgress(goals, log, noYear, at('2026-03-05'))[0]).toMatchObject({ done: 1, met: false });
    expect(planProgress(goals, log, noYear, at('2026-03-31'))[0]).toMatchObject({ done: 2, met: false });
    expect(planProgress(goals, [...log, interaction(7, '2026-03-10', [1], { kind: 'event' })], noYear, at('2026-03-31'))[0]).toMatchObject({ done: 3, met: true });
  });

  it('returns nothing without goals and zero without interactions', () => {
    expect(planProgress([], log, noYear, at('2026-03-05'))).toEqual([]);
    expect(planProgress(DEFAULT_SETTINGS.goals, [], noYear, at('2026-03-05')).map((p) => [p.done, p.met])).toEqual([
      [0, false],
      [0, false],
      [0, false],
    ]);
  });
});
