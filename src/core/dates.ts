/**
 * Local calendar dates (`IsoDate`, `YYYY-MM-DD`).
 *
 * Two worlds meet here:
 * - `Date` objects are instants. They are turned into local calendar dates once
 *   (`toIsoDate`) and back (`parseIsoDate`, local midnight) with date-fns.
 * - Arithmetic on calendar dates (`addDaysIso`, `diffDaysIso`, weekdays, months)
 *   never goes through an instant: each date is mapped to a whole day number with
 *   the proleptic Gregorian formula below. No time zone, no DST, so a difference
 *   is always a whole number of days (a 23-hour March day still counts as 1), and
 *   it is fast enough to run for every contact on every popup open.
 */
import { format, isValid, parse } from 'date-fns';
import type { IsoDate } from './types';

/** `true` for a real calendar date written `YYYY-MM-DD` (rejects `2026-02-30`, `2026-2-3`). */
export function isValidIsoDate(s: unknown): s is IsoDate {
  // Character codes rather than a regular expression: this runs for every entry of a 20,000-entry log.
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by the ASCII digits `s[from..to)`, or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The local calendar date of an instant. */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** Local midnight of a calendar date, or `null` when `s` is not a valid `YYYY-MM-DD` date. */
export function parseIsoDate(s: string): Date | null {
  if (!isValidIsoDate(s)) return null;
  // The reference date only fills fields the pattern lacks; the pattern has them all.
  const d = parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(d) ? d : null;
}

/** `iso` plus `days` calendar days (negative goes back). */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + Math.trunc(days));
}

/** Calendar days from `b` to `a` (`a - b`): `diffDaysIso('2026-03-09', '2026-03-08') === 1`. */
export function diffDaysIso(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayIso(iso: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** `iso` plus `months` calendar months; the day is clamped to the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = fields(iso);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The earlier of two valid dates (string order is date order for `YYYY-MM-DD`). */
export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function fields(iso: IsoDate): { year: number; month: number; day: number } {
  return { year: digits(iso, 0, 4), month: digits(iso, 5, 7), day: digits(iso, 8, 10) };
}

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 of a calendar date (H. Hinnant, "days_from_civil"),
 * exact for every Gregorian date and independent of the time zone.
 */
function dayNumber(iso: IsoDate): number {
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `dayNumber` ("civil_from_days"). */
function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoOf(year, month, day);
}
