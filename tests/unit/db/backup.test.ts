import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { exportBackup, restoreBackup } from '../../../src/db/backup';
import { loadSampleSchool } from '../../../src/db/sample';
import { buildSampleSchool } from '../../../src/sample/school';
import { parseBackup } from '../../../src/io/backup';
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
