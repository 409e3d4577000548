/**
 * What to do with each event of an imported calendar, and the records the
 * choices turn into. Pure: the calendar import screen shows the guesses, lets
 * the librarian change them, and writes the resulting plan in one transaction.
 *
 * - School break → appended to the school year's breaks. Days off written one
 *   event per day (a teacher's A/B-day calendar writes "Winter Break" thirteen
 *   times) become one break.
 * - Unit → a unit with the event's title and dates, everything else empty to
 *   fill in later. The occurrences of one repeating event become one unit.
 * - Meeting to log → a 'meeting' log entry on the event's day, with the
 *   contacts whose email is among the attendees. Only once the day has come.
 * - Ignore → nothing.
 *
 * Importing the same file twice adds nothing the second time: breaks on the same
 * days, units with the same title and start, and meetings with the same day and
 * note are recognised and left out (and said so).
 */
import { addDaysIso } from '../core/dates';
import { MAX_NOTES } from '../core/log';
import type { Contact, Interaction, IsoDate, IsoDateTime, SchoolBreak, Stored, Unit } from '../core/types';
import type { IcsEvent } from './ics-import';

export const CALENDAR_CHOICES = ['break', 'unit', 'meeting', 'ignore'] as const;
export type CalendarChoice = (typeof CALENDAR_CHOICES)[number];

export const CHOICE_LABEL: Record<CalendarChoice, string> = {
  break: 'School break',
  unit: 'Unit',
  meeting: 'Meeting to log',
  ignore: 'Ignore',
};

/**
 * Words that name time off school, in English and in the languages school-holiday
 * feeds come in. German compounds ("Sommerferien", "Herbstferien") carry "ferien" inside.
 */
const BREAK_WORDS = /\b(?:break|vacation|holidays?|recess|no school|school closed|vacances|vacaciones|f[eé]rias)\b|ferien\b/i;

/** Days off on either side of a weekend or a stray day still belong to one break. */
const MAX_GAP_DAYS = 3;

export function isBreakTitle(title: string): boolean {
  return BREAK_WORDS.test(title);
}

const key = (s: string) => s.trim().toLowerCase();

/** The day after `end` plus the allowed gap: a same-named day off starting by then continues the break. */
const continuesBy = (end: IsoDate) => addDaysIso(end, MAX_GAP_DAYS + 1);

/**
 * The first guess for each event (same order): an all-day event named like a
 * break that lasts several days, or that is one of a run of same-named all-day
 * events, is a school break; everything else is ignored until the librarian
 * says otherwise.
 */
export function guessChoices(events: readonly IcsEvent[]): CalendarChoice[] {
  const guesses: CalendarChoice[] = events.map((e) => (e.allDay && isBreakTitle(e.summary) && e.end > e.start ? 'break' : 'ignore'));
  // Single days off written one event per day: look for a same-named neighbour.
  const singles = new Map<string, number[]>();
  events.forEach((e, i) => {
    if (e.allDay && e.start === e.end && isBreakTitle(e.summary)) singles.set(key(e.summary), [...(singles.get(key(e.summary)) ?? []), i]);
  });
  /** `b` is another day off of the same break as `a` (which comes first). */
  const sameBreak = (a: IcsEvent, b: IcsEvent) => b.start !== a.start && b.start <= continuesBy(a.end);
  for (const indexes of singles.values()) {
    const run = indexes.map((i) => ({ i, e: events[i]! })).sort((a, b) => a.e.start.localeCompare(b.e.start));
    run.forEach(({ i, e }, n) => {
      const prev = run[n - 1]?.e;
      const next = run[n + 1]?.e;
      if ((prev && sameBreak(prev, e)) || (next && sameBreak(e, next))) guesses[i] = 'break';
    });
  }
  return guesses;
}

/** A meeting is logged once its day has come, never ahead. */
export function canLogMeeting(event: Pick<IcsEvent, 'start'>, today: IsoDate): boolean {
  return event.start <= today;
}

/** Contacts (ids, in attendee order) whose email is among the event's attendees. */
export function contactsFor(event: Pick<IcsEvent, 'attendees'>, contacts: readonly Pick<Stored<Contact>, 'id' | 'email'>[]): number[] {
  const byEmail = new Map<string, number>();
  for (const c of contacts) if (c.email) byEmail.set(key(c.email), c.id);
  const ids: number[] = [];
  for (const a of event.attendees) {
    const id = byEmail.get(key(a));
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** What is already stored, to recognise what an earlier import brought. */
export interface CalendarExisting {
  breaks: readonly SchoolBreak[];
  units: readonly Pick<Unit, 'title' | 'start'>[];
  /** Log entries (only meetings are compared). */
  interactions: readonly Pick<Interaction, 'kind' | 'date' | 'notes'>[];
  contacts: readonly Pick<Stored<Contact>, 'id' | 'email'>[];
}

export interface CalendarSkip {
  /** Index of the event in the list given to `planCalendarImport`. */
  index: number;
  title: string;
  reason: string;
}

/** The records to write. */
export interface CalendarPlan {
  breaks: SchoolBreak[];
  units: Omit<Unit, 'id'>[];
  meetings: Omit<Interaction, 'id'>[];
  /** Chosen events that add nothing, and why. */
  skipped: CalendarSkip[];
}

/** Turns the choices (one per event, same order) into records. Never throws. */
export function planCalendarImport(
  events: readonly IcsEvent[],
  choices: readonly CalendarChoice[],
  existing: CalendarExisting,
  opts: { today: IsoDate; createdAt: IsoDateTime },
): CalendarPlan {
  const skipped: CalendarSkip[] = [];
  const chosen = (c: CalendarChoice) => events.flatMap((e, index) => (choices[index] === c ? [{ e, index }] : []));
  const skip = (index: number, reason: string) => skipped.push({ index, title: events[index]?.summary ?? '', reason });

  // Breaks: same-named days off that touch (or nearly) are one break.
  const breaks: (SchoolBreak & { from: number[] })[] = [];
  const byName = new Map<string, { e: IcsEvent; index: number }[]>();
  for (const item of chosen('break')) byName.set(key(item.e.summary), [...(byName.get(key(item.e.summary)) ?? []), item]);
  for (const items of byName.values()) {
    items.sort((a, b) => a.e.start.localeCompare(b.e.start));
    let current: (SchoolBreak & { from: number[] }) | undefined;
    for (const { e, index } of items) {
      if (current && e.start <= continuesBy(current.end)) {
        if (e.end > current.end) current.end = e.end;
        current.from.push(index);
      } else {
        current = { name: e.summary.trim() || 'School break', start: e.start, end: e.end, from: [index] };
        breaks.push(current);
      }
    }
  }
  const taken = new Set(existing.breaks.map((b) => `${b.start}/${b.end}`));
  const newBreaks: SchoolBreak[] = [];
  for (const b of breaks.sort((x, y) => x.start.localeCompare(y.start))) {
    const span = `${b.start}/${b.end}`;
    if (taken.has(span)) {
      for (const i of b.from) skip(i, `a break from ${b.start} to ${b.end} is already in the school year`);
      continue;
    }
    taken.add(span);
    newBreaks.push({ name: b.name, start: b.start, end: b.end });
  }

  // Units: the chosen occurrences of one event become one unit, from the first to the last.
  const unitsByUid = new Map<string, { title: string; start: IsoDate; end: IsoDate; from: number[] }>();
  for (const { e, index } of chosen('unit')) {
    const u = unitsByUid.get(e.uid);
    if (u) {
      if (e.start < u.start) u.start = e.start;
      if (e.end > u.end) u.end = e.end;
      u.from.push(index);
    } else unitsByUid.set(e.uid, { title: e.summary.trim() || 'Untitled unit', start: e.start, end: e.end, from: [index] });
  }
  const unitKeys = new Set(existing.units.map((u) => `${key(u.title)}/${u.start ?? ''}`));
  const units: Omit<Unit, 'id'>[] = [];
  for (const u of unitsByUid.values()) {
    const k = `${key(u.title)}/${u.start}`;
    if (unitKeys.has(k)) {
      for (const i of u.from) skip(i, `the unit "${u.title}" starting ${u.start} is already there`);
      continue;
    }
    unitKeys.add(k);
    units.push({ title: u.title, subject: '', grades: [], start: u.start, end: u.end, teacherIds: [], keywords: [], standards: [], description: '', createdAt: opts.createdAt });
  }

  // Meetings: one log entry per occurrence that has happened.
  const logged = new Set(existing.interactions.filter((i) => i.kind === 'meeting').map((i) => `${i.date}/${key(i.notes)}`));
  const meetings: Omit<Interaction, 'id'>[] = [];
  for (const { e, index } of chosen('meeting')) {
    if (!canLogMeeting(e, opts.today)) {
      skip(index, `the meeting is on ${e.start}: log it once it has happened`);
      continue;
    }
    const notes = (e.summary.trim() || 'Meeting').slice(0, MAX_NOTES);
    const k = `${e.start}/${key(notes)}`;
    if (logged.has(k)) {
      skip(index, `a meeting "${notes}" on ${e.start} is already in the log`);
      continue;
    }
    logged.add(k);
    meetings.push({ kind: 'meeting', date: e.start, contactIds: contactsFor(e, existing.contacts), notes, createdAt: opts.createdAt });
  }

  return { breaks: newBreaks, units, meetings, skipped: skipped.sort((a, b) => a.index - b.index) };
}

/** "2 breaks, 1 unit, 3 meetings": what a plan adds, for the confirmation message. */
export function describePlan(plan: Pick<CalendarPlan, 'breaks' | 'units' | 'meetings'>): string {
  const part = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return [part(plan.breaks.length, 'school break'), part(plan.units.length, 'unit'), part(plan.meetings.length, 'meeting')].join(', ');
}
