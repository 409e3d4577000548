/**
 * The sample school: a complete, invented K-8 school (people, units, library
 * resources and four months of log) so that a new user, a demo or a test can
 * see every feature with realistic data. Everything is derived from `now`:
 * units sit on the school calendar of `now`'s school year, the log runs up to
 * `now`. No randomness beyond a fixed-seed generator, so the same `now` always
 * gives the same school.
 */
import { addDays, format, isMonday, isSaturday, isSunday, isThursday, isFriday, nextFriday, nextMonday, nextThursday, startOfDay, subDays } from 'date-fns';
import type { Contact, Interaction, InteractionKind, IsoDate, Resource, Settings, Stored, Unit, SchoolBreak } from '../core/types';
import { CONTACTS, type ContactSpec } from './contacts';
import { UNITS, type UnitSpec } from './units';
import { RESOURCES } from './resources';
import { SCHEDULE, type Touch } from './log';

export interface SampleSchool {
  settings: Partial<Settings>;
  contacts: Stored<Contact>[];
  units: Stored<Unit>[];
  resources: Stored<Resource>[];
  interactions: Stored<Interaction>[];
}

export const SAMPLE_SCHOOL_NAME = 'Springfield Hills K-8 School';

const iso = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

/** The calendar year in which `now`'s school year began (August–December: this year; January–July: last year). */
export function schoolYearStartYear(now: Date): number {
  return now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
}

const onOrAfter = (d: Date, is: (d: Date) => boolean, next: (d: Date) => Date) => (is(d) ? d : next(d));

/** First day of school (the Monday on or after 18 August), last day (the Friday on or after 8 June) and the breaks. */
export function sampleSchoolYear(now: Date): { firstDay: Date; lastDay: Date; breaks: SchoolBreak[] } {
  const y = schoolYearStartYear(now);
  const firstDay = onOrAfter(new Date(y, 7, 18), isMonday, nextMonday);
  const lastDay = onOrAfter(new Date(y + 1, 5, 8), isFriday, nextFriday);
  const thanksgiving = addDays(onOrAfter(new Date(y, 10, 1), isThursday, nextThursday), 21);
  const springMonday = onOrAfter(new Date(y + 1, 2, 16), isMonday, nextMonday);
  const breaks: SchoolBreak[] = [
    { name: 'Thanksgiving break', start: iso(subDays(thanksgiving, 1)), end: iso(addDays(thanksgiving, 1)) },
    { name: 'Winter break', start: iso(new Date(y, 11, 22)), end: iso(new Date(y + 1, 0, 2)) },
    { name: 'Spring break', start: iso(springMonday), end: iso(addDays(springMonday, 4)) },
  ];
  return { firstDay, lastDay, breaks };
}

/** mulberry32: a tiny seeded generator, so the sample varies without Math.random. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildSampleSchool(now: Date): SampleSchool {
  const today = startOfDay(now);
  const { firstDay, lastDay, breaks } = sampleSchoolYear(today);
  const createdAt = new Date(firstDay.getFullYear(), firstDay.getMonth(), firstDay.getDate(), 8, 0).toISOString();

  const contactId = new Map<string, number>(CONTACTS.map((c, i) => [c.key, i + 1]));
  const unitId = new Map<string, number>(UNITS.map((u, i) => [u.key, i + 1]));
  const idOf = (map: Map<string, number>, key: string): number => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`sample school: unknown key "${key}"`);
    return id;
  };

  const units: Stored<Unit>[] = UNITS.map((u, i) => {
    const start = addDays(firstDay, u.week * 7);
    return {
      id: i + 1,
      title: u.title,
      subject: u.subject,
      grades: [...u.grades],
      start: iso(start),
      end: iso(addDays(start, u.weeks * 7 - 3)),
      teacherIds: u.teachers.map((k) => idOf(contactId, k)),
      keywords: [...u.keywords],
      standards: [...u.standards],
      description: u.description,
      createdAt,
    };
  });

  const resources: Stored<Resource>[] = RESOURCES.map((r, i) => {
    const tagged = r.u.map((k) => UNITS[idOf(unitId, k) - 1]!);
    const resource: Stored<Resource> = {
      id: i + 1,
      title: r.t,
      kind: r.k,
      subjects: r.s ?? [...new Set(tagged.map((u) => u.subject))],
      grades: r.g ?? [...new Set(tagged.flatMap((u) => u.grades))].sort((a, b) => a - b),
      keywords: [...r.kw],
      description: r.d,
      unitIds: r.u.map((k) => idOf(unitId, k)),
      createdAt,
    };
    if (r.url) resource.url = r.url;
    if (r.a) resource.author = r.a;
    if (r.cn) resource.callNumber = r.cn;
    return resource;
  });

  const interactions = buildLog(today, contactId, unitId, resources);

  const lastByContact = new Map<number, IsoDate>();
  for (const it of interactions) {
    for (const id of it.contactIds) {
      const prev = lastByContact.get(id);
      if (!prev || it.date > prev) lastByContact.set(id, it.date);
    }
  }

  const contacts: Stored<Contact>[] = CONTACTS.map((c, i) => {
    const contact: Stored<Contact> = {
      id: i + 1,
      name: c.name,
      role: c.role,
      email: c.email,
      subjects: [...c.subjects],
      grades: [...c.grades],
      archived: false,
      createdAt,
    };
    if (c.organization) contact.organization = c.organization;
    if (c.checkInDays !== undefined) contact.checkInDays = c.checkInDays;
    if (c.notes) contact.notes = c.notes;
    const last = lastByContact.get(i + 1);
    if (last) contact.lastInteractionAt = last;
    return contact;
  });

  return {
    settings: {
      schoolName: SAMPLE_SCHOOL_NAME,
      schoolYear: { start: iso(firstDay), end: iso(lastDay), breaks },
      sampleLoaded: true,
    },
    contacts,
    units,
    resources,
    interactions,
  };
}

// ---------------------------------------------------------------------------
// The log

const ORDINAL = ['kindergarten', '1st grade', '2nd grade', '3rd grade', '4th grade', '5th grade', '6th grade', '7th grade', '8th grade'];

/** "7th grade science", "grades 6-8 Spanish": how the librarian names a class in her notes. */
function classLabel(u: UnitSpec): string {
  const lo = u.grades[0]!;
  const hi = u.grades[u.grades.length - 1]!;
  const grades = lo === hi ? ORDINAL[lo]! : `grades ${lo === 0 ? 'K' : lo}-${hi}`;
  return `${grades} ${u.subject}`;
}

const firstName = (c: ContactSpec) => c.name.split(' ')[0]!;

/** Kinds a teacher's log entries cycle through; co-taught lessons and check-ins dominate, as in a real liaison log. */
const TEACHER_KINDS: InteractionKind[] = ['co-taught-lesson', 'check-in', 'co-teaching-idea', 'co-taught-lesson', 'email', 'resource-shared', 'co-taught-lesson', 'meeting'];

type TeacherKind = Exclude<InteractionKind, 'event'>;
/** Where a unit stands on the day of the log entry; the note is worded to fit. */
type Phase = 'ahead' | 'during' | 'after';
interface NoteContext {
  f: string;
  u: UnitSpec;
  res: string;
  start: Date;
}
type Note = (c: NoteContext) => string;

const CAP = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const coTaught: Note[] = [
  ({ u }) => `Co-taught a research lesson on ${u.topic} with ${classLabel(u)}`,
  ({ f, u }) => `Co-taught database search skills for ${u.title} with ${f}`,
  ({ f, u }) => `Taught source evaluation with ${f}: ${u.topic} project`,
];
const TEACHER_NOTES: Record<TeacherKind, Partial<Record<Phase, Note[]>> & { ahead: Note[] }> = {
  'co-teaching-idea': {
    ahead: [
      ({ f, u }) => `Idea: research stations on ${u.topic} for ${f}'s ${classLabel(u)} classes`,
      ({ f, u }) => `Co-teaching idea with ${f}: library scavenger hunt to launch ${u.title}`,
      ({ f, u }) => `${f} wants help finding sources on ${u.topic}; pitched a database mini-lesson`,
    ],
    during: [
      ({ f, u }) => `Idea from ${f}: a second library session on ${u.topic} before the unit ends`,
      ({ f, u }) => `${f} wants students to present their ${u.title} projects in the library`,
    ],
    after: [({ f, u }) => `Idea with ${f}: add a database day to ${u.title} next year`],
  },
  'check-in': {
    ahead: [
      ({ f, u, start }) => `Hallway check-in: ${f} starts ${u.title} on ${format(start, 'MMM d')}`,
      ({ f, u }) => `Quick check-in with ${f} before ${u.title}; asked for more books on ${u.keywords[1] ?? u.topic}`,
    ],
    during: [
      ({ f, u }) => `Stopped by ${f}'s room, ${u.title} going well, kids loved the book cart`,
      ({ f, u }) => `Check-in with ${f}: students need more ${u.keywords[2] ?? u.topic} books for ${u.title}`,
    ],
    after: [({ f, u }) => `Check-in with ${f}: ${u.title} wrapped up, picking up the book cart`],
  },
  'co-taught-lesson': { ahead: coTaught },
  email: {
    ahead: [
      ({ f, u }) => `Emailed ${f} a list of library titles on ${u.topic}`,
      ({ f, u }) => `Sent ${f} database logins and a pathfinder on ${u.topic}`,
    ],
  },
  'resource-shared': {
    ahead: [
      ({ f, u, res }) => `Shared "${res}" with ${f} for ${u.title}`,
      ({ f, u }) => `Pulled a cart of books on ${u.topic} for ${f}'s room`,
    ],
  },
  meeting: {
    ahead: [
      ({ u }) => `${CAP(classLabel(u))} team meeting: planned library time for ${u.title}`,
      ({ f, u }) => `Planning meeting with ${f} for ${u.title}`,
    ],
    after: [({ f, u }) => `Reflection meeting with ${f} on how ${u.title} went`],
  },
};

/**
 * Counts days back from `today` the way a school year is lived: breaks and the
 * summer (from the last day of school to the week before the first) do not
 * count, and an entry never lands on a weekend or a day off. So a teacher
 * talked to "30 days ago" in January was talked to before winter break, and a
 * sample built in July ends in June.
 */
function makeTermClock(today: Date): (daysBack: number) => Date {
  const years = new Map<number, ReturnType<typeof sampleSchoolYear>>();
  const inTerm = (d: Date): boolean => {
    const y = schoolYearStartYear(d);
    let cal = years.get(y);
    if (!cal) years.set(y, (cal = sampleSchoolYear(d)));
    const key = iso(d);
    return key >= iso(subDays(cal.firstDay, 7)) && key <= iso(cal.lastDay) && !cal.breaks.some((b) => key >= b.start && key <= b.end);
  };
  const inSession = (d: Date) => !isSaturday(d) && !isSunday(d) && inTerm(d);
  // Walked once and extended on demand: session[i] is the school day for "i term days ago".
  const session: Date[] = [];
  let d = today;
  return (daysBack) => {
    while (session.length <= daysBack) {
      if (session.length > 0) do d = subDays(d, 1); while (!inTerm(d));
      let s = d;
      while (!inSession(s)) s = subDays(s, 1);
      session.push(s);
    }
    return session[daysBack]!;
  };
}

function buildLog(today: Date, contactId: Map<string, number>, unitId: Map<string, number>, resources: Stored<Resource>[]): Stored<Interaction>[] {
  const rand = prng(0x5eed2025);
  const back = makeTermClock(today);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const byKey = new Map(CONTACTS.map((c) => [c.key, c]));
  const touchByKey = new Map(SCHEDULE.map((t) => [t.key, t]));
  const unitByKey = new Map(UNITS.map((u) => [u.key, u]));
  const yearStart = sampleSchoolYear(today).firstDay;

  const startOf = (u: UnitSpec) => addDays(yearStart, u.week * 7);
  const endOf = (u: UnitSpec) => addDays(yearStart, u.week * 7 + u.weeks * 7 - 3);
  const phase = (u: UnitSpec, date: Date): Phase => (date < startOf(u) ? 'ahead' : date > endOf(u) ? 'after' : 'during');
  const days = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);

  /**
   * The unit a teacher's entry is about. Planning talk (ideas, meetings, emails)
   * looks ahead to the next unit within six weeks; lessons and check-ins are about
   * the unit being taught, or one about to start or just finished.
   */
  const unitFor = (keys: string[], kind: InteractionKind, date: Date): UnitSpec | undefined => {
    const own = keys.map((k) => unitByKey.get(k)!);
    const running = own.find((u) => phase(u, date) === 'during');
    const next = own.filter((u) => phase(u, date) === 'ahead').sort((a, b) => a.week - b.week)[0];
    const prev = own.filter((u) => phase(u, date) === 'after').sort((a, b) => b.week - a.week)[0];
    const soon = (u: UnitSpec | undefined, within: number) => (u && days(date, startOf(u)) <= within ? u : undefined);
    const recent = (u: UnitSpec | undefined, within: number) => (u && days(endOf(u), date) <= within ? u : undefined);
    const planning = kind === 'co-teaching-idea' || kind === 'meeting' || kind === 'email';
    return planning
      ? (soon(next, 42) ?? running ?? next ?? prev)
      : (running ?? soon(next, 21) ?? recent(prev, 21) ?? next ?? prev);
  };

  /** For non-teachers: their unit starting nearest the date. */
  const nearestUnit = (keys: string[], date: Date): UnitSpec | undefined => {
    let best: UnitSpec | undefined;
    let bestGap = Infinity;
    for (const k of keys) {
      const u = unitByKey.get(k)!;
      const gap = Math.abs(days(date, startOf(u)));
      if (gap < bestGap) [best, bestGap] = [u, gap];
    }
    return best;
  };

  /** Others who can share an entry without making their own last contact more recent than scheduled. */
  const canJoin = (key: string, daysAgo: number) => {
    const t = touchByKey.get(key);
    return t !== undefined && t.count > 0 && t.last <= daysAgo;
  };

  const drafts: Omit<Stored<Interaction>, 'id' | 'createdAt'>[] = [];
  for (const touch of SCHEDULE) {
    const spec = byKey.get(touch.key)!;
    const ownUnits = spec.role === 'teacher' ? UNITS.filter((u) => u.teachers.includes(touch.key)).map((u) => u.key) : [];
    for (let i = 0; i < touch.count; i++) {
      const daysAgo = i === 0 ? touch.last : Math.min(120, touch.last + Math.floor(((120 - touch.last) * i) / touch.count) + Math.floor(rand() * 4));
      const date = back(daysAgo);
      const entry = spec.role === 'teacher' ? teacherEntry(touch, spec, ownUnits, date, i) : otherEntry(touch, i, date);
      if (!entry) continue;
      const contactKeys = [touch.key, ...entry.with.filter((k) => k !== touch.key && canJoin(k, daysAgo))];
      const draft: Omit<Stored<Interaction>, 'id' | 'createdAt'> = {
        kind: entry.kind,
        date: iso(date),
        contactIds: contactKeys.map((k) => contactId.get(k)!),
        notes: entry.notes,
      };
      if (entry.unit) draft.unitId = unitId.get(entry.unit.key)!;
      if (entry.kind === 'co-taught-lesson') {
        draft.classes = 1 + Math.floor(rand() * 3);
        draft.students = draft.classes * (20 + Math.floor(rand() * 8));
        if (rand() < 0.3) draft.highlight = true;
      }
      if (entry.students !== undefined) draft.students = entry.students;
      if (entry.highlight) draft.highlight = true;
      const followIn = entry.kind === 'co-teaching-idea' ? 7 : entry.kind === 'check-in' && rand() < 0.35 ? 14 : undefined;
      if (followIn !== undefined) draft.followUp = iso(addDays(date, followIn));
      drafts.push(draft);
    }
  }

  function teacherEntry(touch: Touch, spec: ContactSpec, ownUnits: string[], date: Date, i: number): Entry | undefined {
    let kind = TEACHER_KINDS[(i + touch.key.length) % TEACHER_KINDS.length] as TeacherKind;
    const u = unitFor(ownUnits, kind, date);
    if (!u) return undefined;
    // Nothing to co-teach or hand over yet for a unit more than three weeks out: it is still an idea.
    if ((kind === 'co-taught-lesson' || kind === 'resource-shared') && days(date, startOf(u)) > 21) kind = 'co-teaching-idea';
    const tagged = resources.filter((r) => r.unitIds.includes(unitId.get(u.key)!));
    const res = tagged.length ? pick(tagged).title : u.topic;
    const templates = TEACHER_NOTES[kind];
    const notes = pick(templates[phase(u, date)] ?? templates.ahead)({ f: firstName(spec), u, res, start: startOf(u) });
    return { kind, notes, unit: u, with: u.teachers };
  }

  function otherEntry(touch: Touch, i: number, date: Date): Entry | undefined {
    const e = touch.entries?.[i % touch.entries.length];
    if (!e) return undefined;
    const unit = e.unit ? unitByKey.get(e.unit) : nearestUnit(touch.units ?? [], date);
    return { kind: e.kind, notes: e.notes, unit, with: e.with ?? [], students: e.students, highlight: e.highlight };
  }

  drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return drafts.map((d, i) => {
    const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
    const created = new Date(y, m - 1, day, 15, (i * 7) % 60);
    return { ...d, id: i + 1, createdAt: created.toISOString() };
  });
}

interface Entry {
  kind: InteractionKind;
  notes: string;
  unit?: UnitSpec | undefined;
  /** Contact keys who were also there. */
  with: string[];
  students?: number | undefined;
  highlight?: boolean | undefined;
}
