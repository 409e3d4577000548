/**
 * The quarterly report for the principal: pure numbers built from the log.
 *
 * Nothing here reads a clock: `now` is a parameter. Dates are handled as day
 * numbers (days since 1970-01-01 in the proleptic Gregorian calendar), so that
 * no time zone or DST change can move a log entry from one month to another.
 *
 * Where the data cannot support a figure (no contacts on an entry, a deleted
 * unit, no class count), the report says so in `warnings` with a plain
 * sentence instead of silently showing a wrong number.
 */
import { formatGrades } from './grades';
import {
  INTERACTION_KINDS,
  type ConnectionGoal,
  type Contact,
  type Interaction,
  type InteractionKind,
  type IsoDate,
  type Resource,
  type Settings,
  type Stored,
  type Unit,
} from './types';

// ---------------------------------------------------------------------------
// Day numbers

/** Days since 1970-01-01 for a civil date (month 1..12). Hinnant's algorithm: no Date, no time zone. */
function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDay(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number, or null when it is not a real calendar date. */
function parseDay(iso: string | undefined): number | null {
  const m = iso === undefined ? null : ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

function isoFromDay(dayNumber: number): IsoDate {
  const [y, m, d] = civilFromDay(dayNumber);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
function weekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The same month and day `years` later; 29 February becomes 28 February in a common year. */
function shiftYears(dayNumber: number, years: number): number {
  const [y, m, d] = civilFromDay(dayNumber);
  return dayFromCivil(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

/** The local calendar day of an instant (the librarian's own day, not UTC's). */
function localDay(now: Date): number {
  return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2025-10-31` → `Oct 31, 2025`. Returns the input unchanged when it is not a date. */
export function formatIsoDate(iso: IsoDate): string {
  const day = parseDay(iso);
  if (day === null) return iso;
  const [y, m, d] = civilFromDay(day);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** `Oct 31, 2025 – Jan 29, 2026`, or `Aug 1 – Oct 30, 2025` within one year. */
export function formatDateRange(start: IsoDate, end: IsoDate): string {
  const a = parseDay(start);
  const b = parseDay(end);
  if (a === null || b === null) return `${start} – ${end}`;
  const [ya, ma, da] = civilFromDay(a);
  const [yb] = civilFromDay(b);
  return ya === yb ? `${MONTHS[ma - 1]} ${da} – ${formatIsoDate(end)}` : `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}

// ---------------------------------------------------------------------------
// School years and quarters

/**
 * The school year repeats every calendar year on the same month and day.
 *
 * Rule, in order:
 * - `settings.schoolYear.start` and `.end` set: that year, and the same dates
 *   shifted by whole years for other years (so a year set up once keeps working).
 * - only `start` set: the year ends on the first June 30 after it.
 * - only `end` set: the year starts on the last August 1 before it.
 * - neither (or an end not after the start): August 1 to June 30 of the next year.
 * The year "of" a day is the latest one that has started on or before it; in
 * the summer gap after its end that is still the year just finished, so a
 * report written in July speaks of the year that ended in June.
 */
interface SchoolYearTemplate {
  start: number;
  end: number;
}

interface DayRange {
  start: number;
  end: number;
}

function schoolYearTemplate(settings: Settings): SchoolYearTemplate {
  const start = parseDay(settings.schoolYear.start);
  const end = parseDay(settings.schoolYear.end);
  if (start !== null && end !== null && end > start) return { start, end };
  if (start !== null && end === null) {
    const [y] = civilFromDay(start);
    const june30 = dayFromCivil(y, 6, 30);
    return { start, end: june30 > start ? june30 : dayFromCivil(y + 1, 6, 30) };
  }
  if (end !== null && start === null) {
    const [y] = civilFromDay(end);
    const aug1 = dayFromCivil(y, 8, 1);
    return { start: aug1 < end ? aug1 : dayFromCivil(y - 1, 8, 1), end };
  }
  return { start: dayFromCivil(2000, 8, 1), end: dayFromCivil(2001, 6, 30) };
}

/** Index of the school year containing `day` (or just finished), relative to the template's own year. */
function schoolYearIndex(template: SchoolYearTemplate, day: number): number {
  const [dayYear] = civilFromDay(day);
  const [templateYear] = civilFromDay(template.start);
  let k = dayYear - templateYear;
  while (shiftYears(template.start, k) > day) k--;
  while (shiftYears(template.start, k + 1) <= day) k++;
  return k;
}

function schoolYearAt(template: SchoolYearTemplate, index: number): DayRange {
  return { start: shiftYears(template.start, index), end: shiftYears(template.end, index) };
}

/**
 * Four quarters of near-equal length: quarter i (0..3) starts on day
 * `start + floor(i × length / 4)`, and each ends the day before the next one
 * starts; the last ends on the year's last day. Breaks do not move them.
 */
function quartersOf(year: DayRange): DayRange[] {
  const length = year.end - year.start + 1;
  const starts = [0, 1, 2, 3, 4].map((i) => year.start + Math.floor((i * length) / 4));
  return [0, 1, 2, 3].map((i) => ({ start: starts[i]!, end: starts[i + 1]! - 1 }));
}

function schoolYearName(year: DayRange): string {
  const [ya] = civilFromDay(year.start);
  const [yb] = civilFromDay(year.end);
  return ya === yb ? String(ya) : `${ya}–${String(yb).slice(-2)}`;
}

export interface ReportPeriod {
  start: IsoDate;
  end: IsoDate;
  label: string;
}

export type PeriodChoice = 'this-quarter' | 'last-quarter' | 'school-year' | { start: IsoDate; end: IsoDate };

/**
 * The dates a report covers. Quarters follow the school year (see
 * `schoolYearTemplate` for the rule). In the summer gap "this quarter" is the
 * last quarter of the year just finished. A custom range given backwards is
 * turned round; a custom date that is not `YYYY-MM-DD` throws a RangeError.
 */
export function periodFor(choice: PeriodChoice, settings: Settings, now: Date): ReportPeriod {
  if (typeof choice === 'object') {
    const a = parseDay(choice.start);
    const b = parseDay(choice.end);
    if (a === null || b === null) throw new RangeError('A custom period needs a start and an end date (YYYY-MM-DD).');
    const [start, end] = a <= b ? [a, b] : [b, a];
    return { start: isoFromDay(start), end: isoFromDay(end), label: formatDateRange(isoFromDay(start), isoFromDay(end)) };
  }
  const template = schoolYearTemplate(settings);
  const today = localDay(now);
  const index = schoolYearIndex(template, today);
  const year = schoolYearAt(template, index);
  if (choice === 'school-year') {
    return { start: isoFromDay(year.start), end: isoFromDay(year.end), label: `School year ${schoolYearName(year)}` };
  }
  const quarters = quartersOf(year);
  const current = today > year.end ? 3 : quarters.findIndex((q) => q.start <= today && today <= q.end);
  let quarterYear = year;
  let q = current;
  if (choice === 'last-quarter') {
    if (q === 0) {
      quarterYear = schoolYearAt(template, index - 1);
      q = 3;
    } else {
      q -= 1;
    }
  }
  const range = quartersOf(quarterYear)[q]!;
  return { start: isoFromDay(range.start), end: isoFromDay(range.end), label: `Q${q + 1} ${schoolYearName(quarterYear)}` };
}

// ---------------------------------------------------------------------------
// The report

export interface ReportInput {
  contacts: readonly Stored<Contact>[];
  units: readonly Stored<Unit>[];
  resources: readonly Stored<Resource>[];
  interactions: readonly Interaction[];
  settings: Settings;
  period: ReportPeriod;
  now: Date;
}

export interface ReportCounts {
  /** Log entries in the period. */
  interactions: number;
  byKind: Record<InteractionKind, number>;
  coTaughtLessons: number;
  /** Sum of `classes` over co-taught lessons (lessons without a count add nothing; see warnings). */
  classesReached: number;
  /** Sum of `students` over co-taught lessons. */
  studentsReached: number;
  /** Distinct contacts of any role named in the period's entries. */
  contactsReached: number;
  /** Distinct teachers named in the period's entries, archived or not. */
  teachersReached: number;
  /** Non-archived teachers in the contacts. */
  teachersTotal: number;
  /** Non-archived teachers named in the period's entries (numerator of the share). */
  activeTeachersReached: number;
  /** `activeTeachersReached / teachersTotal` (0..1), null when there are no teachers. */
  teacherShare: number | null;
  /** Events naming at least one community partner or public librarian. */
  partnerEvents: number;
  /** Sum of `attendance` over those events (`students` for entries logged before attendance existed). */
  partnerAttendance: number;
  resourcesShared: number;
}

export interface SubjectCount {
  name: string;
  count: number;
}

export interface GradeCount {
  grade: number;
  count: number;
}

export interface CoverageGridData {
  /** Row headings, ascending (0 = K). */
  grades: number[];
  /** Column headings, alphabetical. */
  subjects: string[];
  /** `counts[row][column]`: log entries touching that grade and subject. */
  counts: number[][];
}

export interface UnitSupported {
  id: number;
  title: string;
  subject: string;
  count: number;
}

export interface ReportCoverage {
  /** Subjects served, most entries first. */
  subjects: SubjectCount[];
  /** Subjects of teachers and units that no entry of the period touched. */
  subjectsNotReached: string[];
  /** Grades served, ascending. */
  grades: GradeCount[];
  /** `K-5; 7` */
  gradesServedLabel: string;
  gradesNotReached: number[];
  gradesNotReachedLabel: string;
  grid: CoverageGridData;
  /** Distinct existing units named by the period's entries, most entries first. */
  unitsSupported: UnitSupported[];
  /** Distinct resources tagged for those units. */
  resourcesForUnits: number;
}

export interface TrendMonth {
  /** `YYYY-MM` */
  month: string;
  /** `Oct 2025` */
  label: string;
  /** The days counted: the part of the month inside the period, up to today (for a month not begun: the whole part). */
  start: IsoDate;
  end: IsoDate;
  /** Entries in that range; null when the range has not started yet. */
  count: number | null;
  /** Entries in the same range a year earlier; null when the log did not exist yet. */
  lastYear: number | null;
}

export interface GoalResult {
  label: string;
  period: ConnectionGoal['period'];
  kinds: InteractionKind[];
  count: number;
  /** Weeks/months/quarters of the period where the goal was met. */
  met: number;
  /** Weeks/months/quarters judged: finished ones, plus the current one when already met. */
  total: number;
  /** The current week/month/quarter is under way and not met yet (left out of `total`). */
  inProgress: boolean;
  /** Weeks/months/quarters left out because they hold no school day (breaks, summer). */
  skipped: number;
}

export interface Highlight {
  date: IsoDate;
  kind: InteractionKind;
  contactNames: string[];
  unitTitle?: string;
  notes: string;
}

export interface Report {
  period: ReportPeriod;
  /** The day the report was built. */
  generatedOn: IsoDate;
  counts: ReportCounts;
  coverage: ReportCoverage;
  trend: TrendMonth[];
  plan: GoalResult[];
  highlights: Highlight[];
  /** Plain sentences about missing or doubtful data behind the figures. */
  warnings: string[];
}

export const KIND_LABELS: Record<InteractionKind, string> = {
  'co-teaching-idea': 'Co-teaching ideas',
  'check-in': 'Check-ins',
  'co-taught-lesson': 'Co-taught lessons',
  meeting: 'Meetings',
  email: 'Emails',
  'resource-shared': 'Resources shared',
  event: 'Events',
};

const PARTNER_ROLES = new Set<Contact['role']>(['community-partner', 'public-librarian']);

/** `1 log entry has` / `12 log entries have` */
function entries(n: number, verb: 'has' | 'names' | 'refers' | 'is'): string {
  const plural = { has: 'have', names: 'name', refers: 'refer', is: 'are' }[verb];
  return n === 1 ? `1 log entry ${verb}` : `${n} log entries ${plural}`;
}

/** Subjects are compared without case or extra spaces; the first spelling seen is the one shown. */
class SubjectNames {
  private readonly display = new Map<string, string>();
  key(name: string): string | null {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed) return null;
    const key = trimmed.toLowerCase();
    if (!this.display.has(key)) this.display.set(key, trimmed);
    return key;
  }
  name(key: string): string {
    return this.display.get(key) ?? key;
  }
}

/** Sorted arrays of entry days, one per kind, for counting any date range by binary search. */
class DayIndex {
  private readonly byKind = new Map<InteractionKind, Int32Array>();
  readonly first: number | null;

  constructor(days: Map<InteractionKind, number[]>) {
    let first: number | null = null;
    for (const [kind, list] of days) {
      const sorted = Int32Array.from(list).sort();
      this.byKind.set(kind, sorted);
      if (sorted.length > 0 && (first === null || sorted[0]! < first)) first = sorted[0]!;
    }
    this.first = first;
  }

  /** Entries of the given kinds (empty = any) dated within [start, end]. */
  count(start: number, end: number, kinds: readonly InteractionKind[] = []): number {
    let total = 0;
    for (const kind of kinds.length ? kinds : this.byKind.keys()) {
      const days = this.byKind.get(kind);
      if (days) total += lowerBound(days, end + 1) - lowerBound(days, start);
    }
    return total;
  }
}

function lowerBound(days: Int32Array, value: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What one entry touches for coverage: subject keys, grades and `grade|subject` grid cells, each once. */
interface Touch {
  subjects: string[];
  grades: number[];
  cells: string[];
}

function touchOf(names: SubjectNames, subjects: readonly string[], grades: readonly number[]): Touch {
  const keys = [...new Set(subjects.map((s) => names.key(s)).filter((k): k is string => k !== null))];
  const uniqueGrades = [...new Set(grades)];
  return { subjects: keys, grades: uniqueGrades, cells: keys.flatMap((k) => uniqueGrades.map((g) => `${g}|${k}`)) };
}

/** Several teachers on one entry: the union of their own pairs (never one teacher's grade with another's subject). */
function mergeTouches(touches: readonly Touch[]): Touch {
  const union = <T>(pick: (t: Touch) => T[]) => [...new Set(touches.flatMap(pick))];
  return { subjects: union((t) => t.subjects), grades: union((t) => t.grades), cells: union((t) => t.cells) };
}

/**
 * Builds the report. Entries count toward a period by their `date`; entries
 * dated after today are plans, not work done, and are left out (with a
 * warning when they fall in the period). An
 * entry's subjects and grades come from its unit when it has one, otherwise
 * from the subjects and grades of the teachers it names (each teacher's own
 * grade × subject pairs, so two teachers never invent a pair neither teaches).
 */
export function buildReport(input: ReportInput): Report {
  const { contacts, units, resources, interactions, settings, period, now } = input;
  const start = parseDay(period.start);
  const end = parseDay(period.end);
  if (start === null || end === null || end < start) throw new RangeError(`Not a report period: ${period.start} – ${period.end}`);
  const today = localDay(now);

  const contactById = new Map<number, Stored<Contact>>();
  for (const c of contacts) contactById.set(c.id, c);
  const unitById = new Map<number, Stored<Unit>>();
  for (const u of units) unitById.set(u.id, u);

  const names = new SubjectNames();
  // The universe that "not reached" is measured against: every active teacher's and every unit's subjects and grades.
  const allSubjects = new Set<string>();
  const allGrades = new Set<number>();
  let teachersTotal = 0;
  for (const c of contacts) {
    if (c.role !== 'teacher' || c.archived) continue;
    teachersTotal++;
    for (const s of c.subjects) {
      const key = names.key(s);
      if (key) allSubjects.add(key);
    }
    for (const g of c.grades) allGrades.add(g);
  }
  for (const u of units) {
    const key = names.key(u.subject);
    if (key) allSubjects.add(key);
    for (const g of u.grades) allGrades.add(g);
  }
  // What each unit and each teacher (archived too) contributes to coverage, worked out once rather than per entry.
  const unitTouch = new Map<number, Touch>();
  for (const u of units) unitTouch.set(u.id, touchOf(names, [u.subject], u.grades));
  const teacherTouch = new Map<number, Touch>();
  for (const c of contacts) if (c.role === 'teacher') teacherTouch.set(c.id, touchOf(names, c.subjects, c.grades));

  // Thousands of entries share a few hundred dates: parse each once.
  const dayCache = new Map<string, number | null>();
  const dayOf = (iso: string): number | null => {
    let day = dayCache.get(iso);
    if (day === undefined) {
      day = parseDay(iso);
      dayCache.set(iso, day);
    }
    return day;
  };

  const byKind = Object.fromEntries(INTERACTION_KINDS.map((k) => [k, 0])) as Record<InteractionKind, number>;
  const allDays = new Map<InteractionKind, number[]>(INTERACTION_KINDS.map((k) => [k, []]));
  const reached = new Set<number>();
  const teachersReached = new Set<number>();
  const subjectCounts = new Map<string, number>();
  const gradeCounts = new Map<number, number>();
  const cellCounts = new Map<string, number>();
  const unitCounts = new Map<number, number>();
  const highlights: Highlight[] = [];
  const gaps = {
    invalidDate: 0,
    future: 0,
    noContacts: 0,
    deletedContacts: 0,
    deletedUnits: 0,
    noSubject: 0,
    lessonsWithoutClasses: 0,
    lessonsWithoutStudents: 0,
    eventsWithoutAttendance: 0,
  };
  let inPeriod = 0;
  let classesReached = 0;
  let studentsReached = 0;
  let partnerEvents = 0;
  let partnerAttendance = 0;

  for (const entry of interactions) {
    const day = dayOf(entry.date);
    const kindDays = allDays.get(entry.kind);
    if (day === null || !kindDays) {
      gaps.invalidDate++;
      continue;
    }
    // Entries dated after today are plans, not work done: left out everywhere, and counted for a warning.
    if (day > today) {
      if (day >= start && day <= end) gaps.future++;
      continue;
    }
    kindDays.push(day);
    if (day < start || day > end) continue;

    inPeriod++;
    byKind[entry.kind]++;

    const named: Stored<Contact>[] = [];
    let missingContact = false;
    for (const id of entry.contactIds) {
      const contact = contactById.get(id);
      if (contact) named.push(contact);
      else missingContact = true;
    }
    if (entry.contactIds.length === 0) gaps.noContacts++;
    if (missingContact) gaps.deletedContacts++;
    for (const c of named) {
      reached.add(c.id);
      if (c.role === 'teacher') teachersReached.add(c.id);
    }

    const unit = entry.unitId === undefined ? undefined : unitById.get(entry.unitId);
    if (entry.unitId !== undefined && !unit) gaps.deletedUnits++;
    if (unit) unitCounts.set(unit.id, (unitCounts.get(unit.id) ?? 0) + 1);

    if (entry.kind === 'co-taught-lesson') {
      if (entry.classes === undefined) gaps.lessonsWithoutClasses++;
      else classesReached += entry.classes;
      if (entry.students === undefined) gaps.lessonsWithoutStudents++;
      else studentsReached += entry.students;
    }
    if (entry.kind === 'event' && named.some((c) => PARTNER_ROLES.has(c.role))) {
      partnerEvents++;
      const attended = entry.attendance ?? entry.students;
      if (attended === undefined) gaps.eventsWithoutAttendance++;
      else partnerAttendance += attended;
    }

    // Coverage: each entry counts once per subject, grade and grid cell it touches.
    let touch: Touch | undefined;
    if (unit) {
      touch = unitTouch.get(unit.id);
    } else {
      const touches: Touch[] = [];
      for (const c of named) {
        const t = teacherTouch.get(c.id);
        if (t) touches.push(t);
      }
      touch = touches.length > 1 ? mergeTouches(touches) : touches[0];
    }
    if (!touch || (touch.subjects.length === 0 && touch.grades.length === 0)) gaps.noSubject++;
    else {
      for (const k of touch.subjects) subjectCounts.set(k, (subjectCounts.get(k) ?? 0) + 1);
      for (const g of touch.grades) gradeCounts.set(g, (gradeCounts.get(g) ?? 0) + 1);
      for (const cell of touch.cells) cellCounts.set(cell, (cellCounts.get(cell) ?? 0) + 1);
    }

    if (entry.highlight) {
      highlights.push({
        date: entry.date,
        kind: entry.kind,
        contactNames: [
          ...named.map((c) => c.name),
          ...(missingContact ? ['(deleted contact)'] : []),
        ],
        unitTitle: unit ? unit.title : entry.unitId !== undefined ? '(deleted unit)' : undefined,
        notes: entry.notes,
      });
    }
  }
  highlights.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const index = new DayIndex(allDays);
  let activeTeachersReached = 0;
  for (const id of teachersReached) if (!contactById.get(id)?.archived) activeTeachersReached++;

  const counts: ReportCounts = {
    interactions: inPeriod,
    byKind,
    coTaughtLessons: byKind['co-taught-lesson'],
    classesReached,
    studentsReached,
    contactsReached: reached.size,
    teachersReached: teachersReached.size,
    teachersTotal,
    activeTeachersReached,
    teacherShare: teachersTotal > 0 ? activeTeachersReached / teachersTotal : null,
    partnerEvents,
    partnerAttendance,
    resourcesShared: byKind['resource-shared'],
  };

  const coverage = buildCoverage({ names, allSubjects, allGrades, subjectCounts, gradeCounts, cellCounts, unitCounts, unitById, resources });
  const trend = buildTrend(index, start, end, today);
  const template = schoolYearTemplate(settings);
  const plan = settings.goals.map((goal) => evaluateGoal(goal, index, start, end, today, template, settings));

  const warnings: string[] = [];
  if (inPeriod === 0) warnings.push('No log entries in this period.');
  if (gaps.noContacts) warnings.push(`${entries(gaps.noContacts, 'has')} no contacts.`);
  if (gaps.deletedContacts) warnings.push(`${entries(gaps.deletedContacts, 'names')} contacts that were deleted; those people are not counted.`);
  if (gaps.deletedUnits) warnings.push(`${entries(gaps.deletedUnits, 'refers')} to units that were deleted; those units are not counted.`);
  if (gaps.noSubject) warnings.push(`${entries(gaps.noSubject, 'has')} neither a unit nor a teacher, so no subject or grade is counted for ${them(gaps.noSubject)}.`);
  if (gaps.lessonsWithoutClasses) {
    warnings.push(`${plural(gaps.lessonsWithoutClasses, 'co-taught lesson has', 'co-taught lessons have')} no class count, so classes reached may be low.`);
  }
  if (gaps.lessonsWithoutStudents) {
    warnings.push(`${plural(gaps.lessonsWithoutStudents, 'co-taught lesson has', 'co-taught lessons have')} no student count, so students reached may be low.`);
  }
  if (gaps.eventsWithoutAttendance) {
    warnings.push(`${plural(gaps.eventsWithoutAttendance, 'partner event has', 'partner events have')} no attendance recorded.`);
  }
  if (gaps.invalidDate) warnings.push(`${entries(gaps.invalidDate, 'has')} no valid date or kind, so ${them(gaps.invalidDate)} cannot be counted.`);
  if (gaps.future) warnings.push(`${entries(gaps.future, 'is')} dated after today and not counted yet.`);
  if (teachersTotal === 0) warnings.push('There are no teachers in your contacts, so the share of teachers reached cannot be shown.');
  if (inPeriod > 0 && trend.length > 0 && trend.every((m) => m.lastYear === null)) {
    warnings.push('The log does not go back a year, so there is nothing to compare with last year.');
  }
  if (start > today) warnings.push('This period has not started yet.');
  else if (end > today) warnings.push(`This period runs until ${formatIsoDate(period.end)}: the figures are to ${formatIsoDate(isoFromDay(today))}.`);

  return { period, generatedOn: isoFromDay(today), counts, coverage, trend, plan, highlights, warnings };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

function them(n: number): string {
  return n === 1 ? 'it' : 'them';
}

function buildCoverage(data: {
  names: SubjectNames;
  allSubjects: Set<string>;
  allGrades: Set<number>;
  subjectCounts: Map<string, number>;
  gradeCounts: Map<number, number>;
  cellCounts: Map<string, number>;
  unitCounts: Map<number, number>;
  unitById: Map<number, Stored<Unit>>;
  resources: readonly Stored<Resource>[];
}): ReportCoverage {
  const { names, allSubjects, allGrades, subjectCounts, gradeCounts, cellCounts, unitCounts, unitById, resources } = data;
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

  const subjects = [...subjectCounts]
    .map(([key, count]) => ({ name: names.name(key), count }))
    .sort((a, b) => b.count - a.count || byName(a.name, b.name));
  const subjectsNotReached = [...allSubjects].filter((k) => !subjectCounts.has(k)).map((k) => names.name(k)).sort(byName);
  const grades = [...gradeCounts].map(([grade, count]) => ({ grade, count })).sort((a, b) => a.grade - b.grade);
  const gradesNotReached = [...allGrades].filter((g) => !gradeCounts.has(g)).sort((a, b) => a - b);

  const gridSubjectKeys = [...new Set([...allSubjects, ...subjectCounts.keys()])].sort((a, b) => byName(names.name(a), names.name(b)));
  const gridGrades = [...new Set([...allGrades, ...gradeCounts.keys()])].sort((a, b) => a - b);
  const grid: CoverageGridData = {
    grades: gridGrades,
    subjects: gridSubjectKeys.map((k) => names.name(k)),
    counts: gridGrades.map((g) => gridSubjectKeys.map((k) => cellCounts.get(`${g}|${k}`) ?? 0)),
  };

  const unitsSupported = [...unitCounts]
    .map(([id, count]) => {
      const unit = unitById.get(id)!;
      return { id, title: unit.title, subject: unit.subject, count };
    })
    .sort((a, b) => b.count - a.count || byName(a.title, b.title));
  const resourcesForUnits = resources.filter((r) => r.unitIds.some((id) => unitCounts.has(id))).length;

  return {
    subjects,
    subjectsNotReached,
    grades,
    gradesServedLabel: formatGrades(grades.map((g) => g.grade)),
    gradesNotReached,
    gradesNotReachedLabel: formatGrades(gradesNotReached),
    grid,
    unitsSupported,
    resourcesForUnits,
  };
}

/**
 * One bar per calendar month the period touches (partial at its edges), and
 * the same days a year earlier. The current month is counted up to today on
 * both sides, so a half-finished month is compared with the same half.
 */
function buildTrend(index: DayIndex, start: number, end: number, today: number): TrendMonth[] {
  const months: TrendMonth[] = [];
  let [y, m] = civilFromDay(start);
  for (;;) {
    const monthStart = dayFromCivil(y, m, 1);
    if (monthStart > end) break;
    const from = Math.max(monthStart, start);
    const monthEnd = Math.min(monthStart + daysInMonth(y, m) - 1, end);
    const to = from > today ? monthEnd : Math.min(monthEnd, today);
    const lastTo = shiftYears(to, -1);
    months.push({
      month: `${y}-${String(m).padStart(2, '0')}`,
      label: `${MONTHS[m - 1]} ${y}`,
      start: isoFromDay(from),
      end: isoFromDay(to),
      count: from > today ? null : index.count(from, to),
      lastYear: from > today || index.first === null || index.first > lastTo ? null : index.count(shiftYears(from, -1), lastTo),
    });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

/**
 * A goal is judged on each week (Monday to Sunday), month or school quarter
 * that *starts* inside the period, counting every entry in that whole week,
 * month or quarter. Periods that tile the year therefore share out the weeks
 * without counting any twice. A week, month or quarter with no school day in
 * it (a weekday within the school year and outside every break) is skipped.
 */
function evaluateGoal(
  goal: ConnectionGoal,
  index: DayIndex,
  start: number,
  end: number,
  today: number,
  template: SchoolYearTemplate,
  settings: Settings,
): GoalResult {
  const breaks = settings.schoolYear.breaks
    .map((b) => ({ start: parseDay(b.start), end: parseDay(b.end) }))
    .filter((b): b is DayRange => b.start !== null && b.end !== null);
  const isSchoolDay = (day: number): boolean => {
    if (weekday(day) >= 5) return false;
    const year = schoolYearAt(template, schoolYearIndex(template, day));
    if (day > year.end) return false;
    return !breaks.some((b) => b.start <= day && day <= b.end);
  };

  const result: GoalResult = { label: goal.label, period: goal.period, kinds: goal.kinds, count: goal.count, met: 0, total: 0, inProgress: false, skipped: 0 };
  for (const span of goalSpans(goal.period, start, end, template)) {
    let hasSchoolDay = false;
    for (let d = span.start; d <= span.end && !hasSchoolDay; d++) hasSchoolDay = isSchoolDay(d);
    if (!hasSchoolDay) {
      result.skipped++;
      continue;
    }
    if (span.start > today) continue; // not begun: neither met nor missed
    const met = index.count(span.start, span.end, goal.kinds) >= goal.count;
    if (met) {
      result.met++;
      result.total++;
    } else if (span.end >= today) {
      result.inProgress = true;
    } else {
      result.total++;
    }
  }
  return result;
}

/** The weeks, months or school quarters whose first day lies in [start, end]. */
function goalSpans(period: ConnectionGoal['period'], start: number, end: number, template: SchoolYearTemplate): DayRange[] {
  const spans: DayRange[] = [];
  if (period === 'week') {
    for (let monday = start + ((7 - weekday(start)) % 7); monday <= end; monday += 7) spans.push({ start: monday, end: monday + 6 });
  } else if (period === 'month') {
    let [y, m, d] = civilFromDay(start);
    if (d !== 1) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    for (let first = dayFromCivil(y, m, 1); first <= end; first = dayFromCivil(y, m, 1)) {
      spans.push({ start: first, end: first + daysInMonth(y, m) - 1 });
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
  } else {
    for (let k = schoolYearIndex(template, start); schoolYearAt(template, k).start <= end; k++) {
      for (const q of quartersOf(schoolYearAt(template, k))) if (q.start >= start && q.start <= end) spans.push(q);
    }
  }
  return spans;
}
