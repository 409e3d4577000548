/**
 * The date signal: a unit running now or starting soon is likelier to be the
 * one a page is about than one that ended last year. Calendar arithmetic on
 * day numbers (days since 1970-01-01), so no time zone or DST can move it.
 */
import type { IsoDate, Unit } from '../types';

export function dayOfIso(iso: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** The local calendar day of `now`. */
export function dayOfDate(now: Date): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000;
}

/** Points and factors of the date signal (part of the engine's tunable weights). */
export interface DateWeights {
  running: number;
  soon: number;
  near: number;
  justEnded: number;
  pageDates: number;
  farAhead: number;
  stale: number;
  veryStale: number;
}

export const DATE_WEIGHTS: DateWeights = {
  /** Running now. */
  running: 1.5,
  /** Starts within 14 days. */
  soon: 1.5,
  /** Starts within 45 days. */
  near: 0.75,
  /** Ended within 14 days. */
  justEnded: 0.5,
  /** A date on the page falls within the unit (a week either side). */
  pageDates: 1,
  /** Factor for a unit starting more than 120 days from now. */
  farAhead: 0.85,
  /** Factor for a unit that ended 60 to 200 days ago, and more than 200. */
  stale: 0.75,
  veryStale: 0.55,
};

/** A unit's start and end as day numbers (null when absent or malformed). */
export function unitDays(unit: Pick<Unit, 'start' | 'end'>): { start: number | null; end: number | null } {
  return { start: unit.start ? dayOfIso(unit.start) : null, end: unit.end ? dayOfIso(unit.end) : null };
}

/** A unit's span, with one date alone standing for a 30-day unit; null without dates. */
function span(days: { start: number | null; end: number | null }): { start: number; end: number } | null {
  const { start, end } = days;
  if (start === null && end === null) return null;
  return { start: start ?? end! - 30, end: end ?? start! + 30 };
}

function pageDatesInside(s: { start: number; end: number }, pageDays: readonly number[]): boolean {
  return pageDays.some((p) => p >= s.start - 7 && p <= s.end + 7);
}

/** The date signal's points and factor (no words: computed for every candidate unit). Units without dates get none. */
export function dateScore(
  days: { start: number | null; end: number | null },
  today: number,
  pageDays: readonly number[],
  w: DateWeights = DATE_WEIGHTS,
): { bonus: number; factor: number } {
  const s = span(days);
  if (!s) return { bonus: 0, factor: 1 };
  let bonus = 0;
  let factor = 1;
  if (today >= s.start && today <= s.end) bonus = w.running;
  else if (today < s.start) {
    const d = s.start - today;
    if (d <= 14) bonus = w.soon;
    else if (d <= 45) bonus = w.near;
    else if (d > 120) factor = w.farAhead;
  } else {
    const d = today - s.end;
    if (d <= 14) bonus = w.justEnded;
    else if (d > 200) factor = w.veryStale;
    else if (d > 60) factor = w.stale;
  }
  if (pageDatesInside(s, pageDays)) bonus += w.pageDates;
  return { bonus, factor };
}

/** The date signal in words: "running now", "starts in 5 days; page dates fall in the unit". */
export function dateLabel(days: { start: number | null; end: number | null }, today: number, pageDays: readonly number[]): string {
  const s = span(days);
  if (!s) return '';
  const plural = (d: number) => `${d} day${d === 1 ? '' : 's'}`;
  const when =
    today >= s.start && today <= s.end ? 'running now' : today < s.start ? `starts in ${plural(s.start - today)}` : `ended ${plural(today - s.end)} ago`;
  return pageDatesInside(s, pageDays) ? `${when}; page dates fall in the unit` : when;
}
