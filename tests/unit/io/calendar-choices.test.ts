import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CALENDAR_CHOICES,
  canLogMeeting,
  contactsFor,
  describePlan,
  guessChoices,
  isBreakTitle,
  planCalendarImport,
  type CalendarChoice,
  type CalendarExisting,
} from '../../../src/io/calendar-choices';
import { parseIcs, type IcsEvent } from '../../../src/io/ics-import';
import { openDb } from '../../../src/db/schema';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { importCalendar, undoCalendarImport } from '../../../src/db/calendar';
import { SCHOOL_YEAR_ICS, fillIcsDates } from '../../fixtures/calendar/index';

const TODAY = '2026-03-16';
const CREATED = '2026-03-16T12:00:00.000Z';
const opts = { today: TODAY, createdAt: CREATED };
const nothing: CalendarExisting = { breaks: [], units: [], interactions: [], contacts: [] };

let uid = 0;
function ev(summary: string, start: string, end = start, more: Partial<IcsEvent> = {}): IcsEvent {
  return { uid: `e${uid++}`, summary, description: '', start, end, allDay: true, attendees: [], ...more };
}
const timed = (summary: string, day: string, more: Partial<IcsEvent> = {}) => ev(summary, day, day, { allDay: false, startTime: '15:30', ...more });

describe('isBreakTitle', () => {
  it.each(['Winter Break', 'spring break', 'Thanksgiving Holiday', 'Mid-winter recess', 'No School – teacher workday', 'Sommerferien Sachsen', 'Vacances de printemps', 'Summer vacation'])(
    'names a break: %s',
    (title) => expect(isBreakTitle(title)).toBe(true),
  );
  it.each(['Breakout EDU training', 'Breakfast with the PTA', 'Book fair', 'Science fair', 'A Day', 'MLK Day'])('does not: %s', (title) => expect(isBreakTitle(title)).toBe(false));
});

describe('guessChoices', () => {
  it('guesses a break for an all-day, several-day event named like one; ignores the rest', () => {
    const events = [
      ev('Winter Break', '2025-12-22', '2026-01-02'),
      ev('Science fair', '2026-02-10', '2026-02-12'),
      timed('Holiday concert', '2025-12-18'),
      ev('No School', '2026-01-19'),
      timed('Co-planning: food webs', '2026-03-10', { attendees: ['sadeyemi@example.org'] }),
    ];
    expect(guessChoices(events)).toEqual(['break', 'ignore', 'ignore', 'ignore', 'ignore']);
  });

  it('guesses a break for days off written one event per day, across a weekend, but not for a lone day', () => {
    const events = [
      ev('Spring Break', '2026-04-03'), // Friday
      ev('Spring Break', '2026-04-06'), // Monday
      ev('Spring Break', '2026-04-07'),
      ev('Staff holiday', '2026-05-01'),
      ev('Staff holiday', '2026-05-11'), // ten days later: not one break
    ];
    expect(guessChoices(events)).toEqual(['break', 'break', 'break', 'ignore', 'ignore']);
  });

  it('gives one guess per event, in order, for an empty list too', () => {
    expect(guessChoices([])).toEqual([]);
  });
});

describe('canLogMeeting and contactsFor', () => {
  it('logs a meeting on or after its day, never before', () => {
    expect(canLogMeeting({ start: TODAY }, TODAY)).toBe(true);
    expect(canLogMeeting({ start: '2026-03-15' }, TODAY)).toBe(true);
    expect(canLogMeeting({ start: '2026-03-17' }, TODAY)).toBe(false);
  });

  it('matches attendees to contacts by email, ignoring case, each once', () => {
    const contacts = [
      { id: 1, email: 'sadeyemi@springfieldhills.example.org' },
      { id: 2, email: undefined },
      { id: 3, email: 'CDonovan@springfieldhills.example.org' },
    ];
    const event = { attendees: ['library@springfieldhills.example.org', 'cdonovan@springfieldhills.example.org', 'SAdeyemi@springfieldhills.example.org', 'Samuel Adeyemi', 'sadeyemi@springfieldhills.example.org'] };
    expect(contactsFor(event, contacts)).toEqual([3, 1]);
  });
});

describe('planCalendarImport', () => {
  it('turns a break, a unit and a meeting into records', () => {
    const events = [
      ev('Winter Break', '2025-12-22', '2026-01-02'),
      ev('Pond Ecosystems Field Study', '2026-04-01', '2026-04-21'),
      timed('Co-planning: food webs lab', '2026-03-13', { attendees: ['library@example.org', 'sadeyemi@example.org'] }),
      timed('Bus duty', '2026-03-13'),
    ];
    const plan = planCalendarImport(events, ['break', 'unit', 'meeting', 'ignore'], { ...nothing, contacts: [{ id: 12, email: 'sadeyemi@example.org' }] }, opts);
    expect(plan.breaks).toEqual([{ name: 'Winter Break', start: '2025-12-22', end: '2026-01-02' }]);
    expect(plan.units).toEqual([
      { title: 'Pond Ecosystems Field Study', subject: '', grades: [], start: '2026-04-01', end: '2026-04-21', teacherIds: [], keywords: [], standards: [], description: '', createdAt: CREATED },
    ]);
    expect(plan.meetings).toEqual([{ kind: 'meeting', date: '2026-03-13', contactIds: [12], notes: 'Co-planning: food webs lab', createdAt: CREATED }]);
    expect(plan.skipped).toEqual([]);
    expect(describePlan(plan)).toBe('1 school break, 1 unit, 1 meeting');
  });

  it('makes one break of same-named days off that touch or straddle a weekend, and keeps other names apart', () => {
    const events = [
      ev('Winter Break', '2023-12-21', '2023-12-29'),
      ev('Winter Break', '2023-12-29'),
      ev('B Day', '2024-01-01'),
      ev('Winter Break', '2024-01-02'),
      ev('Winter Break', '2024-01-03'),
      ev('Spring Break', '2024-04-01', '2024-04-05'),
      ev('Winter Break', '2024-12-23', '2025-01-03'),
    ];
    const choices: CalendarChoice[] = ['break', 'break', 'ignore', 'break', 'break', 'break', 'break'];
    expect(planCalendarImport(events, choices, nothing, opts).breaks).toEqual([
      { name: 'Winter Break', start: '2023-12-21', end: '2024-01-03' },
      { name: 'Spring Break', start: '2024-04-01', end: '2024-04-05' },
      { name: 'Winter Break', start: '2024-12-23', end: '2025-01-03' },
    ]);
  });

  it('adds nothing already there: a break on the same days, a unit with the same title and start, a meeting already logged', () => {
    const events = [
      ev('Winter recess', '2025-12-22', '2026-01-02'),
      ev('Ecosystem Dynamics', '2026-04-01', '2026-04-21'),
      timed('Co-planning: food webs lab', '2026-03-13'),
      timed('Co-planning: food webs lab', '2026-03-13'),
    ];
    const existing: CalendarExisting = {
      breaks: [{ name: 'Winter Break', start: '2025-12-22', end: '2026-01-02' }],
      units: [{ title: 'ecosystem dynamics', start: '2026-04-01' }],
      interactions: [{ kind: 'meeting', date: '2026-03-13', notes: 'co-planning: food webs lab ' }],
      contacts: [],
    };
    const plan = planCalendarImport(events, ['break', 'unit', 'meeting', 'meeting'], existing, opts);
    expect(describePlan(plan)).toBe('0 school breaks, 0 units, 0 meetings');
    expect(plan.skipped.map((s) => [s.index, s.reason])).toEqual([
      [0, 'a break from 2025-12-22 to 2026-01-02 is already in the school year'],
      [1, 'the unit "Ecosystem Dynamics" starting 2026-04-01 is already there'],
      [2, 'a meeting "Co-planning: food webs lab" on 2026-03-13 is already in the log'],
      [3, 'a meeting "Co-planning: food webs lab" on 2026-03-13 is already in the log'],
    ]);
    // Without the earlier import, the second copy in the same file is still left out.
    const fresh = planCalendarImport(events, ['ignore', 'ignore', 'meeting', 'meeting'], nothing, opts);
    expect(fresh.meetings).toHaveLength(1);
    expect(fresh.skipped.map((s) => s.index)).toEqual([3]);
  });

  it('logs no meeting that has not happened yet', () => {
    const plan = planCalendarImport([timed('Data team', '2026-03-17'), timed('Data team', TODAY)], ['meeting', 'meeting'], nothing, opts);
    expect(plan.meetings.map((m) => m.date)).toEqual([TODAY]);
    expect(plan.skipped).toEqual([{ index: 0, title: 'Data team', reason: 'the meeting is on 2026-03-17: log it once it has happened' }]);
  });

  it('makes one unit of the chosen occurrences of a repeating event', () => {
    const weekly = ['2026-01-05', '2026-01-12', '2026-01-19'].map((d) => ({ ...timed('Robotics unit', d), uid: 'robotics' }));
    const plan = planCalendarImport(weekly, ['unit', 'unit', 'unit'], nothing, opts);
    expect(plan.units.map((u) => [u.title, u.start, u.end])).toEqual([['Robotics unit', '2026-01-05', '2026-01-19']]);
  });

  it('names untitled events instead of storing empty names', () => {
    const plan = planCalendarImport([ev('', '2026-02-16', '2026-02-20'), ev(' ', '2026-05-01', '2026-05-20'), timed('', '2026-03-02')], ['break', 'unit', 'meeting'], nothing, opts);
    expect([plan.breaks[0]?.name, plan.units[0]?.title, plan.meetings[0]?.notes]).toEqual(['School break', 'Untitled unit', 'Meeting']);
  });

  it('never throws, and keeps its promises, for any events and choices', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    const event = fc.record({
      uid: fc.constantFrom('a', 'b', 'c', 'd'),
      summary: fc.oneof(fc.string(), fc.constantFrom('Winter Break', 'winter break ', 'Spring Break', 'Meeting', '')),
      start: day,
      length: fc.integer({ min: 0, max: 12 }),
      allDay: fc.boolean(),
      attendees: fc.array(fc.constantFrom('a@x.org', 'B@x.org', 'nobody', ''), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.array(fc.constantFrom(...CALENDAR_CHOICES), { maxLength: 30 }), (raw, picked) => {
        const events: IcsEvent[] = raw.map((r) => ({
          uid: r.uid,
          summary: r.summary,
          description: '',
          start: r.start,
          end: new Date(Date.parse(`${r.start}T00:00:00Z`) + r.length * 86_400_000).toISOString().slice(0, 10),
          allDay: r.allDay,
          ...(r.allDay ? {} : { startTime: '09:00' }),
          attendees: r.attendees,
        }));
        const guesses = guessChoices(events);
        expect(guesses).toHaveLength(events.length);
        for (const [i, g] of guesses.entries()) if (g === 'break') expect(events[i]!.allDay && isBreakTitle(events[i]!.summary)).toBe(true);
        const plan = planCalendarImport(events, picked, { ...nothing, contacts: [{ id: 1, email: 'a@x.org' }, { id: 2, email: 'b@x.org' }] }, opts);
        const spans = plan.breaks.map((b) => `${b.start}/${b.end}`);
        expect(new Set(spans).size).toBe(spans.length);
        for (const b of plan.breaks) expect(b.start <= b.end && b.name.trim() !== '').toBe(true);
        for (const u of plan.units) expect(u.start! <= u.end! && u.title.trim() !== '').toBe(true);
        for (const m of plan.meetings) expect(m.date <= TODAY && m.contactIds.every((id) => id === 1 || id === 2)).toBe(true);
        // Every event chosen for a unit or a meeting is either in the plan or skipped with a reason.
        const meetingsChosen = picked.slice(0, events.length).filter((c) => c === 'meeting').length;
        expect(plan.meetings.length + plan.skipped.filter((s) => picked[s.index] === 'meeting').length).toBe(meetingsChosen);
        // Nothing comes from an ignored event, or from a choice past the end of the list.
        for (const s of plan.skipped) expect(s.index < events.length && picked[s.index] !== 'ignore').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the import test calendar (tests/fixtures/calendar/school-year.ics)', () => {
  it('guesses the winter break only, expands the weekly club, and reports the stray line', () => {
    const text = fillIcsDates(readFileSync(SCHOOL_YEAR_ICS, 'utf8'), TODAY);
    const r = parseIcs(text, { from: '2025-03-16', to: '2027-03-16', timeZone: 'America/Chicago' });
    expect(r.fatal).toBeUndefined();
    expect(r.skipped).toEqual([{ line: 40, reason: 'line 40 is not an iCalendar line and was ignored: "this line is not iCalendar"' }]);
    const rows = r.events.map((e, i) => [e.summary, e.start, e.end, guessChoices(r.events)[i]]);
    expect(rows).toEqual([
      ['Winter Break', '2026-02-04', '2026-02-13', 'break'],
      ['Library lunch club', '2026-03-02', '2026-03-02', 'ignore'],
      ['<img src=x onerror="window.__llPwned=\'ics\'"> PTA <b>family literacy</b> night', '2026-03-11', '2026-03-11', 'ignore'],
      ['Co-planning: food webs lab stations', '2026-03-13', '2026-03-13', 'ignore'],
      ['Library lunch club', '2026-03-09', '2026-03-09', 'ignore'],
      ['Library lunch club', '2026-03-16', '2026-03-16', 'ignore'],
      ['Library lunch club', '2026-03-23', '2026-03-23', 'ignore'],
      ['Pond Ecosystems Field Study', '2026-03-26', '2026-04-15', 'ignore'],
    ].sort((a, b) => a[1]!.localeCompare(b[1]!)));
    const meeting = r.events.find((e) => e.summary.startsWith('Co-planning'))!;
    expect(contactsFor(meeting, [{ id: 12, email: 'sadeyemi@springfieldhills.example.org' }])).toEqual([12]);
  });
});

describe('importCalendar (the screen\'s write, on a real in-memory IndexedDB)', () => {
  async function seeded() {
    const db = openDb(`calendar-${Math.random()}`);
    const id = (await db.contacts.add({ name: 'Samuel Adeyemi', role: 'teacher', email: 'sadeyemi@example.org', subjects: [], grades: [7], archived: false, createdAt: CREATED, lastInteractionAt: '2026-03-02' })) as number;
    await updateSettings(db, { schoolYear: { start: '2025-08-25', breaks: [{ name: 'Thanksgiving', start: '2025-11-27', end: '2025-11-28' }] } });
    return { db, id };
  }
  const events = [ev('Winter Break', '2025-12-22', '2026-01-02'), ev('Pond study', '2026-04-01', '2026-04-21'), timed('Co-planning', '2026-03-13', { attendees: ['SADEYEMI@example.org'] })];
  const choices: CalendarChoice[] = ['break', 'unit', 'meeting'];

  it('appends the breaks, adds the units and logs the meetings, moving the contact\'s last contact; Undo takes it all back', async () => {
    const { db, id } = await seeded();
    const done = await importCalendar(db, events, choices, opts);
    expect((await getSettings(db)).schoolYear).toEqual({
      start: '2025-08-25',
      breaks: [
        { name: 'Thanksgiving', start: '2025-11-27', end: '2025-11-28' },
        { name: 'Winter Break', start: '2025-12-22', end: '2026-01-02' },
      ],
    });
    expect((await db.units.toArray()).map((u) => [u.title, u.start, u.end, u.subject, u.teacherIds])).toEqual([['Pond study', '2026-04-01', '2026-04-21', '', []]]);
    expect((await db.interactions.toArray()).map((i) => [i.kind, i.date, i.contactIds, i.notes])).toEqual([['meeting', '2026-03-13', [id], 'Co-planning']]);
    expect((await db.contacts.get(id))?.lastInteractionAt).toBe('2026-03-13');

    await undoCalendarImport(db, done);
    expect((await getSettings(db)).schoolYear.breaks).toEqual([{ name: 'Thanksgiving', start: '2025-11-27', end: '2025-11-28' }]);
    expect([await db.units.count(), await db.interactions.count()]).toEqual([0, 0]);
    expect((await db.contacts.get(id))?.lastInteractionAt).toBeUndefined();
  });

  it('writes all or nothing: a failure on the last record leaves the breaks and units unwritten', async () => {
    const { db, id } = await seeded();
    db.interactions.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(importCalendar(db, events, choices, opts)).rejects.toThrow('disk full');
    expect((await getSettings(db)).schoolYear.breaks).toHaveLength(1);
    expect([await db.units.count(), await db.interactions.count()]).toEqual([0, 0]);
    expect((await db.contacts.get(id))?.lastInteractionAt).toBe('2026-03-02');
  });
});

// ---------------------------------------------------------------------------
// Every real file in /work/shared/external/ics

const dir = fileURLToPath(new URL('../../../../shared/external/ics/', import.meta.url));
const present = existsSync(dir);
const files = present ? readdirSync(dir).filter((f) => f.endsWith('.ics')).sort() : [];
const wide = { from: '2014-01-01', to: '2025-12-31', timeZone: 'America/New_York' };
const table: Record<string, string | number>[] = [];

/** Breaks the guesses must give (name, start, end), after merging; every other file has none. */
const expectedBreaks: Record<string, string[]> = {
  'sabredav-school-holidays-de.ics': ['Sommerferien Sachsen 2018-07-02 2018-08-10'],
  'skhs-ab-day-calendar.ics': ['Winter Break 2023-12-21 2024-01-03', "President's Day Break 2024-02-19 2024-02-20", 'Spring Break 2024-04-01 2024-04-05'],
};

describe.skipIf(!present)('real .ics files (skipped when /work/shared/external/ics is absent)', () => {
  it('the folder holds calendars', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file, () => {
      const r = parseIcs(readFileSync(dir + file, 'utf8'), wide);
      const existing: CalendarExisting = { ...nothing, contacts: [{ id: 1, email: r.events.flatMap((e) => e.attendees).find((a) => a.includes('@')) }] };
      const started = performance.now();
      const guesses = guessChoices(r.events);
      const guessed = planCalendarImport(r.events, guesses, existing, { today: '2026-09-01', createdAt: CREATED });
      // Bulk-set to each choice: every event a unit, every event a meeting.
      const allUnits = planCalendarImport(r.events, r.events.map(() => 'unit'), existing, { today: '2026-09-01', createdAt: CREATED });
      const allMeetings = planCalendarImport(r.events, r.events.map(() => 'meeting'), existing, { today: '2026-09-01', createdAt: CREATED });
      const ms = performance.now() - started;

      expect(guessed.breaks.map((b) => `${b.name} ${b.start} ${b.end}`)).toEqual(expectedBreaks[file] ?? []);
      expect(guessed.units).toEqual([]);
      expect(guessed.meetings).toEqual([]);
      // At most one unit per distinct event (occurrences of a repeating one merge), none twice; one meeting per occurrence unless repeated.
      const unitKeys = allUnits.units.map((u) => `${u.title.toLowerCase()}/${u.start}`);
      expect(allUnits.units.length).toBeGreaterThan(0);
      expect(allUnits.units.length).toBeLessThanOrEqual(new Set(r.events.map((e) => e.uid)).size);
      expect(new Set(unitKeys).size).toBe(unitKeys.length);
      expect(allUnits.units.every((u) => u.start! <= u.end!)).toBe(true);
      expect(allMeetings.meetings.length + allMeetings.skipped.length).toBe(r.events.length);
      expect(allMeetings.meetings.length).toBe(new Set(r.events.map((e) => `${e.start}/${(e.summary.trim() || 'Meeting').toLowerCase()}`)).size);
      table.push({
        file,
        events: r.events.length,
        'guessed breaks': guesses.filter((g) => g === 'break').length,
        'breaks written': guessed.breaks.length,
        'all as units': allUnits.units.length,
        'all as meetings': allMeetings.meetings.length,
        'with a contact': allMeetings.meetings.filter((m) => m.contactIds.length > 0).length,
        ms: Math.round(ms),
      });
    });
  }
  afterAll(() => {
    if (table.length > 0) console.table(table);
  });
});
