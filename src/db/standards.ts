/**
 * Attaching standards codes to units: the preview (which unit gets which codes,
 * and every row that matches no unit) and the write, in one transaction.
 */
import type { Stored, Unit } from '../core/types';
import { codeKey, matchStandards, type StandardsLink, type StandardsMatch } from '../io/standards';
import type { ImportResult, RowError } from '../io/types';
import { guardQuota } from './errors';
import type { LiaisonDB } from './schema';

export interface StandardsPreview {
  matches: StandardsMatch[];
  errors: RowError[];
}

export async function previewStandards(db: LiaisonDB, links: ImportResult<StandardsLink>): Promise<StandardsPreview> {
  return matchStandards(links, (await db.units.toArray()) as Stored<Unit>[]);
}

/** Thrown when a unit of the preview was deleted before the write: nothing is written. */
export class StandardsUnitGoneError extends Error {
  constructor(public readonly title: string) {
    super(`The unit "${title}" was deleted meanwhile; nothing was changed.`);
  }
}

/**
 * Adds each match's codes to its unit (codes it already has, in any case, are not
 * repeated). All or nothing; returns the units changed and the codes added.
 */
export async function commitStandards(db: LiaisonDB, matches: readonly Pick<StandardsMatch, 'unitId' | 'title' | 'codes'>[]): Promise<{ units: number; codes: number }> {
  return guardQuota(() =>
    db.transaction('rw', db.units, async () => {
      let units = 0;
      let codes = 0;
      for (const m of matches) {
        const unit = await db.units.get(m.unitId);
        if (!unit) throw new StandardsUnitGoneError(m.title);
        const have = new Set(unit.standards.map(codeKey));
        const added = m.codes.filter((c) => !have.has(codeKey(c)) && have.add(codeKey(c)));
        if (added.length === 0) continue;
        await db.units.update(m.unitId, { standards: [...unit.standards, ...added] });
        units++;
        codes += added.length;
      }
      return { units, codes };
    }),
  );
}
