import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { commitStandards, previewStandards, StandardsUnitGoneError } from '../../../src/db/standards';
import { parseStandardsFile } from '../../../src/io/standards';
import type { Unit } from '../../../src/core/types';

const CREATED = '2026-11-01T10:00:00.000Z';
const unit = (title: string, standards: string[] = []): Unit => ({ title, subject: 'Science', grades: [7], teacherIds: [], keywords: [], standards, description: '', createdAt: CREATED });
let db: LiaisonDB;
beforeEach(async () => {
  db = openDb(`standards-${Math.random()}`);
  await db.units.bulkAdd([unit('Ecosystem Dynamics', ['MS-LS2-3']), unit('Poetry Café')]);
});

const linksOf = (csv: string) => {
  const f = parseStandardsFile('s.csv', csv);
  if (f.kind !== 'links') throw new Error(f.kind);
  return f.result;
};

describe('attaching standards to units', () => {
  it('previews, then writes only the new codes, once', async () => {
    const links = linksOf('unit,standards\nECOSYSTEM dynamics,ms-ls2-3;MS-LS2-1\npoetry cafe,CCSS.ELA-LITERACY.RL.7.4\nGhost,X.1');
    const p = await previewStandards(db, links);
    expect(p.matches.map((m) => [m.title, m.added])).toEqual([
      ['Ecosystem Dynamics', ['MS-LS2-1']],
      ['Poetry Café', ['CCSS.ELA-LITERACY.RL.7.4']],
    ]);
    expect(p.errors.map((e) => e.line)).toEqual([4]);
    expect(await db.units.where('standards').equals('MS-LS2-1').count()).toBe(0);
    expect(await commitStandards(db, p.matches)).toEqual({ units: 2, codes: 2 });
    const eco = await db.units.where('title').equals('Ecosystem Dynamics').first();
    expect(eco?.standards).toEqual(['MS-LS2-3', 'MS-LS2-1']);
    // Again: nothing more to add.
    expect(await commitStandards(db, (await previewStandards(db, links)).matches)).toEqual({ units: 0, codes: 0 });
  });

  it('writes nothing when a unit of the preview was deleted meanwhile', async () => {
    const p = await previewStandards(db, linksOf('unit,standards\nEcosystem Dynamics,MS-LS2-1\nPoetry Café,RL.7.4'));
    await db.units.where('title').equals('Poetry Café').delete();
    await expect(commitStandards(db, p.matches)).rejects.toBeInstanceOf(StandardsUnitGoneError);
    expect((await db.units.where('title').equals('Ecosystem Dynamics').first())?.standards).toEqual(['MS-LS2-3']);
  });
});
