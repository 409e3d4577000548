/**
 * Share packs against the database: export chosen units with their resources, and
 * import a colleague's pack by merging (src/io/share-pack.ts says what matches what),
 * all in one transaction.
 */
import type { Resource, Stored, Unit } from '../core/types';
import { makeSharePack, packResourceKey, packUnitKey, planSharePack, type SharePack, type SharePackPlan } from '../io/share-pack';
import { guardQuota } from './errors';
import type { LiaisonDB } from './schema';

export async function exportSharePack(db: LiaisonDB, unitIds: readonly number[], now: Date): Promise<SharePack> {
  return db.transaction('r', [db.units, db.resources], async () => {
    const units = ((await db.units.bulkGet([...unitIds])) as (Stored<Unit> | undefined)[]).filter((u): u is Stored<Unit> => u !== undefined);
    const resources = (await db.resources.where('unitIds').anyOf([...unitIds]).distinct().toArray()) as Stored<Resource>[];
    return makeSharePack(units, resources, now);
  });
}

export async function previewSharePack(db: LiaisonDB, pack: SharePack): Promise<SharePackPlan> {
  return planSharePack(pack, (await db.units.toArray()) as Stored<Unit>[], (await db.resources.toArray()) as Stored<Resource>[]);
}

export interface SharePackSummary {
  newUnits: number;
  existingUnits: number;
  newResources: number;
  existingResources: number;
}

/**
 * Adds the pack's new units and resources and tags every pack resource (new or
 * already there) to the pack's units as stored here. Units get no teachers and no
 * dates: the importing librarian adds her own.
 */
export async function importSharePack(db: LiaisonDB, pack: SharePack, now: Date): Promise<SharePackSummary> {
  const createdAt = now.toISOString();
  return guardQuota(() =>
    db.transaction('rw', [db.units, db.resources], async () => {
      // Planned again inside the transaction, against what is stored now.
      const plan = planSharePack(pack, (await db.units.toArray()) as Stored<Unit>[], (await db.resources.toArray()) as Stored<Resource>[]);
      const summary: SharePackSummary = { newUnits: 0, existingUnits: 0, newResources: 0, existingResources: 0 };
      const idOfKey = new Map<string, number>();
      const added = new Map<string, number>();
      for (const { unit, existingId } of plan.units) {
        const { key, ...fields } = unit;
        let id = existingId ?? added.get(packUnitKey(unit));
        if (id === undefined) {
          id = (await db.units.add({ ...fields, teacherIds: [], createdAt })) as number;
          added.set(packUnitKey(unit), id);
          summary.newUnits++;
        } else if (existingId !== undefined) summary.existingUnits++;
        idOfKey.set(key, id);
      }
      const addedRes = new Map<string, number>();
      for (const { resource, existingId } of plan.resources) {
        const { units, ...fields } = resource;
        const unitIds = [...new Set(units.flatMap((k) => idOfKey.get(k) ?? []))];
        const id = existingId ?? addedRes.get(packResourceKey(resource));
        if (id === undefined) {
          addedRes.set(packResourceKey(resource), (await db.resources.add({ ...fields, unitIds, createdAt } as Resource)) as number);
          summary.newResources++;
          continue;
        }
        const stored = await db.resources.get(id);
        const missing = unitIds.filter((u) => !stored!.unitIds.includes(u));
        if (missing.length > 0) await db.resources.update(id, { unitIds: [...stored!.unitIds, ...missing] });
        if (existingId !== undefined) summary.existingResources++;
      }
      return summary;
    }),
  );
}
