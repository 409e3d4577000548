import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/types';
import { makeBackup, parseBackup, type BackupData, type Migration } from '../../../src/io/backup';

const now = new Date('2026-11-23T16:21:05.000Z');
const createdAt = '2026-09-01T08:00:00.000Z';

const data: BackupData = {
  contacts: [
    { id: 1, name: 'Maria Lopez', role: 'teacher', email: 'ml@school.org', subjects: ['Science'], grades: [7], archived: false, createdAt, lastInteractionAt: '2026-10-02' },
    { id: 2, name: 'Dan Ortiz', role: 'public-librarian', subjects: [], grades: [], checkInDays: 0, archived: true, createdAt },
  ],
  units: [
    { id: 5, title: 'Ecosystem Dynamics', subject: 'Science', grades: [7], start: '2026-10-05', end: '2026-11-13', teacherIds: [1], keywords: ['biome'], standards: ['MS-LS2-3'], description: '', createdAt },
  ],
  resources: [{ id: 9, title: 'Wild Ecosystems', kind: 'book', callNumber: '577 WIL', subjects: [], grades: [6, 7, 8], keywords: [], description: 'x', unitIds: [5], createdAt }],
  interactions: [{ id: 3, kind: 'co-taught-lesson', date: '2026-10-02', contactIds: [1], unitId: 5, notes: 'Food webs', classes: 2, students: 48, createdAt }],
  reminderState: [{ key: 'checkin:2', snoozedUntil: '2026-12-01', updatedAt: createdAt }],
  settings: { ...DEFAULT_SETTINGS, schoolYear: { start: '2026-08-24', end: '2027-06-11', breaks: [{ name: 'Winter', start: '2026-12-21', end: '2027-01-01' }] } },
};

const text = (value: unknown) => JSON.stringify(value);

describe('backup', () => {
  it('round-trips everything through JSON', () => {
    const backup = makeBackup(data, now);
    expect(backup).toMatchObject({ format: 'library-liaison-backup', schemaVersion: 1, exportedAt: '2026-11-23T16:21:05.000Z' });
    expect(parseBackup(text(backup))).toEqual({ ok: true, backup });
  });

  it('says a truncated file is incomplete', () => {
    const full = text(makeBackup(data, now));
    const r = parseBackup(full.slice(0, full.length / 2));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/incomplete/) });
  });

  it('refuses something that is not JSON, or JSON that is not a backup', () => {
    expect(parseBackup('name,role\nAnn,teacher')).toEqual({ ok: false, error: expect.stringMatching(/not readable JSON/) });
    expect(parseBackup(text({ format: 'other-app', data: {} }))).toEqual({ ok: false, error: 'This file is not a Library Liaison backup.' });
    expect(parseBackup('[1,2]')).toEqual({ ok: false, error: 'This file is not a Library Liaison backup.' });
    expect(parseBackup('')).toEqual({ ok: false, error: 'The file is empty.' });
  });

  it('refuses a backup from a newer version, saying to update', () => {
    const r = parseBackup(text({ ...makeBackup(data, now), schemaVersion: 3 }));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/newer version of Library Liaison \(backup format 3; this version reads up to 1\)\. Update/) });
  });

  it('names the damaged records', () => {
    const bad = JSON.parse(text(makeBackup(data, now))) as { data: { contacts: Record<string, unknown>[]; units: Record<string, unknown>[] } };
    bad.data.contacts[1]!.role = 'principal';
    bad.data.units[0]!.start = '2026-02-30';
    const r = parseBackup(text(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^The backup file is damaged: contacts #2, role: .*teacher.*; units #1, start: must be a real date written YYYY-MM-DD\.$/);
    }
  });

  it('refuses two records with one id, and drops unknown fields', () => {
    const dup = makeBackup({ ...data, contacts: [data.contacts[0]!, { ...data.contacts[1]!, id: 1 }] }, now);
    expect(parseBackup(text(dup))).toEqual({ ok: false, error: 'The backup file is damaged: contacts has two records with id 1.' });
    const extra = makeBackup({ ...data, contacts: [{ ...data.contacts[0]!, injected: '<script>' } as never] }, now);
    const r = parseBackup(text(extra));
    expect(r.ok && r.backup.data.contacts[0]).not.toHaveProperty('injected');
  });

  it('migrates an older version forward through each migration in order', () => {
    // Pretend version 1 had no reminderState and called contacts "people".
    const { reminderState: _r, contacts, ...rest } = data;
    const v1 = { format: 'library-liaison-backup', schemaVersion: 1, exportedAt: now.toISOString(), data: { ...rest, people: contacts } };
    const calls: string[] = [];
    const migrations: Migration[] = [
      ({ people, ...d }) => {
        calls.push('1→2');
        return { ...d, contacts: people };
      },
      (d) => {
        calls.push('2→3');
        return { ...d, reminderState: [] };
      },
    ];
    const r = parseBackup(text(v1), migrations);
    expect(calls).toEqual(['1→2', '2→3']);
    expect(r).toEqual({ ok: true, migratedFrom: 1, backup: { ...makeBackup({ ...data, reminderState: [] }, now), schemaVersion: 3 } });
    // A version-2 file only runs the second migration.
    calls.length = 0;
    parseBackup(text({ ...v1, schemaVersion: 2, data: { ...rest, contacts } }), migrations);
    expect(calls).toEqual(['2→3']);
  });
});
