import { beforeEach, describe, expect, it } from 'vitest';
import { allUnits, db } from '../../../src/ui/options/data';
import type { Unit } from '../../../src/core/types';

const unit = (title: string, start?: string): Unit => ({ title, subject: 'Science', grades: [7], teacherIds: [], keywords: [], standards: [], description: '', createdAt: '2026-01-01T00:00:00.000Z', ...(start ? { start } : {}) });

describe('allUnits', () => {
  beforeEach(async () => {
    await db.units.clear();
  });

  it('lists undated units too (an index on start would skip them), after the dated ones', async () => {
    await db.units.bulkAdd([unit('Undated B'), unit('Late', '2027-03-01'), unit('Undated A'), unit('Early', '2026-09-01')]);
    expect((await allUnits()).map((u) => u.title)).toEqual(['Early', 'Late', 'Undated A', 'Undated B']);
  });
});
