import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openDb, V1_STORES } from '../../../src/db/schema';

let n = 0;
const freshName = () => `schema-test-${++n}-${Math.random().toString(36).slice(2)}`;

describe('database schema', () => {
  it('opens at the current version with every table', async () => {
    const db = openDb(freshName());
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['contacts', 'interactions', 'reminderState', 'resources', 'settings', 'units']);
    db.close();
  });

  it('upgrades a version-1 database with data, keeping every record and filling missing lists', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    // A contact written before `subjects`/`grades` were required, and a full one.
    await v1.table('contacts').bulkAdd([
      { name: 'Old Record', role: 'teacher', archived: false, createdAt: '2025-08-01T00:00:00.000Z' },
      { name: 'Maria Lopez', role: 'teacher', subjects: ['Science'], grades: [7], archived: false, createdAt: '2025-08-01T00:00:00.000Z', lastInteractionAt: '2025-10-01' },
    ]);
    await v1.table('units').add({ title: 'Ecosystems', subject: 'Science', grades: [7], teacherIds: [2], description: '', createdAt: 'x' });
    await v1.table('resources').add({ title: 'Food Webs', kind: 'book', unitIds: [1], description: '', createdAt: 'x' });
    await v1.table('interactions').add({ kind: 'check-in', date: '2025-10-01', contactIds: [2], notes: 'hi', createdAt: 'x' });
    await v1.table('settings').put({ key: 'main', value: { schoolName: 'Old School' } });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const contacts = await db.contacts.orderBy('id').toArray();
    expect(contacts).toHaveLength(2);
    expect(contacts[0]).toMatchObject({ name: 'Old Record', subjects: [], grades: [] });
    expect(contacts[1]).toMatchObject({ name: 'Maria Lopez', subjects: ['Science'], grades: [7], lastInteractionAt: '2025-10-01' });
    // The new multi-entry indexes work on upgraded data.
    expect(await db.contacts.where('subjects').equals('Science').count()).toBe(1);
    expect(await db.contacts.where('grades').equals(7).count()).toBe(1);
    const unit = await db.units.get(1);
    expect(unit).toMatchObject({ title: 'Ecosystems', keywords: [], standards: [], teacherIds: [2] });
    expect(await db.resources.where('unitIds').equals(1).first()).toMatchObject({ title: 'Food Webs', subjects: [], grades: [], keywords: [] });
    expect(await db.interactions.where('contactIds').equals(2).count()).toBe(1);
    expect((await db.settings.get('main'))?.value.schoolName).toBe('Old School');
    db.close();
  });
});
