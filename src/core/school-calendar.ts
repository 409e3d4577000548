/**
 * When a reminder may fall due: on school days only.
 *
 * Rules (all dates inclusive):
 * - A day inside a break (`settings.schoolYear.breaks`) is not a school day.
 * - With `skipWeekends`, Saturdays and Sundays are not school days.
 * - Outside the school year (`schoolYear.start` / `end`, when set) days are not school days.
 *
 * Where an item lands (`nextSchoolDay`):
 * - Due in a break or on a weekend: the first school day after it.
 * - Due before `schoolYear.start` (the summer before the year): the first school day of the year.
 * - Due after `schoolYear.end`: the next year's first day is not known, so the item
 *   still falls due on its own date (moved off weekends and any break listed that
 *   late). A school year left over from last year therefore never hides reminders.
 * Breaks with an end before their start, or with invalid dates, are ignored.
 */
import { addDaysIso, isValidIsoDate, weekdayIso } from './dates';
import type { IsoDate, SchoolBreak, Settings } from './types';

type CalendarSettings = Pick<Settings, 'schoolYear' | 'skipWeekends'>;

/** The settings checked once: valid year bounds and breaks only. */
interface Calendar {
  start?: IsoDate;
  end?: IsoDate;
  breaks: SchoolBreak[];
  skipWeekends: boolean;
}

export function isSchoolDay(date: IsoDate, settings: CalendarSettings): boolean {
  const cal = calendarOf(settings);
  if (cal.start !== undefined && date < cal.start) return false;
  if (cal.end !== undefined && date > cal.end) return false;
  if (breakContaining(date, cal.breaks) !== undefined) return false;
  return !(cal.skipWeekends && isWeekend(date));
}

/** The day an item due on `date` falls due: `date` itself when it is a school day (see the rules above). */
export function nextSchoolDay(date: IsoDate, settings: CalendarSettings): IsoDate {
  return shiftOnto(date, calendarOf(settings));
}

/**
 * A memoised `nextSchoolDay` for one computation: thousands of items share a
 * few hundred due dates, and the settings are checked once.
 */
export function schoolDayShifter(settings: CalendarSettings): (date: IsoDate) => IsoDate {
  const cal = calendarOf(settings);
  const cache = new Map<IsoDate, IsoDate>();
  return (date) => {
    let shifted = cache.get(date);
    if (shifted === undefined) {
      shifted = shiftOnto(date, cal);
      cache.set(date, shifted);
    }
    return shifted;
  };
}

function shiftOnto(date: IsoDate, cal: Calendar): IsoDate {
  let day = date;
  // Each step moves strictly forward and breaks are finite, so this ends.
  for (;;) {
    if (cal.start !== undefined && day < cal.start) {
      day = cal.start;
      continue;
    }
    const inBreak = breakContaining(day, cal.breaks);
    if (inBreak) {
      day = addDaysIso(inBreak.end, 1);
      continue;
    }
    if (cal.skipWeekends && isWeekend(day)) {
      day = addDaysIso(day, weekdayIso(day) === 6 ? 2 : 1);
      continue;
    }
    return day;
  }
}

function calendarOf(settings: CalendarSettings): Calendar {
  const { start, end, breaks } = settings.schoolYear;
  const cal: Calendar = {
    breaks: breaks.filter((b) => isValidIsoDate(b.start) && isValidIsoDate(b.end) && b.start <= b.end),
    skipWeekends: settings.skipWeekends,
  };
  if (isValidIsoDate(start)) cal.start = start;
  if (isValidIsoDate(end)) cal.end = end;
  return cal;
}

function isWeekend(date: IsoDate): boolean {
  const d = weekdayIso(date);
  return d === 0 || d === 6;
}

function breakContaining(date: IsoDate, breaks: readonly SchoolBreak[]): SchoolBreak | undefined {
  return breaks.find((b) => b.start <= date && date <= b.end);
}
