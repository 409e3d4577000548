/**
 * Fuzzing the iCalendar reader, the exporter's round trip, and the calendar
 * import plan built from what it reads: random text, generated calendars with
 * zones and recurrences, and damaged ones. Nothing may throw; every event must
 * be a real day range inside the window.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from '../../../src/core/dates';
import type { DueItem } from '../../../src/core/reminders';
import type { Unit } from '../../../src/core/types';
import { CALENDAR_CHOICES, guessChoices, planCalendarImport } from '../../../src/io/calendar-choices';
import { remindersToIcs } from '../../../src/io/ics-export';
import { parseIcs, type IcsImport, type IcsOptions } from '../../../src/io/ics-import';
import { CREATED_AT, NOW, RUNS, anyText, applyAll, expectStorable, mutations } from './support';

const WINDOW: IcsOptions = { from: '2026-01-01', to: '2027-06-30', timeZone: 'America/New_York' };
const ZONES = ['America/New_York', 'UTC', 'Europe/Berlin', 'Pacific/Chatham', 'Asia/Kolkata'];

/** Every promise of `parseIcs`: a fatal sentence, or events that are real day ranges inside the window. */
function expectWellFormedIcs(r: IcsImport, window: IcsOptions = WINDOW): void {
  if (r.fatal !== undefined) {
    expect(r.fatal.trim()).not.toBe('');
    expect(r.events).toEqual([]);
  }
  for (const s of r.skipped) {
    expect(s.reason.trim()).not.toBe('');
    if (s.line !== undefined) expect(Number.isInteger(s.line) && s.line >= 1).toBe(true);
  }
  for (const w of r.warnings) expect(w.trim()).not.toBe('');
  for (const e of r.events) {
    expect(isValidIsoDate(e.start) && isValidIsoDate(e.end), `${e.start}..${e.end}`).toBe(true);
    expect(e.start <= e.end).toBe(true);
    expect(e.end >= window.from && e.start <= window.to).toBe(true);
    expect(typeof e.uid === 'string' && typeof e.summary === 'string' && typeof e.description === 'string').toBe(true);
    if (e.allDay) expect(e.startTime).toBeUndefined();
    else expect(e.startTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    for (const a of e.attendees) expect(typeof a === 'string' && a.trim() !== '').toBe(true);
  }
  const sorted = [...r.events].sort((a, b) => a.start.localeCompare(b.start) || (a.startTime ?? '').localeCompare(b.startTime ?? ''));
  expect(r.events).toEqual(sorted);
}

/** The plan the import screen would write from these events, with any choices: storable records only. */
function expectPlanStorable(r: IcsImport, choices: readonly (typeof CALENDAR_CHOICES)[number][]): void {
  const plan = planCalendarImport(r.events, choices, { breaks: [], units: [], interactions: [], contacts: [{ id: 1, email: 'a@school.org' }] }, { today: '2026-11-23', createdAt: CREATED_AT });
  expectStorable({ units: plan.units.map((u, i) => ({ ...u, id: i + 1 })) });
  for (const b of plan.breaks) expect(isValidIsoDate(b.start) && isValidIsoDate(b.end) && b.start <= b.end && b.name.trim() !== '').toBe(true);
  for (const m of plan.meetings) expect(isValidIsoDate(m.date) && m.date <= '2026-11-23' && m.notes.trim() !== '').toBe(true);
  expect(guessChoices(r.events)).toHaveLength(r.events.length);
}

// ---------------------------------------------------------------------------
// A generator of plausible calendars

const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)));
const compact = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const escText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
const summary = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('Winter Break', 'Staff meeting', '<b>Unit</b> start', 'javascript:alert(1)'));
const tzid = fc.constantFrom('', ';TZID=America/New_York', ';TZID=Eastern Standard Time', ';TZID=W. Europe Standard Time', ';TZID=Mars/Olympus', ';TZID="(UTC-05:00) Eastern Time (US & Canada)"');
const rrule = fc.constantFrom('', 'RRULE:FREQ=DAILY;COUNT=5', 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=12', 'RRULE:FREQ=DAILY;INTERVAL=5', 'RRULE:FREQ=MONTHLY;UNTIL=20270101T000000Z', 'RRULE:FREQ=YEARLY;INTERVAL=0', 'RRULE:FREQ=SECONDLY;COUNT=3');

const vevent = fc
  .record({
    uid: fc.constantFrom('a', 'b', 'c', 'd', ''),
    summary,
    start: day,
    days: fc.integer({ min: 0, max: 20 }),
    allDay: fc.boolean(),
    hour: fc.integer({ min: 0, max: 23 }),
    minutes: fc.integer({ min: 0, max: 3000 }),
    tz: tzid,
    utc: fc.boolean(),
    rrule,
    exdate: fc.boolean(),
    override: fc.boolean(),
    status: fc.constantFrom('', 'STATUS:CANCELLED', 'STATUS:CONFIRMED'),
    attendees: fc.array(fc.constantFrom('mailto:a@school.org', 'mailto:B@School.org', 'mailto:not an email', 'urn:x'), { maxLength: 3 }),
  })
  .map((e) => {
    const lines = ['BEGIN:VEVENT'];
    if (e.uid) lines.push(`UID:${e.uid}`);
    lines.push('DTSTAMP:20260101T000000Z');
    if (e.allDay) {
      lines.push(`DTSTART;VALUE=DATE:${compact(e.start)}`);
      if (e.days > 0) lines.push(`DTEND;VALUE=DATE:${compact(new Date(e.start.getTime() + e.days * 86_400_000))}`);
    } else {
      const t = `T${String(e.hour).padStart(2, '0')}0000${e.utc ? 'Z' : ''}`;
      lines.push(`DTSTART${e.utc ? '' : e.tz}:${compact(e.start)}${t}`);
      lines.push(`DURATION:PT${e.minutes}M`);
    }
    if (e.rrule) lines.push(e.rrule);
    if (e.rrule && e.exdate) lines.push(`EXDATE;VALUE=DATE:${compact(new Date(e.start.getTime() + 86_400_000))}`);
    lines.push(`SUMMARY:${escText(e.summary)}`);
    if (e.status) lines.push(e.status);
    for (const a of e.attendees) lines.push(`ATTENDEE;CN=Someone:${a}`);
    lines.push('END:VEVENT');
    if (e.override && e.uid) {
      lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `RECURRENCE-ID;VALUE=DATE:${compact(e.start)}`, `DTSTART;VALUE=DATE:${compact(e.start)}`, 'SUMMARY:Moved', 'END:VEVENT');
    }
    return lines.join('\r\n');
  });

const calendar = fc
  .tuple(fc.array(vevent, { maxLength: 6 }), fc.constantFrom('', 'X-WR-TIMEZONE:Europe/Berlin', 'X-WR-TIMEZONE:Nowhere/Else'))
  .map(([events, x]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN', ...(x ? [x] : []), ...events, 'END:VCALENDAR'].join('\r\n'));

const choices = fc.array(fc.constantFrom(...CALENDAR_CHOICES), { maxLength: 200 });

describe('iCalendar reader', () => {
  it('any text (with and without a calendar around it): never throws, only real day ranges', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (t, wrap) => {
        const input = wrap ? `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n${t}\r\nEND:VEVENT\r\nEND:VCALENDAR` : t;
        expectWellFormedIcs(parseIcs(input, WINDOW));
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('generated calendars (zones known, Windows and unknown; recurrences, overrides, cancellations) in any zone', () => {
    fc.assert(
      fc.property(calendar, fc.constantFrom(...ZONES), choices, (ics, zone, picked) => {
        const r = parseIcs(ics, { ...WINDOW, timeZone: zone });
        expect(r.fatal).toBeUndefined();
        expectWellFormedIcs(r, { ...WINDOW, timeZone: zone });
        expectPlanStorable(r, picked);
      }),
      { numRuns: RUNS.quick },
    );
  });

  it('damaged calendars (cut short, stray lines, NUL, BOM, CR, huge values): never throws', () => {
    fc.assert(
      fc.property(calendar, mutations, choices, (ics, ms, picked) => {
        const r = parseIcs(applyAll(ics, ms), WINDOW);
        expectWellFormedIcs(r);
        expectPlanStorable(r, picked);
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('iCalendar dates written any way', () => {
  /**
   * Date and time values as broken writers produce them: month 13, day 0, leap seconds, missing parts.
   * (Years far before the window are left out: a rule repeating since year 1 costs 50,000
   * iteration steps, seconds of work; see the report of issue #10.)
   */
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const value = fc.oneof(
    fc.tuple(fc.constantFrom('2026', '2027', '9999', '1999', '2025'), digits(4)).map(([y, md]) => y + md),
    fc.tuple(fc.constantFrom('2026', '2027', '2019'), digits(4), fc.constantFrom('T', 'T', ''), digits(6), fc.constantFrom('', 'Z')).map((p) => p.join('')),
    fc.string({ maxLength: 16 }),
  );
  const param = fc.constantFrom('', ';VALUE=DATE', ';VALUE=DATE-TIME', ';TZID=America/New_York', ';TZID=Bogus/Zone', ';VALUE=PERIOD');
  const extra = fc.constantFrom('', 'RRULE:FREQ=YEARLY', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=31', 'RRULE:FREQ=WEEKLY;UNTIL=20270101', 'DURATION:P1W', 'DURATION:-PT1H', 'DURATION:PX');

  it('never throw, and every event is a real day range inside the window', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(param, value, fc.option(fc.tuple(param, value), { nil: undefined }), extra), { minLength: 1, maxLength: 4 }), (events) => {
        const body = events.flatMap(([p, v, end, x], i) => ['BEGIN:VEVENT', `UID:e${i}`, `DTSTART${p}:${v}`, ...(end ? [`DTEND${end[0]}:${end[1]}`] : []), ...(x ? [x] : []), `SUMMARY:Event ${i}`, 'END:VEVENT']);
        const r = parseIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', ...body, 'END:VCALENDAR'].join('\r\n'), WINDOW);
        expectWellFormedIcs(r);
      }),
      { numRuns: RUNS.quick },
    );
  });
});

describe('iCalendar export → import round trip', () => {
  const title = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
  const date = fc.integer({ min: 0, max: 500 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  const item = fc.record({ n: fc.nat(1000), title, due: date, kind: fc.constantFrom('check-in' as const, 'unit-start' as const, 'unit-end' as const, 'follow-up' as const) }).map(
    ({ n, title, due, kind }): DueItem => ({ key: `${kind}:${n}`, kind, due, originalDue: due, overdueDays: 0, contactIds: [], title }),
  );
  const unit = fc.record({ title, start: date, length: fc.integer({ min: 0, max: 60 }), description: fc.string({ unit: 'grapheme', maxLength: 60 }) });

  it('every reminder and unit date comes back on its day with its title', () => {
    fc.assert(
      fc.property(fc.uniqueArray(item, { maxLength: 6, selector: (i) => i.key }), fc.array(unit, { maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (items, us, school) => {
        const units: Unit[] = us.map((u, i) => ({
          id: i + 1,
          title: u.title,
          subject: '',
          grades: [],
          start: u.start,
          end: new Date(Date.parse(`${u.start}T00:00:00Z`) + u.length * 86_400_000).toISOString().slice(0, 10),
          teacherIds: [],
          keywords: [],
          standards: [],
          description: u.description,
          createdAt: CREATED_AT,
        }));
        const ics = remindersToIcs(items, units, NOW, { schoolName: school });
        // RFC 5545: no line over 75 octets.
        for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const r = parseIcs(ics, { from: '2025-01-01', to: '2028-12-31', timeZone: 'Pacific/Chatham' });
        expect(r.fatal).toBeUndefined();
        expect(r.skipped).toEqual([]);
        const got = r.events.map((e) => `${e.start}|${e.end}|${e.allDay}|${e.summary}`).sort();
        const want = [
          ...items.map((i) => `${i.due}|${i.due}|true|${i.title.trim()}`),
          ...units.flatMap((u) => [`${u.start}|${u.start}|true|${`Unit starts: ${u.title}`.trim()}`, `${u.end}|${u.end}|true|${`Unit ends: ${u.title}`.trim()}`]),
        ].sort();
        expect(got).toEqual(want);
      }),
      { numRuns: RUNS.quick },
    );
  });
});

describe('found by fuzzing', () => {
  it('an event repeating every second or minute keeps at most 1,000 occurrences, with a warning (was 50,000 copies of one event)', () => {
    for (const rule of ['RRULE:FREQ=SECONDLY', 'RRULE:FREQ=MINUTELY;INTERVAL=0']) {
      const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:tick', 'DTSTART;TZID=America/New_York:20260105T090000', 'DURATION:PT30M', rule, 'SUMMARY:Tick', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
      const r = parseIcs(ics, WINDOW);
      expect(r.events).toHaveLength(1000);
      expect(r.warnings).toEqual(['event "Tick" repeats too often; only its first 1000 occurrences were read']);
    }
  });

  it('a daily event across a two-year window is kept whole', () => {
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:d', 'DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=DAILY', 'SUMMARY:Every day', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const r = parseIcs(ics, { from: '2025-11-23', to: '2027-11-23', timeZone: 'UTC' });
    expect(r.events).toHaveLength(731);
    expect(r.warnings).toEqual([]);
  });
});

describe('found by fuzzing: a rule repeating very often since long before the window', () => {
  it('says that its occurrences in the window could not be read, instead of claiming 50,000 were', () => {
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'DTSTART:20200106T090000Z', 'DURATION:PT30M', 'RRULE:FREQ=MINUTELY;INTERVAL=30', 'SUMMARY:Half-hourly', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const r = parseIcs(ics, WINDOW);
    expect(r.events).toEqual([]);
    expect(r.warnings).toEqual([`event "Half-hourly" repeats too often before ${WINDOW.from}; its occurrences from then on could not be read`]);
  });
});
