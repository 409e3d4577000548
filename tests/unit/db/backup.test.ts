import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { backupStatus, dataCounts, exportBackup, recordBackup, restoreBackup, setBackupEveryDays } from '../../../src/db/backup';
import { loadSampleSchool } from '../../../src/db/sample';
import { buildSampleSchool } from '../../../src/sample/school';
import { backupReminder, parseBackup } from '../../../src/io/backup';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { DEFAULT_SETTINGS, INTERACTION_KINDS, RESOURCE_KINDS, ROLES } from '../../../src/core/types';
import { wipeAll } from '../../../src/db/library';

const NOW = new Date('2025-11-05T10:00:00');
let db: LiaisonDB;
beforeEach(async () => {
  db = openDb(`backup-${Math.random()}`);
  await loadSampleSchool(db, buildSampleSchool(NOW));
});

const snapshot = async (d: LiaisonDB) => ({
  contacts: await d.contacts.toArray(),
  units: await d.units.toArray(),
  resources: await d.resources.toArray(),
  interactions: await d.interactions.toArray(),
  reminderState: await d.reminderState.toArray(),
  settings: await d.settings.toArray(),
});

describe('backup and restore', () => {
  it('round-trips the whole library through JSON: backup, wipe, restore gives the same records', async () => {
    await db.reminderState.put({ key: 'checkin:3', snoozedUntil: '2025-11-10', updatedAt: NOW.toISOString() });
    const before = await snapshot(db);
    const text = JSON.stringify(await exportBackup(db, NOW));
    await wipeAll(db);
    expect(await db.contacts.count()).toBe(0);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await restoreBackup(db, parsed.backup, 'replace');
    expect(await snapshot(db)).toEqual(before);
  });

  it('merging a backup into the same library adds nothing twice', async () => {
    const before = await snapshot(db);
    const parsed = parseBackup(JSON.stringify(await exportBackup(db, NOW)));
    if (!parsed.ok) throw new Error(parsed.error);
    const summary = await restoreBackup(db, parsed.backup, 'merge');
    expect(summary).toEqual({ contacts: 0, units: 0, resources: 0, interactions: 0 });
    expect((await snapshot(db)).interactions.length).toBe(before.interactions.length);
  });

  it('merging into an empty library renumbers links consistently', async () => {
    const parsed = parseBackup(JSON.stringify(await exportBackup(db, NOW)));
    if (!parsed.ok) throw new Error(parsed.error);
    const other = openDb(`backup-other-${Math.random()}`);
    // A library with one unrelated contact, so ids shift by one.
    await other.contacts.add({ name: 'Someone Else', role: 'parent', subjects: [], grades: [], archived: false, createdAt: NOW.toISOString() });
    const s = await restoreBackup(other, parsed.backup, 'merge');
    expect(s.contacts).toBe(parsed.backup.data.contacts.length);
    const unit = await other.units.where('title').equals('Ecosystem Dynamics').first();
    const original = parsed.backup.data.units.find((u) => u.title === 'Ecosystem Dynamics')!;
    const names = (ids: number[], list: { id?: number; name: string }[]) => ids.map((id) => list.find((c) => c.id === id)?.name).sort();
    expect(names(unit!.teacherIds, await other.contacts.toArray())).toEqual(names(original.teacherIds, parsed.backup.data.contacts));
  });

  it('a truncated backup is refused before anything changes', async () => {
    const text = JSON.stringify(await exportBackup(db, NOW));
    const parsed = parseBackup(text.slice(0, text.length / 2));
    expect(parsed.ok).toBe(false);
    expect(await db.contacts.count()).toBeGreaterThan(0);
  });

  it('a restore that fails half-way leaves the library as it was', async () => {
    const before = await snapshot(db);
    const parsed = parseBackup(JSON.stringify(await exportBackup(db, NOW)));
    if (!parsed.ok) throw new Error(parsed.error);
    // Two interactions with the same id make bulkAdd fail inside the transaction, after the tables were cleared.
    const broken = structuredClone(parsed.backup);
    broken.data.interactions.push({ ...broken.data.interactions[0]! });
    await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('backup reminders', () => {
  const DAY = 86_400_000;
  it('is due everyDays after the last backup, or after the oldest record when there was none; 0 = off', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    expect(backupReminder({ everyDays: 30, lastAt: ago(29) }, ago(400), now)).toMatchObject({ due: false, days: 29, never: false });
    expect(backupReminder({ everyDays: 30, lastAt: ago(31) }, ago(400), now)).toMatchObject({ due: true, days: 31 });
    expect(backupReminder(undefined, ago(31), now)).toMatchObject({ due: true, never: true, everyDays: 30 });
    expect(backupReminder(undefined, ago(3), now).due).toBe(false);
    expect(backupReminder(undefined, undefined, now).due).toBe(false);
    expect(backupReminder({ everyDays: 0, lastAt: ago(999) }, ago(999), now).due).toBe(false);
  });

  it('records the backup and the setting, and reads the oldest record from the library', async () => {
    const oldest = Math.min(...[...(await db.contacts.toArray()), ...(await db.interactions.toArray())].map((r) => Date.parse(r.createdAt)));
    const at = (days: number) => new Date(oldest + days * DAY);
    // Never for the sample school …
    expect((await backupStatus(db, at(31))).due).toBe(false);
    // … but once it is the librarian's own data:
    await updateSettings(db, { sampleLoaded: false });
    expect((await backupStatus(db, at(29))).due).toBe(false);
    expect(await backupStatus(db, at(31))).toMatchObject({ due: true, never: true, days: 31 });
    await recordBackup(db, at(31));
    expect((await backupStatus(db, at(32))).due).toBe(false);
    await setBackupEveryDays(db, 0);
    expect((await getSettings(db)).backups).toEqual({ everyDays: 0, lastAt: at(31).toISOString() });
    expect((await backupStatus(db, at(400))).due).toBe(false);
    expect(await dataCounts(db)).toEqual({ contacts: await db.contacts.count(), units: await db.units.count(), resources: await db.resources.count(), interactions: await db.interactions.count() });
  });
});

const iso = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
const isoDateTime = iso.map((d) => d.toISOString());
const isoDate = iso.map((d) => d.toISOString().slice(0, 10));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const grades = fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 3 });
const words = fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 });
const ids = (n: number) => fc.uniqueArray(fc.integer({ min: 1, max: n }), { maxLength: 3 });
/** Drops undefined fields, as IndexedDB and JSON both do. */
const clean = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

const arbLibrary = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    contacts: fc.array(
      fc.record({ name: fc.string({ maxLength: 12 }), role: fc.constantFrom(...ROLES), email: opt(fc.emailAddress()), subjects: words, grades, organization: opt(fc.string({ maxLength: 8 })), checkInDays: opt(fc.nat(365)), notes: opt(fc.string({ maxLength: 20 })), archived: fc.boolean(), createdAt: isoDateTime, lastInteractionAt: opt(isoDate) }),
      { minLength: n, maxLength: n },
    ),
    units: fc.array(fc.record({ title: fc.string({ maxLength: 12 }), subject: fc.string({ maxLength: 8 }), grades, start: opt(isoDate), end: opt(isoDate), teacherIds: ids(n), keywords: words, standards: words, description: fc.string({ maxLength: 20 }), archived: opt(fc.boolean()), createdAt: isoDateTime }), { minLength: n, maxLength: n }),
    resources: fc.array(fc.record({ title: fc.string({ maxLength: 12 }), kind: fc.constantFrom(...RESOURCE_KINDS), url: opt(fc.webUrl()), author: opt(fc.string({ maxLength: 8 })), callNumber: opt(fc.string({ maxLength: 6 })), subjects: words, grades, keywords: words, description: fc.string({ maxLength: 20 }), unitIds: ids(n), archived: opt(fc.boolean()), createdAt: isoDateTime }), { maxLength: 8 }),
    interactions: fc.array(fc.record({ kind: fc.constantFrom(...INTERACTION_KINDS), date: isoDate, contactIds: ids(n), unitId: opt(fc.integer({ min: 1, max: n })), notes: fc.string({ maxLength: 20 }), classes: opt(fc.nat(10)), students: opt(fc.nat(500)), attendance: opt(fc.nat(500)), followUp: opt(isoDate), highlight: opt(fc.boolean()), createdAt: isoDateTime }), { maxLength: 8 }),
    reminderState: fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 10 }), snoozedUntil: opt(isoDate), dismissedDue: opt(isoDate), updatedAt: isoDateTime }), { maxLength: 4, selector: (r) => r.key }),
    schoolName: fc.string({ maxLength: 12 }),
    backups: opt(fc.record({ everyDays: fc.nat(90), lastAt: opt(isoDateTime) })),
  }),
);

describe('property: backup → JSON → restore loses nothing, for every table', () => {
  it('a random library comes back record for record', async () => {
    await fc.assert(
      fc.asyncProperty(arbLibrary, async (lib) => {
        const src = openDb(`backup-prop-${Math.random()}`);
        await src.contacts.bulkAdd(lib.contacts.map(clean));
        await src.units.bulkAdd(lib.units.map(clean));
        await src.resources.bulkAdd(lib.resources.map(clean));
        await src.interactions.bulkAdd(lib.interactions.map(clean));
        await src.reminderState.bulkAdd(lib.reminderState.map(clean));
        await src.settings.put({ key: 'main', value: clean({ ...DEFAULT_SETTINGS, schoolName: lib.schoolName, backups: lib.backups }) });
        const before = await snapshot(src);
        const parsed = parseBackup(JSON.stringify(await exportBackup(src, NOW)));
        if (!parsed.ok) throw new Error(parsed.error);
        const dst = openDb(`backup-prop-${Math.random()}`);
        await restoreBackup(dst, parsed.backup, 'replace');
        expect(await snapshot(dst)).toEqual(before);
        src.close();
        dst.close();
      }),
      { numRuns: 25 },
    );
  }, 90_000);
});
