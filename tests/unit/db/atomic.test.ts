/**
 * No partial write: every import path (file import under each duplicate
 * policy, backup restore in both modes, calendar import and its undo) is made
 * to fail part-way, after some of its writes have really happened, and the
 * database must then be exactly as it was before. The failure is injected on
 * the k-th call of a table's write method (half of a bulk write is done first,
 * then a QuotaExceededError, as a full disk gives), or comes from a record
 * that breaks a constraint.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Contact, type Stored, type Unit } from '../../../src/core/types';
import { exportBackup, restoreBackup } from '../../../src/db/backup';
import { importCalendar, undoCalendarImport } from '../../../src/db/calendar';
import { commitImport, type DuplicatePolicy } from '../../../src/db/import';
import { loadSampleSchool } from '../../../src/db/sample';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import type { IcsEvent } from '../../../src/io/ics-import';
import { parseBackup, type BackupFile } from '../../../src/io/backup';
import { parseContactsCsv, parseResourcesCsv, parseUnitsCsv } from '../../../src/io/csv-formats';
import { buildSampleSchool } from '../../../src/sample/school';

const NOW = new Date('2025-11-05T10:00:00');
let db: LiaisonDB;

beforeEach(async () => {
  db = openDb(`atomic-${Math.random()}`);
  await loadSampleSchool(db, buildSampleSchool(NOW));
  await db.reminderState.put({ key: 'checkin:1', snoozedUntil: '2025-11-10', updatedAt: NOW.toISOString() });
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

async function snapshot(d: LiaisonDB) {
  return {
    contacts: await d.contacts.toArray(),
    units: await d.units.toArray(),
    resources: await d.resources.toArray(),
    interactions: await d.interactions.toArray(),
    reminderState: await d.reminderState.toArray(),
    settings: await d.settings.toArray(),
  };
}

type Writer = 'add' | 'bulkAdd' | 'put' | 'bulkPut' | 'update' | 'delete' | 'bulkDelete' | 'clear';

/**
 * On its k-th call, `table[method]` really writes (half of a bulk write), then
 * fails as a full disk does. Other calls go through. Returns how many calls were seen.
 */
function failOn(table: object, method: Writer, k: number): { calls: () => number } {
  const t = table as Record<Writer, (...args: unknown[]) => Promise<unknown>>;
  const original = t[method].bind(table);
  let calls = 0;
  vi.spyOn(t, method).mockImplementation(async (...args: unknown[]) => {
    calls++;
    if (calls !== k) return original(...args);
    const [first, ...rest] = args;
    if (Array.isArray(first)) await original(first.slice(0, Math.ceil(first.length / 2)), ...rest);
    else await original(...args);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return { calls: () => calls };
}

/** Runs `write` with a failure injected, and checks it failed and changed nothing; then checks the same write succeeds untouched. */
async function expectAtomic(inject: () => { calls: () => number }, write: () => Promise<unknown>): Promise<void> {
  const before = await snapshot(db);
  const spy = inject();
  await expect(write()).rejects.toThrow();
  expect(spy.calls(), 'the injected failure was reached').toBeGreaterThan(0);
  expect(await snapshot(db)).toEqual(before);
  vi.restoreAllMocks();
  // Nothing is wedged: the same write now goes through and changes the library.
  await write();
  expect(await snapshot(db)).not.toEqual(before);
}

// ---------------------------------------------------------------------------
// File import

/** 20 new contacts and the first 4 stored ones again (same email), so that merge has puts to do. */
async function contactsFile(): Promise<ReturnType<typeof parseContactsCsv>> {
  const stored = (await db.contacts.orderBy('id').toArray()).filter((c) => c.email).slice(0, 4);
  const rows = [
    ...Array.from({ length: 20 }, (_, i) => `New Person ${i},teacher,new${i}@school.example.org,Science,7,,,`),
    ...stored.map((c) => `${c.name},${c.role},${c.email!.toUpperCase()},Art,,,,extra note`),
  ];
  return parseContactsCsv(['name,role,email,subjects,grades,organization,check_in_days,notes', ...rows].join('\n'), NOW);
}

describe('commitImport is all or nothing', () => {
  for (const policy of ['skip', 'merge', 'keep-both'] as DuplicatePolicy[]) {
    it(`contacts (${policy}): bulkAdd fails half-way`, async () => {
      const result = await contactsFile();
      await expectAtomic(() => failOn(db.contacts, 'bulkAdd', 1), () => commitImport(db, { kind: 'contacts', result }, result.rows.length, policy));
    });
  }

  it('contacts (merge): writing the merged duplicates fails half-way', async () => {
    const result = await contactsFile();
    await expectAtomic(() => failOn(db.contacts, 'bulkPut', 1), () => commitImport(db, { kind: 'contacts', result }, result.rows.length, 'merge'));
  });

  for (const k of [2, 3]) {
    it(`contacts: a 2,500-row import written in chunks fails at chunk #${k}, after earlier chunks were written`, async () => {
      const rows = Array.from({ length: 2500 }, (_, i) => `Chunk Person ${i},teacher,chunk${i}@school.example.org,,,,,`);
      const result = parseContactsCsv(['name,role,email', ...rows].join('\n'), NOW);
      expect(result.rows).toHaveLength(2500);
      await expectAtomic(() => failOn(db.contacts, 'bulkAdd', k), () => commitImport(db, { kind: 'contacts', result }, 2500, 'skip'));
    });
  }

  it('contacts: a record that breaks a constraint (an id already stored) aborts the whole import', async () => {
    const result = await contactsFile();
    const before = await snapshot(db);
    const broken = { ...result, rows: result.rows.map((r, i) => (i === 10 ? { ...r, record: { ...r.record, id: 1 } as Contact } : r)) };
    await expect(commitImport(db, { kind: 'contacts', result: broken }, broken.rows.length, 'keep-both')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('units: bulkAdd fails half-way; a unit with a taken id aborts too', async () => {
    const teacher = (await db.contacts.filter((c) => c.role === 'teacher' && !!c.email).first())!;
    const result = parseUnitsCsv(['title,subject,grades,start,end,teachers', ...Array.from({ length: 12 }, (_, i) => `Atomic unit ${i},Science,7,2025-12-01,2025-12-20,${teacher.email}`)].join('\n'), NOW);
    expect(result.rows).toHaveLength(12);
    const before = await snapshot(db);
    const broken = { ...result, rows: result.rows.map((r, i) => (i === 6 ? { ...r, record: { ...r.record, id: 1 } } : r)) };
    await expect(commitImport(db, { kind: 'units', result: broken }, 12)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    await expectAtomic(() => failOn(db.units, 'bulkAdd', 1), () => commitImport(db, { kind: 'units', result }, 12));
  });

  it('resources: bulkAdd fails half-way', async () => {
    const units = (await db.units.toArray()) as Stored<Unit>[];
    const unique = units.find((u) => units.filter((x) => x.title.toLowerCase() === u.title.toLowerCase()).length === 1)!;
    const result = parseResourcesCsv(['title,kind,units', ...Array.from({ length: 12 }, (_, i) => `Atomic book ${i},book,"${unique.title}"`)].join('\n'), NOW);
    expect(result.rows).toHaveLength(12);
    await expectAtomic(() => failOn(db.resources, 'bulkAdd', 1), () => commitImport(db, { kind: 'resources', result }, 12));
  });
});

// ---------------------------------------------------------------------------
// Backup restore

/** A different library: a few records in every table, and settings of its own. */
async function otherBackup(): Promise<BackupFile> {
  const other = openDb(`atomic-other-${Math.random()}`);
  const c1 = (await other.contacts.add({ name: 'Zed Quill', role: 'teacher', email: 'zed@else.org', subjects: [], grades: [3], archived: false, createdAt: NOW.toISOString() })) as number;
  const c2 = (await other.contacts.add({ name: 'Yara Pell', role: 'parent', subjects: [], grades: [], archived: false, createdAt: NOW.toISOString() })) as number;
  const u1 = (await other.units.add({ title: 'Volcanoes of Io', subject: 'Science', grades: [5], start: '2025-12-01', teacherIds: [c1], keywords: [], standards: [], description: '', createdAt: NOW.toISOString() })) as number;
  await other.resources.bulkAdd([1, 2, 3].map((i) => ({ title: `Lava book ${i}`, kind: 'book' as const, subjects: [], grades: [], keywords: [], description: '', unitIds: [u1], createdAt: NOW.toISOString() })));
  await other.interactions.bulkAdd([1, 2, 3].map((i) => ({ kind: 'meeting' as const, date: `2025-10-0${i}`, contactIds: [c1, c2], unitId: u1, notes: `met ${i}`, createdAt: NOW.toISOString() })));
  await other.reminderState.put({ key: 'checkin:99', dismissedDue: '2025-10-01', updatedAt: NOW.toISOString() });
  await other.settings.put({ key: 'main', value: { ...DEFAULT_SETTINGS, schoolName: 'Elsewhere' } });
  const parsed = parseBackup(JSON.stringify(await exportBackup(other, NOW)));
  other.close();
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

describe('restoreBackup is all or nothing', () => {
  const replaceWrites: [keyof LiaisonDB & string, Writer][] = [
    ['contacts', 'bulkAdd'],
    ['units', 'bulkAdd'],
    ['resources', 'bulkAdd'],
    ['interactions', 'bulkAdd'],
    ['reminderState', 'bulkAdd'],
    ['settings', 'put'],
    ['settings', 'clear'],
  ];
  for (const [table, method] of replaceWrites) {
    it(`replace: ${table}.${method} fails after the library was cleared`, async () => {
      const backup = await otherBackup();
      await expectAtomic(() => failOn(db[table] as object, method, 1), () => restoreBackup(db, backup, 'replace'));
    });
  }

  const mergeWrites: [keyof LiaisonDB & string, Writer, number][] = [
    ['contacts', 'add', 2],
    ['units', 'add', 1],
    ['resources', 'add', 3],
    ['interactions', 'add', 2],
    ['contacts', 'update', 1],
  ];
  for (const [table, method, k] of mergeWrites) {
    it(`merge: ${table}.${method} call #${k} fails after earlier records were added`, async () => {
      const backup = await otherBackup();
      await expectAtomic(() => failOn(db[table] as object, method, k), () => restoreBackup(db, backup, 'merge'));
    });
  }
});

// ---------------------------------------------------------------------------
// Calendar import

function event(uid: string, summary: string, start: string, end: string, allDay: boolean, attendees: string[] = []): IcsEvent {
  return { uid, summary, description: '', start, end, allDay, ...(allDay ? {} : { startTime: '15:30' }), attendees };
}

describe('importCalendar and its undo are all or nothing', () => {
  const opts = { today: '2025-11-05', createdAt: NOW.toISOString() };
  async function plan() {
    const emails = (await db.contacts.filter((c) => !!c.email).limit(3).toArray()).map((c) => c.email!);
    const events = [
      event('b1', 'Atomic Break', '2026-03-09', '2026-03-13', true),
      event('u1', 'Atomic unit A', '2025-12-01', '2025-12-12', true),
      event('u2', 'Atomic unit B', '2026-01-05', '2026-01-16', true),
      event('m1', 'Co-planning one', '2025-10-01', '2025-10-01', false, emails),
      event('m2', 'Co-planning two', '2025-10-08', '2025-10-08', false, emails),
      event('m3', 'Co-planning three', '2025-10-15', '2025-10-15', false, emails),
    ];
    return { events, choices: ['break', 'unit', 'unit', 'meeting', 'meeting', 'meeting'] as const };
  }

  const writes: [keyof LiaisonDB & string, Writer, number][] = [
    ['settings', 'put', 1],
    ['units', 'bulkAdd', 1],
    ['interactions', 'add', 2],
    ['interactions', 'add', 3],
    ['contacts', 'update', 2],
  ];
  for (const [table, method, k] of writes) {
    it(`${table}.${method} call #${k} fails: no break, unit or meeting is left behind`, async () => {
      const { events, choices } = await plan();
      await expectAtomic(() => failOn(db[table] as object, method, k), () => importCalendar(db, events, choices, opts));
    });
  }

  it('an undo that fails half-way leaves the import in place, whole', async () => {
    const { events, choices } = await plan();
    const done = await importCalendar(db, events, choices, opts);
    expect(done.interactionIds).toHaveLength(3);
    await expectAtomic(() => failOn(db.interactions, 'delete', 2), () => undoCalendarImport(db, done));
  });
});
