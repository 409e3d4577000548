import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import {
  deleteContacts,
  deleteResources,
  deleteUnits,
  deletionImpact,
  editContacts,
  editResources,
  editUnits,
  setArchived,
} from '../../../src/db/bulk';
import type { CollaborationPlan, Contact, Interaction, Resource, Unit } from '../../../src/core/types';

const CREATED = '2025-08-01T12:00:00.000Z';
const contact = (id: number, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  role: 'teacher',
  subjects: ['Science'],
  grades: [7],
  archived: false,
  createdAt: CREATED,
  ...extra,
});
const unit = (id: number, title: string, teacherIds: number[], extra: Partial<Unit> = {}): Unit => ({
  id,
  title,
  subject: 'Science',
  grades: [7],
  start: '2025-10-01',
  end: '2025-10-20',
  teacherIds,
  keywords: [],
  standards: [],
  description: '',
  createdAt: CREATED,
  ...extra,
});
const resource = (id: number, title: string, unitIds: number[], extra: Partial<Resource> = {}): Resource => ({
  id,
  title,
  kind: 'book',
  subjects: [],
  grades: [],
  keywords: [],
  description: '',
  unitIds,
  createdAt: CREATED,
  ...extra,
});
const entry = (id: number, contactIds: number[], unitId?: number): Interaction => ({
  id,
  kind: 'check-in',
  date: '2025-10-02',
  contactIds,
  notes: `entry ${id}`,
  createdAt: CREATED,
  ...(unitId === undefined ? {} : { unitId }),
});
const plan = (resourceIds: number[]): CollaborationPlan => ({
  goals: '',
  standards: [],
  resourceIds,
  roles: [],
  timeline: [],
  assessment: '',
  reflection: '',
  updatedAt: CREATED,
});

let db: LiaisonDB;
beforeEach(async () => {
  db = openDb(`bulk-${Math.random()}`);
  await db.contacts.bulkAdd([contact(1, 'Ana'), contact(2, 'Ben', { subjects: ['science', 'Math'], checkInDays: 10 }), contact(3, 'Cy', { role: 'parent' })]);
  await db.units.bulkAdd([unit(1, 'Ecosystems', [1, 2], { plan: plan([1, 2]) }), unit(2, 'Fractions', [2]), unit(3, 'Poetry', [3])]);
  await db.resources.bulkAdd([resource(1, 'Hatchet', [1]), resource(2, 'Wetlands DB', [1, 2]), resource(3, 'Rhymes', [3])]);
  await db.interactions.bulkAdd([entry(1, [1], 1), entry(2, [2], 1), entry(3, [2, 3]), entry(4, [3], 3)]);
});

describe('editContacts', () => {
  it('sets role and cadence for all chosen, and undo puts every field back', async () => {
    const result = await editContacts(db, [1, 2], { role: 'specialist', checkInDays: 14.7 });
    expect(result.count).toBe(2);
    expect((await db.contacts.bulkGet([1, 2, 3])).map((c) => [c?.role, c?.checkInDays])).toEqual([
      ['specialist', 14],
      ['specialist', 14],
      ['parent', undefined],
    ]);
    await result.undo();
    expect(await db.contacts.get(1)).toEqual(contact(1, 'Ana'));
    expect((await db.contacts.get(2))?.checkInDays).toBe(10);
  });

  it('null cadence goes back to the role default (the field is removed)', async () => {
    await editContacts(db, [2], { checkInDays: null });
    expect('checkInDays' in (await db.contacts.get(2))!).toBe(false);
  });

  it('adds and removes subjects case-insensitively, without duplicates', async () => {
    await editContacts(db, [1, 2], { addSubjects: ['MATH', ' Art '], removeSubjects: ['SCIENCE'] });
    expect((await db.contacts.get(1))?.subjects).toEqual(['MATH', 'Art']);
    expect((await db.contacts.get(2))?.subjects).toEqual(['Math', 'Art']);
  });

  it('ignores ids that do not exist', async () => {
    const result = await editContacts(db, [2, 99], { role: 'administrator' });
    expect(result.count).toBe(1);
    expect(await db.contacts.get(99)).toBeUndefined();
  });
});

describe('editUnits and editResources', () => {
  it('sets subject and grades of units', async () => {
    const result = await editUnits(db, [1, 3], { subject: ' ELA ', grades: [8, 6, 6] });
    expect((await db.units.bulkGet([1, 2, 3])).map((u) => [u?.subject, u?.grades])).toEqual([
      ['ELA', [6, 8]],
      ['Science', [7]],
      ['ELA', [6, 8]],
    ]);
    await result.undo();
    expect((await db.units.get(1))?.subject).toBe('Science');
  });

  it('sets kind, tags and untags resources', async () => {
    await editResources(db, [1, 2, 3], { kind: 'ebook', addUnitIds: [3], removeUnitIds: [1] });
    expect((await db.resources.bulkGet([1, 2, 3])).map((r) => [r?.kind, r?.unitIds])).toEqual([
      ['ebook', [3]],
      ['ebook', [2, 3]],
      ['ebook', [3]],
    ]);
    expect(await db.resources.where('unitIds').equals(1).count()).toBe(0);
  });
});

describe('setArchived', () => {
  it('archives only what changes state, and undo brings it back', async () => {
    await db.units.update(2, { archived: true });
    const result = await setArchived(db, 'units', [1, 2], true);
    expect(result.count).toBe(1);
    expect((await db.units.bulkGet([1, 2, 3])).map((u) => Boolean(u?.archived))).toEqual([true, true, false]);
    await result.undo();
    expect((await db.units.bulkGet([1, 2])).map((u) => Boolean(u?.archived))).toEqual([false, true]);
  });

  it('unarchives contacts', async () => {
    await db.contacts.update(3, { archived: true });
    const result = await setArchived(db, 'contacts', [1, 3], false);
    expect(result.count).toBe(1);
    expect((await db.contacts.get(3))?.archived).toBe(false);
  });
});

describe('delete', () => {
  it('says what deleting would touch', async () => {
    expect(await deletionImpact(db, 'contacts', [2])).toEqual({ records: 1, units: 2, resources: 0, logEntries: 2 });
    expect(await deletionImpact(db, 'units', [1])).toEqual({ records: 1, units: 0, resources: 2, logEntries: 2 });
    expect(await deletionImpact(db, 'resources', [2, 3])).toEqual({ records: 2, units: 1, resources: 0, logEntries: 0 });
  });

  it('contacts: taken off their units, log kept; undo restores both', async () => {
    const result = await deleteContacts(db, [2]);
    expect(result.count).toBe(1);
    expect(await db.contacts.get(2)).toBeUndefined();
    expect((await db.units.bulkGet([1, 2])).map((u) => u?.teacherIds)).toEqual([[1], []]);
    expect((await db.interactions.get(3))?.contactIds).toEqual([2, 3]);
    await result.undo();
    expect((await db.contacts.get(2))?.name).toBe('Ben');
    expect((await db.units.bulkGet([1, 2])).map((u) => u?.teacherIds)).toEqual([[1, 2], [2]]);
  });

  it('units: resources untagged but kept, log entries no longer name the unit; undo restores all', async () => {
    const result = await deleteUnits(db, [1]);
    expect(await db.units.get(1)).toBeUndefined();
    expect((await db.resources.bulkGet([1, 2])).map((r) => r?.unitIds)).toEqual([[], [2]]);
    expect(await db.interactions.where('unitId').equals(1).count()).toBe(0);
    expect((await db.interactions.get(1))?.notes).toBe('entry 1');
    expect('unitId' in (await db.interactions.get(1))!).toBe(false);
    await result.undo();
    expect((await db.units.get(1))?.title).toBe('Ecosystems');
    expect((await db.resources.bulkGet([1, 2])).map((r) => r?.unitIds)).toEqual([[1], [1, 2]]);
    expect(await db.interactions.where('unitId').equals(1).primaryKeys()).toEqual([1, 2]);
  });

  it('resources: taken out of plans; undo restores the plan', async () => {
    const result = await deleteResources(db, [2]);
    expect(await db.resources.get(2)).toBeUndefined();
    expect((await db.units.get(1))?.plan?.resourceIds).toEqual([1]);
    await result.undo();
    expect((await db.resources.get(2))?.title).toBe('Wetlands DB');
    expect((await db.units.get(1))?.plan?.resourceIds).toEqual([1, 2]);
  });
});
