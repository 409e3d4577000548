import type { CollaborationPlan } from '../core/types';
import type { LiaisonDB } from './schema';

/**
 * Stores a unit's collaboration plan on the unit (one plan per unit) and returns
 * the plan it replaced, so the caller can offer Undo. `null` removes the plan.
 * Throws when the unit no longer exists: a plan is never written to nowhere.
 */
export async function savePlan(db: LiaisonDB, unitId: number, plan: CollaborationPlan | null): Promise<CollaborationPlan | undefined> {
  return db.transaction('rw', db.units, async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new Error(`unit ${unitId} does not exist`);
    const previous = unit.plan;
    // `update` with undefined removes the key (Dexie deletes undefined props).
    await db.units.update(unitId, { plan: plan ?? undefined });
    return previous;
  });
}
