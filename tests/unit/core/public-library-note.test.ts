import { describe, expect, it } from 'vitest';
import { MAX_TITLES, publicLibraryNote, type NoteText } from '../../../src/core/public-library-note';
import type { Contact, Resource, ResourceKind, Stored, Unit } from '../../../src/core/types';
import { EN } from '../../../src/i18n/en';
import { substitute } from '../../../src/i18n/substitute';

/** The note's words as the browser gives them in English. */
const text: NoteText = (key, ...subs) => substitute(EN[key].message, subs.map(String));
const CREATED = '2026-08-01T00:00:00.000Z';
const NOW = new Date(2026, 1, 16, 9, 30); // 16 February 2026, local
const teacher = (id: number, name: string): Stored<Contact> => ({ id, name, role: 'teacher', subjects: [], grades: [], archived: false, createdAt: CREATED });
let nextId = 100;
const res = (title: string, kind: ResourceKind, over: Partial<Resource> = {}): Stored<Resource> => ({
  id: nextId++,
  title,
  kind,
  subjects: [],
  grades: [],
  keywords: [],
  description: '',
  unitIds: [7],
  createdAt: CREATED,
  ...over,
});
const unit: Stored<Unit> = {
  id: 7,
  title: 'Ecosystem Dynamics',
  subject: 'Science',
  grades: [7, 8],
  start: '2026-03-02',
  end: '2026-03-20',
  teacherIds: [1, 2],
  keywords: ['food webs', 'invasive species', 'Science'],
  standards: ['MS-LS2-3'],
  description: '',
  createdAt: CREATED,
};

describe('publicLibraryNote', () => {
  it('drafts the subject and every line a public library asks for', () => {
    const note = publicLibraryNote(
      {
        unit,
        teachers: [teacher(1, 'Ana Rivera'), teacher(2, 'Ben Okafor'), teacher(3, 'Not on this unit')],
        resources: [
          res('Pond Life', 'book', { author: 'Jean George', callNumber: '577.63 GEO' }),
          res('Alien Invaders', 'ebook'),
          res('GALE Science in Context', 'database'),
          res('Withdrawn title', 'book', { archived: true }),
          res('Other unit’s book', 'book', { unitIds: [8] }),
        ],
        schoolName: 'Springfield Hills K-8',
        now: NOW,
        students: 112,
        recipientName: 'Eve Moreau',
      },
      text,
    );
    expect(note.subject).toBe('Assignment alert: Ecosystem Dynamics at Springfield Hills K-8');
    expect(note.daysUntilStart).toBe(14);
    const lines = note.body.split('\n');
    expect(lines[0]).toBe('Hello Eve Moreau,');
    expect(note.body).toContain('Students at Springfield Hills K-8 will soon');
    expect(lines).toContain('Unit: Ecosystem Dynamics');
    expect(lines).toContain('Dates: March 2, 2026 to March 20, 2026');
    expect(lines).toContain('Grade: 7; 8');
    expect(lines).toContain('Number of students: about 112');
    expect(lines).toContain('Teachers: Ana Rivera, Ben Okafor');
    // The subject leads and a keyword that repeats it is not listed twice.
    expect(lines).toContain('Topics: Science, food webs, invasive species');
    const titles = lines.slice(lines.indexOf('Titles students will look for:') + 1, lines.indexOf('Titles students will look for:') + 3);
    expect(titles).toEqual(['- Alien Invaders', '- Pond Life (Jean George, 577.63 GEO)']);
    expect(note.body).not.toMatch(/GALE|Withdrawn|Other unit/);
    expect(note.body.endsWith('Thank you!\n')).toBe(true);
  });

  it('says what is not known rather than leaving a blank', () => {
    const note = publicLibraryNote(
      { unit: { ...unit, start: undefined, end: undefined, teacherIds: [], keywords: [], grades: [] }, teachers: [], resources: [], schoolName: 'PS 12', now: NOW },
      text,
    );
    expect(note.daysUntilStart).toBeUndefined();
    expect(note.body.startsWith('Hello,\n')).toBe(true);
    expect(note.body).toContain('Dates: to be confirmed');
    expect(note.body).toContain('Number of students: to be confirmed');
    expect(note.body).toContain('anything on the topics above will help');
    expect(note.body).not.toMatch(/Grade:|Teachers:/);
  });

  it('lists the first titles and counts the rest', () => {
    const many = Array.from({ length: MAX_TITLES + 3 }, (_, i) => res(`Book ${String(i).padStart(2, '0')}`, 'book'));
    const note = publicLibraryNote({ unit, teachers: [], resources: many, schoolName: 'PS 12', now: NOW }, text);
    expect(note.body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(MAX_TITLES);
    expect(note.body).toContain('… and 3 more titles');
  });

  it('is plain text: titles with markup stay as typed, and a unit that started gives a negative lead', () => {
    const note = publicLibraryNote(
      { unit: { ...unit, start: '2026-02-10' }, teachers: [], resources: [res('<b>Bold</b> & co', 'book')], schoolName: 'PS 12', now: NOW },
      text,
    );
    expect(note.body).toContain('- <b>Bold</b> & co');
    expect(note.daysUntilStart).toBe(-6);
  });
});
