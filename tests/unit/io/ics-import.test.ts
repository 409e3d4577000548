import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIcs, type IcsImport } from '../../../src/io/ics-import';
import { resolveZone, wallToEpoch } from '../../../src/io/timezones';

const cal = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
const window = { from: '2026-01-01', to: '2026-12-31', timeZone: 'America/New_York' };

describe('parseIcs: dates and times', () => {
  it('reads all-day events with an exclusive DTEND, or none', () => {
    const r = parseIcs(
      cal(
        vevent('UID:a', 'SUMMARY:Winter Break', 'DTSTART;VALUE=DATE:20261221', 'DTEND;VALUE=DATE:20270102'),
        vevent('UID:b', 'SUMMARY:A Day', 'DTSTART;VALUE=DATE:20260905'),
      ),
      window,
    );
    expect(r.skipped).toEqual([]);
    expect(r.events).toEqual([
      { uid: 'b', summary: 'A Day', description: '', start: '2026-09-05', end: '2026-09-05', allDay: true, attendees: [] },
      { uid: 'a', summary: 'Winter Break', description: '', start: '2026-12-21', end: '2027-01-01', allDay: true, attendees: [] },
    ]);
  });

  it('turns UTC, IANA, floating and X-WR-TIMEZONE times into the librarian\'s zone', () => {
    const events = (extra: string[], ...evs: string[]) => parseIcs(cal(...extra, ...evs), window).events.map((e) => [e.uid, e.start, e.startTime]);
    expect(
      events(
        [],
        vevent('UID:utc', 'DTSTART:20260310T120000Z', 'DTEND:20260310T130000Z'),
        vevent('UID:chicago', 'DTSTART;TZID=America/Chicago:20260310T081500', 'DTEND;TZID=America/Chicago:20260310T083000'),
        vevent('UID:floating', 'DTSTART:20260311T090000'),
      ),
    ).toEqual([
      ['utc', '2026-03-10', '08:00'],
      ['chicago', '2026-03-10', '09:15'],
      ['floating', '2026-03-11', '09:00'],
    ]);
    expect(events(['X-WR-TIMEZONE:Europe/Berlin'], vevent('UID:berlin', 'DTSTART:20260311T090000'))).toEqual([['berlin', '2026-03-11', '04:00']]);
  });

  it('maps Windows zone names to IANA, with daylight saving', () => {
    const tz = '"(UTC-05:00) Eastern Time (US & Canada)"';
    const r = parseIcs(
      cal(
        vevent('UID:summer', `DTSTART;TZID=${tz}:20260701T133000`, `DTEND;TZID=${tz}:20260701T150000`),
        vevent('UID:winter', 'DTSTART;TZID=Eastern Standard Time:20260105T133000'),
        vevent('UID:syd', 'DTSTART;TZID="(GMT+10:00) Canberra, Melbourne, Sydney":20261028T133000'),
      ),
      { ...window, timeZone: 'UTC' },
    );
    expect(r.events.map((e) => [e.uid, e.start, e.startTime])).toEqual([
      ['winter', '2026-01-05', '18:30'],
      ['summer', '2026-07-01', '17:30'],
      ['syd', '2026-10-28', '02:30'],
    ]);
    expect(r.warnings).toEqual([]);
    expect(resolveZone('(UTC+03:00) Somewhere New')).toEqual({ zone: 'Etc/GMT-3', exact: false });
    expect(resolveZone('Not A Zone')).toBeUndefined();
  });

  it('uses the file\'s own VTIMEZONE for a zone it alone defines, and warns about unknown zones', () => {
    const r = parseIcs(
      cal(
        'BEGIN:VTIMEZONE',
        'TZID:School Time',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:-0300',
        'TZOFFSETTO:-0300',
        'END:STANDARD',
        'END:VTIMEZONE',
        vevent('UID:own', 'DTSTART;TZID=School Time:20260415T100000'),
        vevent('UID:mystery', 'DTSTART;TZID=Mystery Zone:20260415T100000'),
      ),
      { ...window, timeZone: 'UTC' },
    );
    expect(r.events.map((e) => [e.uid, e.startTime])).toEqual([
      ['mystery', '10:00'],
      ['own', '13:00'],
    ]);
    expect(r.warnings).toEqual(['time zone "Mystery Zone" is not known: its times were read as local times']);
  });

  it('counts a midnight-to-midnight timed event as all-day, and an end at midnight as the day before', () => {
    const r = parseIcs(
      cal(
        vevent('UID:closure', 'DTSTART:20260627T000000', 'DTEND:20260627T230000'),
        vevent('UID:late', 'DTSTART:20260627T220000', 'DTEND:20260628T000000'),
        vevent('UID:ms', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'DTSTART:20260629T000000', 'DTEND:20260630T000000'),
      ),
      window,
    );
    expect(r.events.map((e) => [e.uid, e.start, e.end, e.allDay, e.startTime])).toEqual([
      ['closure', '2026-06-27', '2026-06-27', true, undefined],
      ['late', '2026-06-27', '2026-06-27', false, '22:00'],
      ['ms', '2026-06-29', '2026-06-29', true, undefined],
    ]);
  });
});

describe('parseIcs: recurrence', () => {
  it('expands RRULE within the window, with EXDATE, a moved occurrence and a cancelled one', () => {
    const r = parseIcs(
      cal(
        vevent(
          'UID:lib',
          'SUMMARY:Library class',
          'DTSTART;TZID=America/New_York:20260105T100000',
          'DTEND;TZID=America/New_York:20260105T104500',
          'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6',
          'EXDATE;TZID=America/New_York:20260119T100000',
        ),
        vevent('UID:lib', 'RECURRENCE-ID;TZID=America/New_York:20260126T100000', 'SUMMARY:Library class (moved)', 'DTSTART;TZID=America/New_York:20260127T130000', 'DTEND;TZID=America/New_York:20260127T134500'),
        vevent('UID:lib', 'RECURRENCE-ID;TZID=America/New_York:20260202T100000', 'STATUS:CANCELLED', 'SUMMARY:Library class', 'DTSTART;TZID=America/New_York:20260202T100000'),
      ),
      { from: '2026-01-10', to: '2026-12-31', timeZone: 'America/New_York' },
    );
    expect(r.events.map((e) => [e.start, e.startTime, e.summary])).toEqual([
      ['2026-01-12', '10:00', 'Library class'],
      ['2026-01-27', '13:00', 'Library class (moved)'],
      ['2026-02-09', '10:00', 'Library class'],
    ]);
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    const r = parseIcs(cal(vevent('UID:w', 'DTSTART;TZID=America/Chicago:20261026T081500', 'RRULE:FREQ=WEEKLY;COUNT=3')), { ...window, timeZone: 'America/Chicago' });
    expect(r.events.map((e) => [e.start, e.startTime])).toEqual([
      ['2026-10-26', '08:15'],
      ['2026-11-02', '08:15'],
      ['2026-11-09', '08:15'],
    ]);
  });

  it('stops an endless daily rule at the end of the window', () => {
    const r = parseIcs(cal(vevent('UID:d', 'DTSTART;VALUE=DATE:20200101', 'RRULE:FREQ=DAILY')), { ...window, from: '2026-03-01', to: '2026-03-10' });
    expect(r.events.map((e) => e.start)).toEqual(Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`));
  });
});

describe('parseIcs: people, text and broken files', () => {
  it('lists the organiser and attendees, and keeps description text as text', () => {
    const r = parseIcs(
      cal(
        vevent(
          'UID:m',
          'SUMMARY:Planning\\, 7th grade',
          'DESCRIPTION:<b>Bring</b> the\\nunit plan',
          'LOCATION:Room 12',
          'DTSTART:20260310T150000Z',
          'ORGANIZER;CN=Maria Lopez:mailto:mlopez@school.org',
          'ATTENDEE;CN=Dan Ortiz;ROLE=REQ-PARTICIPANT:mailto:dortiz@school.org',
          'ATTENDEE;CN=Room Booking:invalid-address',
          'ATTENDEE:mailto:MLOPEZ@school.org',
        ),
      ),
      window,
    );
    expect(r.events[0]).toMatchObject({
      summary: 'Planning, 7th grade',
      description: '<b>Bring</b> the\nunit plan',
      location: 'Room 12',
      attendees: ['mlopez@school.org', 'dortiz@school.org', 'Room Booking'],
    });
  });

  it('skips stray lines and junk with their line numbers, repairs a misplaced quote, closes a cut-off file', () => {
    const text = [
      'BEGIN:VCALENDAR', // 1
      'VERSION:2.0',
      'BEGIN:VEVENT', // 3
      'UID:one',
      'DTSTART;TZID="America/Chicago:20260310T090000"', // 5
      'ORGANIZER;CN=No Value', // 6
      'END:VEVENT',
      'X', // 8
      'BEGIN:VEVENT', // 9
      'UID:two',
      'SUMMARY:Cut off',
      'DTSTART:20260311T090000Z',
    ].join('\n');
    const r = parseIcs(text, { ...window, timeZone: 'America/Chicago' });
    expect(r.fatal).toBeUndefined();
    expect(r.events.map((e) => [e.uid, e.start, e.startTime])).toEqual([
      ['one', '2026-03-10', '09:00'],
      ['two', '2026-03-11', '04:00'],
    ]);
    expect(r.skipped).toEqual([
      { line: 6, reason: 'line 6 is not an iCalendar line and was ignored: "ORGANIZER;CN=No Value"' },
      { line: 8, reason: 'line 8 is not an iCalendar line and was ignored: "X"' },
    ]);
    expect(r.warnings).toEqual(['line 5: a misplaced quote was repaired', 'the file ends before END:VCALENDAR: it may have been cut short']);
  });

  it('reports an event without a start, and refuses a file that is not a calendar', () => {
    const r = parseIcs(cal(vevent('UID:x', 'SUMMARY:No start')), window);
    expect(r.skipped).toEqual([{ line: 4, reason: 'event "No start" has no start date' }]);
    expect(parseIcs('BEGIN:VCARD\nFN:Ann\nEND:VCARD\n', window).fatal).toBe('This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR.');
  });

  it('finds the instant for a wall time in a spring-forward gap', () => {
    // 02:30 does not exist in New York on 2026-03-08; it is read as 03:30 EDT.
    expect(new Date(wallToEpoch({ year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 }, 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});

// ---------------------------------------------------------------------------
// Every real file in /work/shared/external/ics

const dir = fileURLToPath(new URL('../../../../shared/external/ics/', import.meta.url));
const present = existsSync(dir);
const files = present ? readdirSync(dir).filter((f) => f.endsWith('.ics')).sort() : [];
const wide = { from: '2014-01-01', to: '2025-12-31', timeZone: 'America/New_York' };
const table: Record<string, string | number>[] = [];

const expected: Record<string, (r: IcsImport) => void> = {
  'broken-stray-line.ics': (r) => {
    expect(r.events.map((e) => [e.summary, e.start, e.startTime])).toEqual([['Broken Eevnt', '2014-03-31', '20:00']]);
    expect(r.skipped).toEqual([{ line: 13, reason: 'line 13 is not an iCalendar line and was ignored: "X"' }]);
  },
  'exchange2010-ms-timezones.ics': (r) => {
    const first = r.events.find((e) => e.summary === 'test');
    // 09:00 W. Europe (CEST, UTC+2) is 03:00 in New York (EDT).
    expect([first?.start, first?.startTime]).toEqual(['2020-09-10', '03:00']);
    expect(r.events.filter((e) => e.summary === "Log Yesterday's Jira time").length).toBeGreaterThan(200);
    expect(r.warnings).toContain('line 152: a misplaced quote was repaired');
  },
  'google-calendar-many-recurrence-overrides.ics': (r) => {
    expect(r.events.length).toBeGreaterThan(600);
    expect(r.skipped).toEqual([]);
    // 186 moved occurrences (RECURRENCE-ID): each replaces its occurrence, none is there twice.
    const keys = r.events.map((e) => `${e.uid} ${e.start} ${e.startTime ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  },
  'google-school-calendar-weekly-exdate-dst.ics': (r) => {
    const nov = r.events.filter((e) => e.summary === 'Event#1' && e.start >= '2020-11-23' && e.start <= '2020-11-29');
    // Weekly MO,TU,TH,FR with Thanksgiving Thursday and Friday excluded; 08:15 Chicago = 09:15 New York.
    expect(nov.map((e) => [e.start, e.startTime])).toEqual([
      ['2020-11-23', '09:15'],
      ['2020-11-24', '09:15'],
    ]);
  },
  'hathaway-elementary-school-events.ics': (r) => {
    expect(r.events).toMatchObject([{ summary: 'Possible Snow Makeup Day', start: '2024-06-27', end: '2024-06-27', allDay: true }]);
    expect(r.events[0]?.description).toContain('snow makeup day, and will be added back');
  },
  'outlook-owa-exchange2010-windows-tzid.ics': (r) => {
    expect(r.events.slice(0, 3).map((e) => [e.summary, e.start, e.startTime])).toEqual([
      ['TEST Syd', '2020-10-27', '22:30'],
      ['TEST', '2020-10-28', '13:30'],
      ['TEST 3', '2020-11-02', '13:30'],
    ]);
    expect(r.warnings).toEqual([]);
  },
  'podio-altrep-html-trailing-junk.ics': (r) => {
    expect(r.events).toMatchObject([{ summary: 'Termin 4353 und"so"', location: 'online', start: '2022-02-22', startTime: '13:30' }]);
    expect(r.skipped[0]?.line).toBe(36);
  },
  'sabredav-school-holidays-de.ics': (r) => {
    expect(r.events).toMatchObject([{ summary: 'Sommerferien Sachsen', start: '2018-07-02', end: '2018-08-10', allDay: true }]);
  },
  'sixt-french-malformed-organizer.ics': (r) => {
    expect(r.events).toMatchObject([{ summary: 'Sixt : détails de votre réservation', start: '2019-06-24', startTime: '02:30' }]);
    expect(r.skipped.map((s) => s.line)).toEqual([8, 9]);
  },
  'skhs-ab-day-calendar.ics': (r) => {
    expect(r.events).toHaveLength(208);
    expect(r.events.every((e) => e.allDay && e.start === e.end)).toBe(true);
    expect(r.events[0]).toMatchObject({ summary: 'A Day', start: '2023-09-05' });
  },
};

describe.skipIf(!present)('real .ics files (skipped when /work/shared/external/ics is absent)', () => {
  it('the folder holds calendars', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file, () => {
      const r = parseIcs(readFileSync(dir + file, 'utf8'), wide);
      table.push({ file, events: r.events.length, skipped: r.skipped.length, warnings: r.warnings.length, fatal: r.fatal ?? '' });
      expect(r.fatal).toBeUndefined();
      expect(r.events.length).toBeGreaterThan(0);
      for (const e of r.events) {
        expect(e.start <= e.end).toBe(true);
        expect(e.allDay === (e.startTime === undefined)).toBe(true);
      }
      expected[file]?.(r);
    });
  }
  afterAll(() => {
    if (table.length > 0) console.table(table);
  });
});

describe('dates that do not exist', () => {
  it('never gives a date past year 9999 (found by fuzzing: a month-00 start came out in year 20260)', () => {
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:bad-month', 'SUMMARY:Broken', 'DTSTART;VALUE=DATE:99992000', 'RRULE:FREQ=YEARLY', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:bad-2', 'SUMMARY:Also broken', 'DTSTART:20260000T000000', 'RRULE:FREQ=YEARLY', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:ok', 'SUMMARY:Fine', 'DTSTART;VALUE=DATE:20260310', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const result = parseIcs(ics, { from: '2025-08-01', to: '2027-07-31', timeZone: 'America/Chicago' });
    expect(result.fatal).toBeUndefined();
    for (const e of result.events) {
      expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(result.events.map((e) => e.summary)).toContain('Fine');
    // ical.js reads year 9999 month 20 as a date past 9999: no occurrence of it may come out.
    expect(result.events.filter((e) => e.summary === 'Broken')).toEqual([]);
  });
});
