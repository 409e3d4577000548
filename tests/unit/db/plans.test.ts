import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { savePlan } from '../../../src/db/plans';
import type { CollaborationPlan } from '../../../src/core/types';

let db: LiaisonDB;
let unitId: number;
const plan = (goals: string): CollaborationPlan => ({
  goals,
  standards: ['MS-LS2-3'],
  resourceIds: [],
  roles: [{ who: 'Librarian', task: 'Research lesson' }],
  timeline: [{ date: '2026-03-02', step: 'Launch' }],
  assessment: '',
  reflection: '',
  updatedAt: '2026-11-23T10:00:00.000Z',
});

beforeEach(async () => {
  db = openDb(`plans-${Math.random()}`);
  unitId = (await db.units.add({ title: 'Ecosystems', subject: 'Science', grades: [7], teacherIds: [], keywords: [], standards: [], description: '', createdAt: 'x' })) as number;
});

describe('savePlan', () => {
  it('stores the plan on its unit and gives back the one it replaced', async () => {
    expect(await savePlan(db, unitId, plan('first'))).toBeUndefined();
    expect((await db.units.get(unitId))?.plan?.goals).toBe('first');
    const previous = await savePlan(db, unitId, plan('second'));
    expect(previous?.goals).toBe('first');
    const stored = await db.units.get(unitId);
    expect(stored?.plan).toEqual(plan('second'));
    expect(stored?.title).toBe('Ecosystems');
  });

  it('removes the plan with null (Undo of a first save)', async () => {
    await savePlan(db, unitId, plan('first'));
    await savePlan(db, unitId, null);
    const stored = await db.units.get(unitId);
    expect(stored && 'plan' in stored).toBe(false);
  });

  it('refuses a unit that no longer exists', async () => {
    await expect(savePlan(db, 999, plan('x'))).rejects.toThrow(/999/);
    expect(await db.units.count()).toBe(1);
  });
});
