/**
 * iCalendar (.ics) → events in a date window, for unit dates, school breaks and
 * meetings with teachers.
 *
 * ical.js parses and expands recurrences (RRULE, EXDATE, RECURRENCE-ID overrides);
 * this module makes real-world files readable first and turns times into the
 * librarian's zone:
 * - Lines that are not iCalendar (a stray `X`, a parameter without a value, junk after
 *   END:VCALENDAR) are dropped and listed in `skipped` with their line; a quote that
 *   swallowed the value (`TZID="Zone:20200609T090000"`) is repaired; a file cut short
 *   gets its missing END lines. A broken file is reported, never thrown.
 * - Times: UTC as is; a TZID that is an IANA name, a Windows id or an Outlook display
 *   name via `Intl`; otherwise the file's own VTIMEZONE (through ical.js); otherwise
 *   the time is read as local, with a warning.
 * - `end` is the last day the event touches (inclusive). An all-day event's DTEND is
 *   exclusive in iCalendar, so it is moved back a day.
 * - A timed event from midnight lasting 23 hours or more counts as all-day (school
 *   closure feeds write them so); so does X-MICROSOFT-CDO-ALLDAYEVENT:TRUE.
 * - `attendees` lists the organiser first, then the attendees: emails, or names when
 *   there is no email.
 */
import ICAL from 'ical.js';
import type { IsoDate } from '../core/types';
import { isValidIsoDate } from '../core/dates';
import { isEmail } from './fields';
import { normaliseNewlines, stripBom, tooLargeMessage } from './text';
import { epochToWall, hhmmOf, isoDateOf, resolveZone, wallToEpoch, type WallTime } from './timezones';

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  start: IsoDate;
  end: IsoDate;
  allDay: boolean;
  /** `HH:mm` in the librarian's zone, for timed events. */
  startTime?: string;
  location?: string;
  attendees: string[];
}

export interface IcsSkip {
  reason: string;
  line?: number;
}

export interface IcsImport {
  events: IcsEvent[];
  skipped: IcsSkip[];
  /** Remarks that did not cost an event (an unknown time zone read as local …). */
  warnings: string[];
  fatal?: string;
}

export interface IcsOptions {
  /** First and last day of the window (inclusive); recurrences are expanded only inside it. */
  from: IsoDate;
  to: IsoDate;
  /** The librarian's IANA zone, e.g. from `Intl.DateTimeFormat().resolvedOptions().timeZone`. */
  timeZone: string;
}

/** Safety cap on recurrence steps per event (a daily event over 100 years is 36,500). */
const MAX_STEPS = 50_000;
/**
 * Most occurrences kept per event. A daily event across the import screen's two-year
 * window is 731; a rule that fires every second or minute would otherwise bring
 * tens of thousands of copies of one event (and seconds of work) into the preview.
 */
const MAX_OCCURRENCES = 1_000;

/** `NAME`, then `;PARAM=value` (values may be quoted), then `:`. */
const CONTENT_LINE = /^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:/;

interface Cleaned {
  text: string;
  /** File line of each BEGIN:VEVENT, in order. */
  eventLines: number[];
  skipped: IcsSkip[];
  warnings: string[];
}

/** Unfolds, checks and repairs the lines, keeping the file's line numbers for messages. */
function clean(input: string): Cleaned | undefined {
  const physical = input.split('\n');
  const logical: { text: string; line: number }[] = [];
  for (const [i, raw] of physical.entries()) {
    const last = logical[logical.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else if (raw.trim() !== '') logical.push({ text: raw, line: i + 1 });
  }
  if (!logical.some((l) => /^BEGIN:VCALENDAR\s*$/i.test(l.text))) return undefined;

  const out: string[] = [];
  const eventLines: number[] = [];
  const skipped: IcsSkip[] = [];
  const warnings: string[] = [];
  const stack: string[] = [];
  for (const { text: original, line } of logical) {
    let text = original.trimEnd();
    const begin = /^BEGIN:([A-Za-z0-9-]+)$/i.exec(text);
    const end = /^END:([A-Za-z0-9-]+)$/i.exec(text);
    if (stack.length === 0 && !(begin && begin[1]!.toUpperCase() === 'VCALENDAR')) {
      skipped.push({ reason: `line ${line} is outside the calendar and was ignored: "${shorten(text)}"`, line });
      continue;
    }
    if (begin) {
      stack.push(begin[1]!.toUpperCase());
      if (begin[1]!.toUpperCase() === 'VEVENT') eventLines.push(line);
    } else if (end) {
      const name = end[1]!.toUpperCase();
      if (!stack.includes(name)) {
        skipped.push({ reason: `line ${line} closes ${name}, which was never opened`, line });
        continue;
      }
      while (stack.length > 0 && stack[stack.length - 1] !== name) out.push(`END:${stack.pop()}`);
      stack.pop();
    } else if (!CONTENT_LINE.test(text)) {
      const repaired = text.replace(/^(.*=)"([^"]*?):([^":]*)"$/, '$1"$2":$3');
      if (repaired !== text && CONTENT_LINE.test(repaired)) {
        warnings.push(`line ${line}: a misplaced quote was repaired`);
        text = repaired;
      } else {
        skipped.push({ reason: `line ${line} is not an iCalendar line and was ignored: "${shorten(text)}"`, line });
        continue;
      }
    }
    out.push(text);
  }
  if (stack.length > 0) {
    warnings.push(`the file ends before END:${stack[0]}: it may have been cut short`);
    while (stack.length > 0) out.push(`END:${stack.pop()}`);
  }
  return { text: out.join('\r\n'), eventLines, skipped, warnings };
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function wallOf(t: ICAL.Time): WallTime {
  return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
}

/** Turns times of one calendar into instants, remembering zones it could not place. */
function makeClock(options: IcsOptions, floatingZone: string, warnings: string[]) {
  const unknown = new Set<string>();
  const approximate = new Set<string>();
  /** Instant (ms) of a time from the calendar. */
  return (t: ICAL.Time): number => {
    if (t.zone === ICAL.Timezone.utcTimezone) return t.toUnixTime() * 1000;
    // An unresolved TZID leaves the zone floating and keeps the name in `timezone` (untyped).
    const tzid = t.zone && t.zone !== ICAL.Timezone.localTimezone ? t.zone.tzid : (t as ICAL.Time & { timezone?: string }).timezone;
    if (!tzid || tzid === 'floating') return wallToEpoch(wallOf(t), floatingZone);
    const resolved = resolveZone(tzid);
    if (resolved) {
      if (!resolved.exact && !approximate.has(tzid)) {
        approximate.add(tzid);
        warnings.push(`time zone "${tzid}" was read as a fixed offset (${resolved.zone}); daylight saving is not applied`);
      }
      return wallToEpoch(wallOf(t), resolved.zone);
    }
    // Defined only by the file's VTIMEZONE, which ical.js applies.
    if (t.zone && t.zone.tzid === tzid && t.zone.component) return t.toUnixTime() * 1000;
    if (!unknown.has(tzid)) {
      unknown.add(tzid);
      warnings.push(`time zone "${tzid}" is not known: its times were read as local times`);
    }
    return wallToEpoch(wallOf(t), options.timeZone);
  };
}

function people(item: ICAL.Event): string[] {
  const props = [...item.component.getAllProperties('organizer'), ...item.component.getAllProperties('attendee')];
  const out: string[] = [];
  for (const p of props) {
    const value = String(p.getFirstValue() ?? '').replace(/^mailto:/i, '').trim();
    const cn = String(p.getParameter('cn') ?? '').trim();
    const who = isEmail(value) ? value : cn;
    if (who !== '' && !out.some((o) => o.toLowerCase() === who.toLowerCase())) out.push(who);
  }
  return out;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads an .ics file's text. Never throws. */
export function parseIcs(input: string, options: IcsOptions): IcsImport {
  const tooLarge = tooLargeMessage(input);
  if (tooLarge) return { events: [], skipped: [], warnings: [], fatal: tooLarge };
  const cleaned = clean(normaliseNewlines(stripBom(input)));
  if (!cleaned) {
    return { events: [], skipped: [], warnings: [], fatal: 'This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR.' };
  }
  const { skipped, warnings } = cleaned;
  let roots: ICAL.Component[];
  try {
    const jcal: unknown = ICAL.parse(cleaned.text);
    const list = Array.isArray(jcal) && typeof jcal[0] !== 'string' ? (jcal as unknown[]) : [jcal];
    roots = list.map((j) => new ICAL.Component(j as never));
  } catch (e) {
    return { events: [], skipped, warnings, fatal: `The calendar could not be read: ${e instanceof Error ? e.message : String(e)}.` };
  }

  const events: IcsEvent[] = [];
  /** Events already reported for a date that does not exist. */
  const badDates = new Set<string>();
  let eventIndex = 0;
  let clock: ReturnType<typeof makeClock>;
  for (const root of roots) {
    // Google writes times without a zone and names the calendar's zone in X-WR-TIMEZONE.
    const calendarZone = resolveZone(text(root.getFirstPropertyValue('x-wr-timezone')));
    clock = makeClock(options, calendarZone?.zone ?? options.timeZone, warnings);
    const components = root.name === 'vevent' ? [root] : root.getAllSubcomponents('vevent');
    const lines = new Map(components.map((c) => [c, cleaned.eventLines[eventIndex++]]));
    const mastersByUid = new Set(components.filter((c) => !c.hasProperty('recurrence-id')).map((c) => text(c.getFirstPropertyValue('uid'))));
    for (const component of components) {
      const line = lines.get(component);
      // Overrides are expanded with their master; an override without one stands alone.
      const uid = text(component.getFirstPropertyValue('uid'));
      if (component.hasProperty('recurrence-id') && mastersByUid.has(uid)) continue;
      try {
        expand(component, uid || `line-${line ?? 0}`, line);
      } catch (e) {
        const summary = text(component.getFirstPropertyValue('summary'));
        skipped.push({ reason: `event "${summary}" could not be read: ${e instanceof Error ? e.message : String(e)}`, line });
      }
    }
  }
  events.sort((a, b) => a.start.localeCompare(b.start) || (a.startTime ?? '').localeCompare(b.startTime ?? ''));
  return { events, skipped, warnings };


  function expand(component: ICAL.Component, uid: string, line: number | undefined) {
    const summary = text(component.getFirstPropertyValue('summary'));
    if (!component.hasProperty('dtstart')) {
      skipped.push({ reason: `event "${summary}" has no start date`, line });
      return;
    }
    const event = new ICAL.Event(component);
    if (!event.isRecurring()) {
      push(event, event.startDate, event.endDate, uid, line);
      return;
    }
    // A day of margin either side: the zone change can move an occurrence across midnight.
    const last = addDays(options.to, 1);
    const iterator = event.iterator();
    let kept = 0;
    for (let steps = 0; ; steps++) {
      const next = iterator.next();
      if (!next) break;
      // Past year 9999 the dates no longer compare as text (a broken DTSTART such as month 00 can get there).
      if (next.year > 9999 || isoDateOf(next) > last) break;
      if (steps >= MAX_STEPS || kept >= MAX_OCCURRENCES) {
        warnings.push(
          kept === 0
            ? `event "${summary}" repeats too often before ${options.from}; its occurrences from then on could not be read`
            : `event "${summary}" repeats too often; only its first ${kept} occurrences were read`,
        );
        break;
      }
      // Occurrences ending long before the window are not looked at (events last under a year).
      if (isoDateOf(next) < addDays(options.from, -366)) continue;
      const details = event.getOccurrenceDetails(next);
      if (push(details.item, details.startDate, details.endDate, uid, line)) kept++;
    }
  }

  /** Adds one occurrence; false when it is cancelled or outside the window. */
  function push(item: ICAL.Event, start: ICAL.Time, end: ICAL.Time | undefined, uid: string, line: number | undefined): boolean {
    if (text(item.component.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED') return false;
    const msAllDay = text(item.component.getFirstPropertyValue('x-microsoft-cdo-alldayevent')).toUpperCase() === 'TRUE';
    let event: Pick<IcsEvent, 'start' | 'end' | 'allDay' | 'startTime'>;
    if (start.isDate) {
      const first = isoDateOf(start);
      const after = end && end.isDate ? isoDateOf(end) : undefined;
      event = { start: first, end: after && after > first ? addDays(after, -1) : first, allDay: true };
    } else {
      const startMs = clock(start);
      const endMs = end ? Math.max(clock(end), startMs) : startMs;
      const s = epochToWall(startMs, options.timeZone);
      const e = epochToWall(endMs, options.timeZone);
      const first = isoDateOf(s);
      // An end at exactly midnight belongs to the day before.
      const endsAtMidnight = endMs > startMs && e.hour === 0 && e.minute === 0 && e.second === 0;
      const lastDay = endsAtMidnight ? addDays(isoDateOf(e), -1) : isoDateOf(e);
      const wholeDay = (s.hour === 0 && s.minute === 0 && endMs - startMs >= 23 * 3600_000) || msAllDay;
      event = wholeDay ? { start: first, end: lastDay, allDay: true } : { start: first, end: lastDay, allDay: false, startTime: hhmmOf(s) };
    }
    if (!isValidIsoDate(event.start) || !isValidIsoDate(event.end)) {
      // Once per event, not once per occurrence of a broken recurring one.
      if (!badDates.has(uid)) skipped.push({ reason: `event "${text(item.summary)}" has a date that does not exist (${event.start})`, line });
      badDates.add(uid);
      return false;
    }
    if (event.end < options.from || event.start > options.to) return false;
    const location = text(item.location);
    events.push({
      uid,
      summary: text(item.summary),
      description: text(item.description),
      ...event,
      ...(location ? { location } : {}),
      attendees: people(item),
    });
    return true;
  }
}
