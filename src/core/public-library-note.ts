/**
 * The assignment alert a public library asks schools for: which unit, when,
 * which grade, how many students, the topics, and the titles students will ask
 * for. Drafted as plain text for the librarian to copy into her own email; the
 * extension sends nothing. Pure: the clock and the words come from the caller.
 */
import { diffDaysIso, isValidIsoDate, toIsoDate } from './dates';
import { formatGrades } from './grades';
import type { Contact, Resource, ResourceKind, Stored, Unit } from './types';

/** The message keys of the note (in src/i18n/en/planning.json), so the note is written in the librarian's language. */
export type NoteKey =
  | 'plnoteSubject'
  | 'plnoteGreeting'
  | 'plnoteGreetingNamed'
  | 'plnoteIntro'
  | 'plnoteUnit'
  | 'plnoteDates'
  | 'plnoteDatesUnknown'
  | 'plnoteGrades'
  | 'plnoteStudents'
  | 'plnoteStudentsUnknown'
  | 'plnoteTeachers'
  | 'plnoteTopics'
  | 'plnoteTitles'
  | 'plnoteTitlesNone'
  | 'plnoteMoreTitles'
  | 'plnoteAsk'
  | 'plnoteThanks';

/** `t()` restricted to the note's keys. */
export type NoteText = (key: NoteKey, ...subs: (string | number)[]) => string;

/** Kinds a public library can lend or put on hold; databases, websites and lessons are the school's own. */
export const LENDABLE_KINDS: readonly ResourceKind[] = ['book', 'ebook', 'video', 'kit'];
/** Titles listed before "and N more": a note, not a catalogue. */
export const MAX_TITLES = 25;
const MAX_TOPICS = 12;

export interface PublicLibraryNoteInput {
  unit: Unit;
  /** The unit's teachers (other contacts are ignored). */
  teachers: readonly Stored<Contact>[];
  /** Resources tagged for the unit (others and archived ones are ignored). */
  resources: readonly Stored<Resource>[];
  schoolName: string;
  now: Date;
  /** How many students, when the librarian knows. */
  students?: number;
  /** The public librarian written to, when chosen. */
  recipientName?: string;
  /** Locale for the dates, e.g. `en-US`. */
  locale?: string;
}

export interface PublicLibraryNote {
  subject: string;
  body: string;
  /** Days from `now` to the unit's start (negative: it has started), when the unit has a start date. */
  daysUntilStart?: number;
}

/** A calendar date written long in the locale (`March 2, 2026`); the `Date` is local noon, so no zone moves it. */
function longDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(y!, m! - 1, d!, 12));
}

export function publicLibraryNote(input: PublicLibraryNoteInput, text: NoteText): PublicLibraryNote {
  const { unit, schoolName } = input;
  const locale = input.locale ?? 'en-US';
  const start = unit.start && isValidIsoDate(unit.start) ? unit.start : undefined;
  const end = unit.end && isValidIsoDate(unit.end) ? unit.end : undefined;
  const teachers = unit.teacherIds.map((id) => input.teachers.find((c) => c.id === id)?.name).filter((n): n is string => Boolean(n));
  const topics = [...new Set([unit.subject, ...unit.keywords].map((k) => k.trim()).filter(Boolean))].slice(0, MAX_TOPICS);
  const titles = input.resources
    .filter((r) => !r.archived && unit.id !== undefined && r.unitIds.includes(unit.id) && LENDABLE_KINDS.includes(r.kind))
    .sort((a, b) => a.title.localeCompare(b.title, locale));

  const dates = start && end ? text('plnoteDates', longDate(start, locale), longDate(end, locale)) : start ? text('plnoteDates', longDate(start, locale), '?') : text('plnoteDatesUnknown');
  const lines: string[] = [
    input.recipientName ? text('plnoteGreetingNamed', input.recipientName) : text('plnoteGreeting'),
    '',
    text('plnoteIntro', schoolName),
    '',
    text('plnoteUnit', unit.title),
    dates,
  ];
  if (unit.grades.length) lines.push(text('plnoteGrades', formatGrades(unit.grades)));
  lines.push(input.students !== undefined && input.students > 0 ? text('plnoteStudents', input.students) : text('plnoteStudentsUnknown'));
  if (teachers.length) lines.push(text('plnoteTeachers', teachers.join(', ')));
  if (topics.length) lines.push(text('plnoteTopics', topics.join(', ')));
  lines.push('');
  if (titles.length) {
    lines.push(text('plnoteTitles'));
    for (const r of titles.slice(0, MAX_TITLES)) {
      const extra = [r.author, r.callNumber].filter(Boolean).join(', ');
      lines.push(`- ${r.title}${extra ? ` (${extra})` : ''}`);
    }
    if (titles.length > MAX_TITLES) lines.push(text('plnoteMoreTitles', titles.length - MAX_TITLES));
  } else {
    lines.push(text('plnoteTitlesNone'));
  }
  lines.push('', text('plnoteAsk'), '', text('plnoteThanks'));

  const note: PublicLibraryNote = { subject: text('plnoteSubject', unit.title, schoolName), body: `${lines.join('\n')}\n` };
  if (start) note.daysUntilStart = diffDaysIso(start, toIsoDate(input.now));
  return note;
}
