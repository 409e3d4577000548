import { describe, expect, it } from 'vitest';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { INTERACTION_KINDS, RESOURCE_KINDS, ROLES } from '../../../src/core/types';
import { buildSampleSchool, sampleSchoolYear, schoolYearStartYear } from '../../../src/sample/school';

/** A Wednesday in early November: units running, starting and finished around it. */
const NOW = new Date(2025, 10, 5, 10, 30);
const school = buildSampleSchool(NOW);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const daysSince = (date: string, now: Date) => differenceInCalendarDays(now, parseISO(date));

describe('sample school: shape', () => {
  it('has the promised counts', () => {
    expect(school.contacts.length).toBeGreaterThanOrEqual(30);
    expect(school.units).toHaveLength(40);
    expect(school.resources).toHaveLength(200);
    expect(school.interactions).toHaveLength(150);
  });

  it('has every role, with teachers the majority', () => {
    const count = (role: string) => school.contacts.filter((c) => c.role === role).length;
    for (const role of ROLES) expect(count(role), role).toBeGreaterThan(0);
    expect(count('administrator')).toBe(2);
    expect(count('public-librarian')).toBe(2);
    expect(count('community-partner')).toBe(3);
    expect(count('teacher')).toBeGreaterThan(school.contacts.length / 2);
  });

  it('covers every grade K-8 and the core and special subjects with teachers', () => {
    const teachers = school.contacts.filter((c) => c.role === 'teacher');
    const grades = new Set(teachers.flatMap((t) => t.grades));
    for (let g = 0; g <= 8; g++) expect(grades.has(g), `grade ${g}`).toBe(true);
    const subjects = new Set(teachers.flatMap((t) => t.subjects));
    for (const s of ['ELA', 'math', 'science', 'social studies', 'Spanish', 'art', 'music', 'PE', 'special education']) expect(subjects.has(s), s).toBe(true);
  });

  it('numbers ids from 1 in each table', () => {
    for (const table of [school.contacts, school.units, school.resources, school.interactions]) {
      expect(table.map((r) => r.id)).toEqual(table.map((_, i) => i + 1));
    }
  });

  it('gives contacts unique emails on fictional domains and a few cadence overrides', () => {
    const emails = school.contacts.map((c) => c.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(e).toMatch(/@[a-z]+\.example\.org$/);
    expect(school.contacts.filter((c) => c.checkInDays !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it('uses every resource kind, with call numbers on books and example.org URLs', () => {
    for (const kind of RESOURCE_KINDS) expect(school.resources.some((r) => r.kind === kind), kind).toBe(true);
    for (const r of school.resources) {
      if (r.kind === 'book') {
        expect(r.callNumber, r.title).toBeTruthy();
        expect(r.author, r.title).toBeTruthy();
      }
      if (r.url) expect(r.url).toMatch(/^https:\/\/example\.org\//);
      expect(r.keywords.length, r.title).toBeGreaterThan(0);
      expect(r.subjects.length, r.title).toBeGreaterThan(0);
      expect(r.grades.length, r.title).toBeGreaterThan(0);
    }
    const titles = school.resources.map((r) => r.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('tags most resources to one unit, some to two, about twenty to none', () => {
    const byCount = (n: number) => school.resources.filter((r) => r.unitIds.length === n).length;
    expect(byCount(0)).toBeGreaterThanOrEqual(15);
    expect(byCount(0)).toBeLessThanOrEqual(25);
    expect(byCount(2)).toBeGreaterThan(5);
    expect(byCount(1)).toBeGreaterThan(school.resources.length / 2);
    expect(school.resources.every((r) => r.unitIds.length <= 2)).toBe(true);
  });

  it('gives units 1-2 fitting teachers, 5-10 keywords, well-formed standards and unique titles', () => {
    const contacts = new Map(school.contacts.map((c) => [c.id, c]));
    const code = /^(CCSS\.ELA-LITERACY\.[A-Z]+\.\d\.\d+|\d\.[A-Z]{1,3}\.[A-C]\.\d|K?\d?-?[A-Z]{2,3}\d-\d|MS-[A-Z]{2,3}\d-\d|D2\.[A-Za-z]{3}\.\d+\.(K-2|3-5|6-8)|(VA|MU):[A-Za-z]{2}\d+\.\d\.\d[a-z]|S\d\.E\d\.\d)$/;
    for (const u of school.units) {
      expect(u.teacherIds.length, u.title).toBeGreaterThanOrEqual(1);
      expect(u.teacherIds.length, u.title).toBeLessThanOrEqual(2);
      for (const id of u.teacherIds) {
        const t = contacts.get(id)!;
        expect(t.role, u.title).toBe('teacher');
        expect(u.grades.some((g) => t.grades.includes(g)), `${t.name} teaches ${u.title}`).toBe(true);
      }
      expect(u.keywords.length, u.title).toBeGreaterThanOrEqual(5);
      expect(u.keywords.length, u.title).toBeLessThanOrEqual(10);
      for (const s of u.standards) expect(s, u.title).toMatch(code);
      expect(u.description.length, u.title).toBeGreaterThan(20);
    }
    expect(new Set(school.units.map((u) => u.title)).size).toBe(40);
  });
});

describe('sample school: referential integrity', () => {
  const contactIds = new Set(school.contacts.map((c) => c.id));
  const unitIds = new Set(school.units.map((u) => u.id));

  it('links units to contacts, resources to units, interactions to both', () => {
    for (const u of school.units) for (const id of u.teacherIds) expect(contactIds.has(id), u.title).toBe(true);
    for (const r of school.resources) {
      expect(new Set(r.unitIds).size, r.title).toBe(r.unitIds.length);
      for (const id of r.unitIds) expect(unitIds.has(id), r.title).toBe(true);
    }
    for (const i of school.interactions) {
      expect(i.contactIds.length).toBeGreaterThan(0);
      expect(new Set(i.contactIds).size).toBe(i.contactIds.length);
      for (const id of i.contactIds) expect(contactIds.has(id), i.notes).toBe(true);
      if (i.unitId !== undefined) expect(unitIds.has(i.unitId), i.notes).toBe(true);
    }
  });

  it('tags at least one resource to almost every unit', () => {
    const tagged = new Set(school.resources.flatMap((r) => r.unitIds));
    expect(tagged.size).toBeGreaterThanOrEqual(38);
  });

  it("keeps each contact's lastInteractionAt equal to its latest log entry", () => {
    for (const c of school.contacts) {
      const dates = school.interactions.filter((i) => i.contactIds.includes(c.id)).map((i) => i.date).sort();
      expect(c.lastInteractionAt, c.name).toBe(dates.at(-1));
    }
  });
});

describe('sample school: dates', () => {
  it('puts the school year of November 2025 from August 2025 to June 2026 with three breaks', () => {
    const y = school.settings.schoolYear!;
    expect(y.start).toBe('2025-08-18');
    expect(y.end).toBe('2026-06-12');
    expect(y.breaks.map((b) => b.name)).toEqual(['Thanksgiving break', 'Winter break', 'Spring break']);
    expect(y.breaks[0]).toMatchObject({ start: '2025-11-26', end: '2025-11-28' });
    for (const b of y.breaks) {
      expect(b.start <= b.end).toBe(true);
      expect(b.start > y.start! && b.end < y.end!).toBe(true);
    }
    expect(school.settings.schoolName).toMatch(/Springfield Hills/);
  });

  it('starts the school year in August of this year from August on, else last year', () => {
    expect(schoolYearStartYear(new Date(2025, 7, 1))).toBe(2025);
    expect(schoolYearStartYear(new Date(2025, 11, 31))).toBe(2025);
    expect(schoolYearStartYear(new Date(2026, 0, 1))).toBe(2025);
    expect(schoolYearStartYear(new Date(2026, 6, 31))).toBe(2025);
    expect(sampleSchoolYear(new Date(2027, 2, 1)).firstDay.getDay()).toBe(1);
  });

  it('keeps units inside the school year, with start <= end', () => {
    const y = school.settings.schoolYear!;
    for (const u of school.units) {
      expect(u.start).toMatch(ISO);
      expect(u.end).toMatch(ISO);
      expect(u.start! <= u.end!, u.title).toBe(true);
      expect(u.start! >= y.start! && u.end! <= y.end!, u.title).toBe(true);
    }
  });

  it('has units finished, running and starting in the next weeks around now', () => {
    const today = '2025-11-05';
    const running = school.units.filter((u) => u.start! <= today && today <= u.end!);
    const finished = school.units.filter((u) => u.end! < today);
    const soon = school.units.filter((u) => u.start! > today && daysSince(today, parseISO(u.start!)) <= 21);
    expect(running.length).toBeGreaterThanOrEqual(4);
    expect(finished.length).toBeGreaterThanOrEqual(4);
    expect(soon.length).toBeGreaterThanOrEqual(3);
    expect(soon.map((u) => u.title)).toContain('Ecosystem Dynamics');
  });

  it('logs the past months on school days only, never after now, with follow-ups after the entry', () => {
    const thisYear = school.settings.schoolYear!;
    const lastYear = buildSampleSchool(new Date(2025, 2, 1)).settings.schoolYear!;
    for (const i of school.interactions) {
      expect(i.date).toMatch(ISO);
      const ago = daysSince(i.date, NOW);
      expect(ago, i.notes).toBeGreaterThanOrEqual(0);
      expect(ago, i.notes).toBeLessThanOrEqual(200);
      expect([0, 6]).not.toContain(parseISO(i.date).getDay());
      const year = i.date >= '2025-08-01' ? thisYear : lastYear;
      for (const b of year.breaks) expect(i.date >= b.start && i.date <= b.end, `${i.date} in ${b.name}`).toBe(false);
      expect(i.date >= '2025-08-11' || i.date <= lastYear.end!, `${i.date} is in the summer`).toBe(true);
      if (i.followUp) expect(i.followUp > i.date).toBe(true);
      expect(Number.isNaN(Date.parse(i.createdAt))).toBe(false);
    }
    const dates = school.interactions.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(school.interactions.some((i) => daysSince(i.date, NOW) > 100)).toBe(true);
  });

  it('uses every interaction kind, with classes and students on co-taught lessons and a few highlights', () => {
    for (const kind of INTERACTION_KINDS) expect(school.interactions.some((i) => i.kind === kind), kind).toBe(true);
    const lessons = school.interactions.filter((i) => i.kind === 'co-taught-lesson');
    expect(lessons.length).toBeGreaterThanOrEqual(15);
    for (const l of lessons) {
      expect(l.classes).toBeGreaterThan(0);
      expect(l.students).toBeGreaterThanOrEqual(l.classes! * 15);
    }
    const highlights = school.interactions.filter((i) => i.highlight).length;
    expect(highlights).toBeGreaterThanOrEqual(3);
    expect(highlights).toBeLessThan(30);
    expect(school.interactions.filter((i) => i.followUp).length).toBeGreaterThanOrEqual(10);
    expect(school.interactions.filter((i) => i.unitId !== undefined).length).toBeGreaterThan(75);
  });

  it('has teachers recently contacted, overdue (over 21 days) and never contacted', () => {
    const teachers = school.contacts.filter((c) => c.role === 'teacher');
    const last = (id: number) =>
      school.interactions.filter((i) => i.contactIds.includes(id)).map((i) => i.date).sort().at(-1);
    const never = teachers.filter((t) => last(t.id) === undefined);
    const overdue = teachers.filter((t) => last(t.id) !== undefined && daysSince(last(t.id)!, NOW) > 21);
    const recent = teachers.filter((t) => last(t.id) !== undefined && daysSince(last(t.id)!, NOW) <= 14);
    expect(never.length).toBeGreaterThanOrEqual(2);
    expect(never.length).toBeLessThanOrEqual(4);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(recent.length).toBeGreaterThanOrEqual(6);
    expect(overdue.map((t) => t.name)).toContain('Daniel Brennan');
    expect(recent.map((t) => t.name)).toContain('Samuel Adeyemi');
  });
});

describe('sample school: determinism', () => {
  it('builds the same school twice for the same now', () => {
    expect(buildSampleSchool(new Date(NOW))).toEqual(school);
  });

  it('moves with now: a year later, the same school one school year later', () => {
    const later = buildSampleSchool(new Date(2026, 10, 4, 10, 30));
    expect(later.settings.schoolYear!.start).toBe('2026-08-24');
    expect(later.units.map((u) => u.title)).toEqual(school.units.map((u) => u.title));
    expect(later.units[0]!.start! > school.units[0]!.start!).toBe(true);
    expect(later.interactions.at(-1)!.date > school.interactions.at(-1)!.date).toBe(true);
  });

  it('builds a valid school for any month of the year, the log skipping breaks and summer', () => {
    for (let m = 0; m < 12; m++) {
      const now = new Date(2026, m, 15, 9);
      const s = buildSampleSchool(now);
      expect(s.interactions).toHaveLength(150);
      for (const i of s.interactions) {
        expect(daysSince(i.date, now)).toBeGreaterThanOrEqual(0);
        expect(i.date.slice(5, 7), `${i.date} is in July`).not.toBe('07');
        expect(i.date.slice(5), `${i.date} is Christmas`).not.toBe('12-25');
      }
      for (const u of s.units) expect(u.start! <= u.end!).toBe(true);
    }
  });
});
