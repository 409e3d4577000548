/**
 * Connection-plan progress: how many logged interactions count toward each goal
 * in the current week, month or quarter (up to today: an entry dated later in
 * the period is a plan, not yet done).
 *
 * Periods (all inclusive, local calendar dates):
 * - week: Monday to Sunday.
 * - month: the calendar month.
 * - quarter: the school-year quarter, exactly as the report defines it
 *   (`periodFor('this-quarter')` in report.ts), so the popup and the report agree.
 */
import { addDaysIso, daysInMonth, fields, isValidIsoDate, isoOf, minIso, toIsoDate, weekdayIso } from './dates';
import type { ConnectionGoal, Interaction, IsoDate, Settings } from './types';
import { periodFor } from './report';

export type PlanPeriod = ConnectionGoal['period'];

export interface PeriodRange {
  start: IsoDate;
  end: IsoDate;
}

export interface GoalProgress {
  goal: ConnectionGoal;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** Interactions dated in the period up to today whose kind counts toward the goal. */
  done: number;
  target: number;
  met: boolean;
}

export function planProgress(
  goals: readonly ConnectionGoal[],
  interactions: readonly Interaction[],
  settings: Pick<Settings, 'schoolYear'>,
  now: Date,
): GoalProgress[] {
  const today = toIsoDate(now);
  return goals.map((goal) => {
    const { start, end } = periodRange(goal.period, now, settings);
    // Entries dated later in the period are plans, not done yet.
    const upTo = minIso(end, today);
    const kinds = new Set(goal.kinds);
    let done = 0;
    for (const it of interactions) {
      if (it.date >= start && it.date <= upTo && isValidIsoDate(it.date) && (kinds.size === 0 || kinds.has(it.kind))) done++;
    }
    return { goal, periodStart: start, periodEnd: end, done, target: goal.count, met: done >= goal.count };
  });
}

/** The week (Monday start), month or school-year quarter containing `now`'s local date. */
export function periodRange(period: PlanPeriod, now: Date, settings: Pick<Settings, 'schoolYear'>): PeriodRange {
  const today = toIsoDate(now);
  const { year, month } = fields(today);
  switch (period) {
    case 'week': {
      const start = addDaysIso(today, -((weekdayIso(today) + 6) % 7));
      return { start, end: addDaysIso(start, 6) };
    }
    case 'month':
      return { start: isoOf(year, month, 1), end: isoOf(year, month, daysInMonth(year, month)) };
    case 'quarter': {
      // One definition of quarters for the popup and the report: the report's.
      const { start, end } = periodFor('this-quarter', settings as Settings, now);
      return { start, end };
    }
  }
}

