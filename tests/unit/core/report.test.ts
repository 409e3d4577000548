import { describe, expect, it } from 'vitest';
import { buildReport, periodFor, type ReportInput } from '../../../src/core/report';
import { csvCell, reportToCsv, reportToText } from '../../../src/core/report-export';
import {
  DEFAULT_SETTINGS,
  type Contact,
  type Interaction,
  type Resource,
  type Settings,
  type Stored,
  type Unit,
} from '../../../src/core/types';

// ---------------------------------------------------------------------------
// A small school, written by hand. Every expected figure below is worked out
// from these lists in a comment next to it.

const CREATED = '2025-08-01T12:00:00.000Z';

function contact(id: number, name: string, role: Contact['role'], subjects: string[] = [], grades: number[] = [], archived = false): Stored<Contact> {
  return { id, name, role, subjects, grades, archived, createdAt: CREATED };
}

const contacts: Stored<Contact>[] = [
  contact(1, 'Ana Rivera', 'teacher', ['Science'], [7]),
  contact(2, 'Ben Okafor', 'teacher', ['Math', 'science'], [6]),
  contact(3, 'Cara Lindqvist', 'teacher', ['ELA'], [5]),
  contact(4, 'Dev Patel', 'teacher', ['Art'], [3, 4], true), // archived
  contact(5, 'Eve Moreau', 'public-librarian'),
  contact(6, 'Finn Walsh', 'community-partner'),
  // Contact 99 was deleted: entries still name it.
];

function unit(id: number, title: string, subject: string, grades: number[], teacherIds: number[]): Stored<Unit> {
  return { id, title, subject, grades, teacherIds, keywords: [], standards: [], description: '', createdAt: CREATED };
}

const units: Stored<Unit>[] = [
  unit(1, 'Ecosystem Dynamics', 'Science', [7], [1]),
  unit(2, 'Ratios in the Real World', 'Math', [6], [2]),
  unit(3, 'Poetry Slam', 'ELA', [5], [3]),
  unit(4, 'Local History', 'Social Studies', [4], []),
  // Unit 77 was deleted: entry 11 still names it.
];

function resource(id: number, title: string, unitIds: number[]): Stored<Resource> {
  return { id, title, kind: 'book', subjects: [], grades: [], keywords: [], description: '', unitIds, createdAt: CREATED };
}

const resources: Stored<Resource>[] = [
  resource(1, 'Food Webs', [1]),
  resource(2, 'Data Detectives', [1, 2]),
  resource(3, 'Poems Aloud', [3]),
  resource(4, 'Atlas', []),
];

function entry(id: number, date: string, kind: Interaction['kind'], contactIds: number[], extra: Partial<Interaction> = {}): Interaction {
  return { id, date, kind, contactIds, notes: '', createdAt: CREATED, ...extra };
}

/** Jan 1 2026 is a Thursday, so Nov 17, Dec 15 and Dec 22 2025 are Mondays. */
const interactions: Interaction[] = [
  // In the period (Q2: 2025-11-15 … 2026-01-29)
  entry(1, '2025-11-17', 'co-taught-lesson', [1], { unitId: 1, classes: 2, students: 50, highlight: true, notes: '<b>Great</b> & lively <script>alert(1)</script>' }),
  entry(2, '2025-11-20', 'check-in', [2]),
  entry(3, '2025-11-25', 'co-taught-lesson', [2], { unitId: 2, classes: 1, students: 24 }),
  entry(4, '2025-12-02', 'meeting', [1, 2]),
  entry(5, '2025-12-04', 'event', [5], { students: 30 }),
  entry(6, '2025-12-09', 'resource-shared', [1], { unitId: 1 }),
  entry(7, '2025-12-10', 'email', []),
  entry(8, '2025-12-11', 'co-taught-lesson', [1], { unitId: 1, classes: 3 }),
  entry(9, '2025-12-23', 'check-in', [99], { highlight: true, notes: 'Met the new principal' }),
  entry(10, '2026-01-06', 'co-teaching-idea', [4]),
  entry(11, '2026-01-08', 'event', [6, 1], { unitId: 77 }),
  entry(12, '2026-01-13', 'resource-shared', [2], { unitId: 2, highlight: true, notes: 'Shared the ratio kit' }),
  entry(13, '2026-01-20', 'event', [1], { students: 100 }),
  entry(14, '2026-01-27', 'co-taught-lesson', [], { unitId: 1, classes: 1, students: 20 }),
  // Outside the period
  entry(15, '2026-01-30', 'meeting', [3], { highlight: true, notes: 'After the period' }),
  entry(16, '2025-11-10', 'check-in', [3]),
  entry(17, '2024-12-05', 'email', [1]),
  entry(18, '2024-12-18', 'meeting', [2]),
  entry(19, '2025-01-20', 'check-in', [1]),
  entry(20, '2025-13-01', 'check-in', [1]), // not a date
];

/**
 * School year 2025-09-01 … 2026-06-30 = 303 days. Quarters start at
 * floor(i × 303 / 4) = 0, 75, 151, 227 days in:
 * Q1 Sep 1 – Nov 14, Q2 Nov 15 – Jan 29, Q3 Jan 30 – Apr 15, Q4 Apr 16 – Jun 30.
 */
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  schoolName: 'Springfield Middle',
  schoolYear: { start: '2025-09-01', end: '2026-06-30', breaks: [{ name: 'Winter break', start: '2025-12-22', end: '2026-01-02' }] },
};

const AFTER_Q2 = new Date(2026, 1, 10, 12); // 2026-02-10, local noon

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    contacts,
    units,
    resources,
    interactions,
    settings,
    period: periodFor('this-quarter', settings, new Date(2025, 11, 10)),
    now: AFTER_Q2,
    ...overrides,
  };
}

describe('periodFor', () => {
  it('follows the quarters of the school year in settings', () => {
    const dec = new Date(2025, 11, 10);
    expect(periodFor('this-quarter', settings, dec)).toEqual({ start: '2025-11-15', end: '2026-01-29', label: 'Q2 2025–26' });
    expect(periodFor('last-quarter', settings, dec)).toEqual({ start: '2025-09-01', end: '2025-11-14', label: 'Q1 2025–26' });
    expect(periodFor('school-year', settings, dec)).toEqual({ start: '2025-09-01', end: '2026-06-30', label: 'School year 2025–26' });
  });

  it('goes back to Q4 of the previous year from Q1, and shifts the configured dates by whole years', () => {
    // 2024-09-01 … 2025-06-30 is also 303 days, so its Q4 starts 227 days in: Apr 16.
    expect(periodFor('last-quarter', settings, new Date(2025, 9, 1))).toEqual({ start: '2025-04-16', end: '2025-06-30', label: 'Q4 2024–25' });
    // A year after the configured one, the same month and day apply.
    expect(periodFor('school-year', settings, new Date(2026, 9, 1))).toMatchObject({ start: '2026-09-01', end: '2027-06-30' });
  });

  it('in the summer gap, "this quarter" is the last quarter of the year just finished', () => {
    expect(periodFor('this-quarter', settings, new Date(2026, 6, 15))).toEqual({ start: '2026-04-16', end: '2026-06-30', label: 'Q4 2025–26' });
  });

  it('without a school year in settings, uses Aug 1 – Jun 30 of the year whose August precedes now', () => {
    const none = { ...DEFAULT_SETTINGS, schoolYear: { breaks: [] } };
    // Aug 1 2025 … Jun 30 2026 = 334 days; quarters start 0, 83, 167, 250 days in:
    // Q1 Aug 1 – Oct 22, Q2 Oct 23 – Jan 14, Q3 Jan 15 – Apr 7, Q4 Apr 8 – Jun 30.
    expect(periodFor('this-quarter', none, new Date(2026, 2, 10))).toEqual({ start: '2026-01-15', end: '2026-04-07', label: 'Q3 2025–26' });
    expect(periodFor('school-year', none, new Date(2025, 7, 1))).toMatchObject({ start: '2025-08-01', end: '2026-06-30' });
    // July 20 2025 comes before that August: the year is Aug 2024 – Jun 2025, and we are after its end.
    expect(periodFor('this-quarter', none, new Date(2025, 6, 20))).toEqual({ start: '2025-04-08', end: '2025-06-30', label: 'Q4 2024–25' });
  });

  it('derives the missing end (first June 30 after) or start (last Aug 1 before)', () => {
    const startOnly = { ...DEFAULT_SETTINGS, schoolYear: { start: '2025-08-20', breaks: [] } };
    expect(periodFor('school-year', startOnly, new Date(2025, 10, 1))).toMatchObject({ start: '2025-08-20', end: '2026-06-30' });
    const endOnly = { ...DEFAULT_SETTINGS, schoolYear: { end: '2026-06-12', breaks: [] } };
    expect(periodFor('school-year', endOnly, new Date(2025, 10, 1))).toMatchObject({ start: '2025-08-01', end: '2026-06-12' });
  });

  it('takes custom dates as given, turned round when backwards, and refuses non-dates', () => {
    expect(periodFor({ start: '2026-02-01', end: '2026-01-01' }, settings, AFTER_Q2)).toEqual({
      start: '2026-01-01',
      end: '2026-02-01',
      label: 'Jan 1 – Feb 1, 2026',
    });
    expect(() => periodFor({ start: '', end: '2026-01-01' }, settings, AFTER_Q2)).toThrow(RangeError);
    expect(() => periodFor({ start: '2026-02-30', end: '2026-03-01' }, settings, AFTER_Q2)).toThrow(RangeError);
  });
});

describe('buildReport on the hand-made school', () => {
  const report = buildReport(input());

  it('counts entries by kind', () => {
    expect(report.period).toEqual({ start: '2025-11-15', end: '2026-01-29', label: 'Q2 2025–26' });
    expect(report.generatedOn).toBe('2026-02-10');
    // Entries 1–14 fall in the period; 15–19 do not; 20 has no real date.
    expect(report.counts.interactions).toBe(14);
    expect(report.counts.byKind).toEqual({
      'co-teaching-idea': 1, // 10
      'check-in': 2, // 2, 9
      'co-taught-lesson': 4, // 1, 3, 8, 14
      meeting: 1, // 4
      email: 1, // 7
      'resource-shared': 2, // 6, 12
      event: 3, // 5, 11, 13
    });
    expect(report.counts.coTaughtLessons).toBe(4);
    expect(report.counts.resourcesShared).toBe(2);
  });

  it('sums classes and students over co-taught lessons only', () => {
    // classes: 2 (1) + 1 (3) + 3 (8) + 1 (14) = 7; event 13's 100 students are not a lesson.
    expect(report.counts.classesReached).toBe(7);
    // students: 50 + 24 + (8 has none) + 20 = 94
    expect(report.counts.studentsReached).toBe(94);
  });

  it('counts people reached, and the share of active teachers', () => {
    // Named in 1–14 and still in contacts: Ana 1, Ben 2, Dev 4, Eve 5, Finn 6 (99 is deleted).
    expect(report.counts.contactsReached).toBe(5);
    // Teachers among them: Ana, Ben, Dev (archived) = 3.
    expect(report.counts.teachersReached).toBe(3);
    // Active teachers: Ana, Ben, Cara = 3; of those reached: Ana, Ben = 2; 2/3.
    expect(report.counts.teachersTotal).toBe(3);
    expect(report.counts.activeTeachersReached).toBe(2);
    expect(report.counts.teacherShare).toBeCloseTo(2 / 3, 10);
  });

  it('counts partner events and their attendance', () => {
    // 5 names Eve (public librarian), 11 names Finn (community partner); 13 names only Ana.
    expect(report.counts.partnerEvents).toBe(2);
    // 30 (5) + nothing recorded (11) = 30
    expect(report.counts.partnerAttendance).toBe(30);
  });

  it('reads attendance, and falls back to students for events logged before attendance existed', () => {
    const r = buildReport({
      ...input(),
      interactions: [
        entry(90, '2025-12-04', 'event', [5], { attendance: 45 }),
        entry(91, '2025-12-05', 'event', [6], { attendance: 12, students: 999 }),
        entry(92, '2025-12-06', 'event', [5], { students: 20 }),
      ],
    });
    expect(r.counts.partnerEvents).toBe(3);
    expect(r.counts.partnerAttendance).toBe(45 + 12 + 20);
  });

  it('works out subjects and grades served and not reached', () => {
    // Subjects per entry: unit's if any, else its teachers'. Science: 1, 2 (Ben), 4 (Ana, Ben), 6, 8,
    // 11 (deleted unit → Ana), 13 (Ana), 14 = 8. Math: 2, 3, 4, 12 = 4. Art: 10 (Dev) = 1.
    expect(report.coverage.subjects).toEqual([
      { name: 'Science', count: 8 },
      { name: 'Math', count: 4 },
      { name: 'Art', count: 1 },
    ]);
    // Universe: active teachers' subjects (Science, Math, ELA) + units' (… Social Studies). Dev is archived.
    expect(report.coverage.subjectsNotReached).toEqual(['ELA', 'Social Studies']);
    // Grade 7: 1, 4, 6, 8, 11, 13, 14 = 7. Grade 6: 2, 3, 4, 12 = 4. Grades 3 and 4: 10.
    expect(report.coverage.grades).toEqual([
      { grade: 3, count: 1 },
      { grade: 4, count: 1 },
      { grade: 6, count: 4 },
      { grade: 7, count: 7 },
    ]);
    expect(report.coverage.gradesServedLabel).toBe('3; 4; 6; 7');
    // Universe {4, 5, 6, 7} (teachers 7, 6, 5; units 7, 6, 5, 4) minus served.
    expect(report.coverage.gradesNotReached).toEqual([5]);
  });

  it('fills the grade × subject grid without inventing pairs', () => {
    expect(report.coverage.grid.grades).toEqual([3, 4, 5, 6, 7]);
    expect(report.coverage.grid.subjects).toEqual(['Art', 'ELA', 'Math', 'Science', 'Social Studies']);
    expect(report.coverage.grid.counts).toEqual([
      [1, 0, 0, 0, 0], // 3: Art (10)
      [1, 0, 0, 0, 0], // 4: Art (10)
      [0, 0, 0, 0, 0], // 5: nothing
      [0, 0, 4, 2, 0], // 6: Math 2, 3, 4, 12; Science 2 and 4 through Ben
      [0, 0, 0, 7, 0], // 7: Science 1, 4, 6, 8, 11, 13, 14 — entry 4 gives no 7 × Math (Ana teaches no math)
    ]);
  });

  it('lists units supported and the resources tagged for them', () => {
    // Unit 1: 1, 6, 8, 14; unit 2: 3, 12; unit 77 is gone.
    expect(report.coverage.unitsSupported).toEqual([
      { id: 1, title: 'Ecosystem Dynamics', subject: 'Science', count: 4 },
      { id: 2, title: 'Ratios in the Real World', subject: 'Math', count: 2 },
    ]);
    // Food Webs (1) and Data Detectives (1, 2); not Poems Aloud (3) or Atlas.
    expect(report.coverage.resourcesForUnits).toBe(2);
  });

  it('gives a monthly trend with last year where the log reaches back', () => {
    expect(report.trend).toEqual([
      // Nov 15–30: 1, 2, 3. The log starts 2024-12-05, so Nov 2024 has no data: null, not 0.
      { month: '2025-11', label: 'Nov 2025', start: '2025-11-15', end: '2025-11-30', count: 3, lastYear: null },
      // Dec: 4–9. Dec 2024: 17, 18.
      { month: '2025-12', label: 'Dec 2025', start: '2025-12-01', end: '2025-12-31', count: 6, lastYear: 2 },
      // Jan 1–29: 10–14 (15 is on the 30th). Jan 1–29 2025: 19.
      { month: '2026-01', label: 'Jan 2026', start: '2026-01-01', end: '2026-01-29', count: 5, lastYear: 1 },
    ]);
  });

  it('judges the connection plan per week, month and quarter', () => {
    // Weeks starting Nov 17 … Jan 26 = 11. Dec 22 and Dec 29 fall wholly in the winter break: skipped.
    // Of the other 9, only Dec 15–21 has no entry (8 is on Dec 11, 9 on Dec 23): met 8 of 9.
    expect(report.plan[0]).toMatchObject({ period: 'week', met: 8, total: 9, skipped: 2, inProgress: false });
    // Months starting in the period: Dec (meeting 4) and Jan, judged on all of January:
    // the meeting on Jan 30 (15) counts. Met 2 of 2.
    expect(report.plan[1]).toMatchObject({ period: 'month', met: 2, total: 2, skipped: 0, inProgress: false });
    // Quarters starting in the period: Q2 itself, with events 5, 11, 13. Met 1 of 1.
    expect(report.plan[2]).toMatchObject({ period: 'quarter', met: 1, total: 1, inProgress: false });
  });

  it('lists highlights of the period in date order, naming deleted contacts as such', () => {
    expect(report.highlights).toEqual([
      {
        date: '2025-11-17',
        kind: 'co-taught-lesson',
        contactNames: ['Ana Rivera'],
        unitTitle: 'Ecosystem Dynamics',
        notes: '<b>Great</b> & lively <script>alert(1)</script>',
      },
      { date: '2025-12-23', kind: 'check-in', contactNames: ['(deleted contact)'], unitTitle: undefined, notes: 'Met the new principal' },
      { date: '2026-01-13', kind: 'resource-shared', contactNames: ['Ben Okafor'], unitTitle: 'Ratios in the Real World', notes: 'Shared the ratio kit' },
    ]);
  });

  it('says in plain sentences what the data lacks', () => {
    expect(report.warnings).toEqual([
      '2 log entries have no contacts.', // 7, 14
      '1 log entry names contacts that were deleted; those people are not counted.', // 9
      '1 log entry refers to units that were deleted; those units are not counted.', // 11
      '3 log entries have neither a unit nor a teacher, so no subject or grade is counted for them.', // 5, 7, 9
      '1 co-taught lesson has no student count, so students reached may be low.', // 8
      '1 partner event has no attendance recorded.', // 11
      '1 log entry has no valid date or kind, so it cannot be counted.', // 20
    ]);
  });
});

describe('buildReport edge cases', () => {
  it('handles a period with no entries', () => {
    const report = buildReport(input({ period: { start: '2023-01-01', end: '2023-01-31', label: 'Jan 2023' } }));
    expect(report.counts.interactions).toBe(0);
    expect(report.counts.teacherShare).toBe(0);
    expect(report.coverage.subjects).toEqual([]);
    expect(report.coverage.subjectsNotReached).toEqual(['ELA', 'Math', 'Science', 'Social Studies']);
    expect(report.trend).toEqual([{ month: '2023-01', label: 'Jan 2023', start: '2023-01-01', end: '2023-01-31', count: 0, lastYear: null }]);
    expect(report.highlights).toEqual([]);
    // Mondays Jan 2, 9, 16, 23, 30 of 2023: five school weeks, none met.
    expect(report.plan[0]).toMatchObject({ met: 0, total: 5 });
    expect(report.warnings[0]).toBe('No log entries in this period.');
  });

  it('handles an empty database', () => {
    const report = buildReport({ contacts: [], units: [], resources: [], interactions: [], settings, period: { start: '2025-11-15', end: '2026-01-29', label: 'Q2' }, now: AFTER_Q2 });
    expect(report.counts.teacherShare).toBeNull();
    expect(report.coverage.grid).toEqual({ grades: [], subjects: [], counts: [] });
    expect(report.trend.map((m) => m.lastYear)).toEqual([null, null, null]);
    expect(report.warnings).toEqual([
      'No log entries in this period.',
      'There are no teachers in your contacts, so the share of teachers reached cannot be shown.',
    ]);
  });

  it('counts entries without contacts or units, and adds nothing to coverage for them', () => {
    const bare = [entry(1, '2025-12-01', 'email', []), entry(2, '2025-12-02', 'co-taught-lesson', [], { classes: 2, students: 40 })];
    const report = buildReport(input({ interactions: bare }));
    expect(report.counts.interactions).toBe(2);
    expect(report.counts.classesReached).toBe(2);
    expect(report.counts.contactsReached).toBe(0);
    expect(report.coverage.subjects).toEqual([]);
    expect(report.coverage.unitsSupported).toEqual([]);
    expect(report.warnings).toContain('2 log entries have no contacts.');
    expect(report.warnings).toContain('2 log entries have neither a unit nor a teacher, so no subject or grade is counted for them.');
    // The log starts on 2025-12-01: no month a year earlier has data.
    expect(report.warnings).toContain('The log does not go back a year, so there is nothing to compare with last year.');
  });

  it('counts deleted contacts nowhere but still counts their entries', () => {
    const onlyDeleted = [entry(1, '2025-12-01', 'meeting', [99, 98]), entry(2, '2025-12-02', 'check-in', [1, 98])];
    const report = buildReport(input({ interactions: onlyDeleted }));
    expect(report.counts.interactions).toBe(2);
    expect(report.counts.contactsReached).toBe(1); // only Ana
    expect(report.counts.teachersReached).toBe(1);
    expect(report.warnings).toContain('2 log entries name contacts that were deleted; those people are not counted.');
  });

  it('while the period is under way, leaves out future days and entries dated after today', () => {
    const now = new Date(2025, 11, 17, 9); // Wednesday Dec 17 2025
    const report = buildReport(input({ now }));
    // Counted: 1–8 (up to Dec 11). 9–14 are dated after today.
    expect(report.counts.interactions).toBe(8);
    expect(report.trend.map((m) => [m.month, m.end, m.count, m.lastYear])).toEqual([
      ['2025-11', '2025-11-30', 3, null],
      // Dec 1–17: 4–8 = 5; Dec 1–17 2024: 17 only (18 is on Dec 18).
      ['2025-12', '2025-12-17', 5, 1],
      ['2026-01', '2026-01-29', null, null],
    ]);
    // Weeks Nov 17, Nov 24, Dec 1, Dec 8 met; Dec 15 under way with no entry yet: not judged.
    expect(report.plan[0]).toMatchObject({ met: 4, total: 4, inProgress: true, skipped: 2 });
    // December already met (meeting 4); January has not started.
    expect(report.plan[1]).toMatchObject({ met: 1, total: 1, inProgress: false });
    expect(report.warnings).toContain('6 log entries are dated after today and not counted yet.');
    expect(report.warnings).toContain('This period runs until Jan 29, 2026: the figures are to Dec 17, 2025.');
  });

  it('treats subjects alike regardless of case and spacing', () => {
    // Ben's "science" and Ana's "Science" are one subject, shown as first spelled (Ana's).
    const report = buildReport(input());
    expect(report.coverage.grid.subjects.filter((s) => s.toLowerCase() === 'science')).toEqual(['Science']);
  });

  it('adds up a school year of 20,000 entries', () => {
    const many: Interaction[] = [];
    for (let i = 0; i < 20000; i++) {
      const day = 1 + (i % 28);
      const month = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6][i % 10]!;
      const year = month >= 9 ? 2025 : 2026;
      many.push(entry(i, `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 'check-in', [1 + (i % 6)], { unitId: 1 + (i % 4) }));
    }
    const report = buildReport(input({ interactions: many, period: periodFor('school-year', settings, AFTER_Q2), now: new Date(2026, 6, 1) }));
    expect(report.counts.interactions).toBe(20000);
    expect(report.trend.reduce((sum, m) => sum + (m.count ?? 0), 0)).toBe(20000);
  });
});

describe('report export', () => {
  const report = buildReport(input());

  it('escapes CSV cells and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes metrics and tables, with names and notes defused', () => {
    const hostile = buildReport(
      input({
        contacts: [contact(1, '=cmd|calc', 'teacher', ['Science'], [7])],
        interactions: [entry(1, '2025-12-01', 'co-taught-lesson', [1], { unitId: 1, classes: 1, students: 20, highlight: true, notes: '@import, "quoted"' })],
      }),
    );
    const csv = reportToCsv(hostile);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('metric,value');
    expect(lines).toContain('Log entries,1');
    expect(lines).toContain('Students reached,20');
    expect(lines).toContain('Share of active teachers reached,100%');
    expect(lines).toContain(`2025-12-01,co-taught-lesson,'=cmd|calc,Ecosystem Dynamics,"'@import, ""quoted"""`);
    // No cell anywhere starts with a bare formula character.
    for (const line of lines) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@]/);
  });

  it('puts the hand-checked figures into the CSV', () => {
    const lines = reportToCsv(report).split('\r\n');
    expect(lines).toContain('Log entries,14');
    expect(lines).toContain('Classes reached,7');
    expect(lines).toContain('Share of active teachers reached,67%');
    expect(lines).toContain('Subjects not reached,ELA; Social Studies');
    expect(lines).toContain('Dec 2025,2025-12-01,2025-12-31,6,2');
    expect(lines).toContain('Nov 2025,2025-11-15,2025-11-30,3,');
    expect(lines).toContain('grade,Art,ELA,Math,Science,Social Studies');
    expect(lines).toContain('6,0,0,4,2,0');
  });

  it('writes a short plain-text summary', () => {
    const text = reportToText(report, 'Springfield Middle');
    expect(text).toContain('Library report: Springfield Middle');
    expect(text).toContain('Q2 2025–26 (Nov 15, 2025 – Jan 29, 2026)');
    expect(text).toContain('- 14 log entries, including 4 co-taught lessons reaching 7 classes and 94 students.');
    expect(text).toContain('- 2 of 3 teachers reached (67%).');
    expect(text).toContain('- 2 partner events with 30 attendees.');
    expect(text).toContain('- Reach out to one colleague: met 8 of 9 weeks.');
    expect(text).toContain('- Dec 23, 2025 with (deleted contact): Met the new principal');
    expect(reportToText(buildReport(input({ interactions: [] })), 'X')).toContain('No log entries in this period.');
  });
});
