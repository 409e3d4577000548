import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { exportSharePack, importSharePack, previewSharePack } from '../../../src/db/share-pack';
import { packResourceKey, packUnitKey, parseSharePack, type SharePack } from '../../../src/io/share-pack';
import { loadSampleSchool } from '../../../src/db/sample';
import { buildSampleSchool } from '../../../src/sample/school';
import { RESOURCE_KINDS, type Resource, type Unit } from '../../../src/core/types';

const NOW = new Date('2026-11-23T10:00:00Z');
let db: LiaisonDB;
beforeEach(() => {
  db = openDb(`pack-${Math.random()}`);
});

const roundTrip = (pack: SharePack) => {
  const r = parseSharePack(JSON.stringify(pack));
  if (!r.ok) throw new Error(r.error);
  return r.pack;
};

/** What a pack says, without its keys or order: titles, fields, and which unit titles each resource is for. */
const content = (pack: SharePack) => {
  const title = new Map(pack.units.map((u) => [u.key, u.title]));
  return {
    units: pack.units.map(({ key: _k, ...u }) => JSON.stringify(u)).sort(),
    resources: pack.resources.map(({ units, ...r }) => JSON.stringify({ ...r, units: units.map((k) => title.get(k)).sort() })).sort(),
  };
};

describe('share packs through the database', () => {
  it('exports the sample school’s units with their resources and imports them into another library, then merges without duplicates', async () => {
    await loadSampleSchool(db, buildSampleSchool(NOW));
    const ids = (await db.units.limit(3).primaryKeys()) as number[];
    const pack = roundTrip(await exportSharePack(db, ids, NOW));
    expect(pack.units).toHaveLength(3);
    expect(pack.resources.length).toBeGreaterThan(0);

    const other = openDb(`pack-other-${Math.random()}`);
    const plan = await previewSharePack(other, pack);
    expect([plan.newUnits, plan.existingUnits, plan.newResources]).toEqual([3, 0, pack.resources.length]);
    expect(await importSharePack(other, pack, NOW)).toEqual({ newUnits: 3, existingUnits: 0, newResources: pack.resources.length, existingResources: 0 });
    expect(await other.contacts.count()).toBe(0);
    expect(await other.interactions.count()).toBe(0);
    const units = await other.units.toArray();
    expect(units.every((u) => u.teacherIds.length === 0 && u.start === undefined && u.plan === undefined)).toBe(true);
    // The same pack again: nothing new.
    expect(await importSharePack(other, pack, NOW)).toEqual({ newUnits: 0, existingUnits: 3, newResources: 0, existingResources: pack.resources.length });
    expect(await other.units.count()).toBe(3);
    // And what the other library exports is what it received.
    expect(content(roundTrip(await exportSharePack(other, units.map((u) => u.id!), NOW)))).toEqual(content(pack));
  });

  it('tags a resource already there to the merged units, and all or nothing', async () => {
    const created = NOW.toISOString();
    const eco = (await db.units.add({ title: 'Ecosystem Dynamics', subject: 'Science', grades: [7], teacherIds: [3], keywords: [], standards: ['MS-LS2-3'], description: '', createdAt: created })) as number;
    const book = (await db.resources.add({ title: 'Food Webs', kind: 'book', author: 'Jane Doe', subjects: [], grades: [], keywords: [], description: '', unitIds: [], createdAt: created })) as number;
    const pack: SharePack = {
      format: 'library-liaison-share-pack',
      version: 1,
      exportedAt: created,
      units: [
        { key: 'a', title: 'ecosystem dynamics', subject: 'Science', grades: [7], keywords: [], standards: ['ms-ls2-3'], description: '' },
        { key: 'b', title: 'Poetry', subject: 'ELA', grades: [7], keywords: [], standards: [], description: '' },
      ],
      resources: [{ title: 'FOOD WEBS', kind: 'book', author: 'jane doe', subjects: [], grades: [], keywords: [], description: '', units: ['a', 'b'] }],
    };
    const s = await importSharePack(db, pack, NOW);
    expect(s).toEqual({ newUnits: 1, existingUnits: 1, newResources: 0, existingResources: 1 });
    const poetry = await db.units.where('title').equals('Poetry').first();
    expect((await db.resources.get(book))?.unitIds).toEqual([eco, poetry!.id]);
    expect((await db.units.get(eco))?.teacherIds).toEqual([3]);
  });
});

const text = (max: number) => fc.string({ maxLength: max });
const arbUnit = fc.record({
  title: fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() !== ''),
  subject: text(8),
  grades: fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }),
  keywords: fc.array(text(6), { maxLength: 2 }),
  standards: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}\.[0-9]$/), { maxLength: 2 }),
  description: text(12),
});
const arbResource = fc.record({
  title: fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() !== ''),
  kind: fc.constantFrom(...RESOURCE_KINDS),
  url: fc.option(fc.webUrl(), { nil: undefined }),
  author: fc.option(text(8), { nil: undefined }),
  subjects: fc.array(text(6), { maxLength: 2 }),
  grades: fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 2 }),
  keywords: fc.array(text(6), { maxLength: 2 }),
  description: text(12),
  pick: fc.uniqueArray(fc.nat({ max: 20 }), { minLength: 1, maxLength: 3 }),
});

describe('property: export → import → export loses nothing, and a second import adds nothing', () => {
  it('for any units and resources', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbUnit, { minLength: 1, maxLength: 4 }), fc.array(arbResource, { maxLength: 6 }), async (us, rs) => {
        const src = openDb(`pack-prop-${Math.random()}`);
        const dst = openDb(`pack-prop-${Math.random()}`);
        const createdAt = NOW.toISOString();
        const unitIds = (await src.units.bulkAdd(us.map((u) => ({ ...u, teacherIds: [], createdAt }) as Unit), { allKeys: true })) as number[];
        await src.resources.bulkAdd(
          rs.map(({ pick, ...r }) => ({ ...Object.fromEntries(Object.entries(r).filter(([, x]) => x !== undefined)), unitIds: [...new Set(pick.map((p) => unitIds[p % unitIds.length]!))], createdAt }) as Resource),
        );
        const pack = roundTrip(await exportSharePack(src, unitIds, NOW));
        await importSharePack(dst, pack, NOW);
        const counts = [await dst.units.count(), await dst.resources.count()];
        await importSharePack(dst, pack, NOW);
        expect([await dst.units.count(), await dst.resources.count()]).toEqual(counts);
        // Records the pack holds twice (same title and standards; same title, author and URL) arrive once.
        const distinctUnits = new Set(pack.units.map(packUnitKey)).size;
        const distinctResources = new Set(pack.resources.map(packResourceKey)).size;
        expect(counts).toEqual([distinctUnits, distinctResources]);
        if (distinctUnits === pack.units.length && distinctResources === pack.resources.length) {
          const again = roundTrip(await exportSharePack(dst, (await dst.units.toCollection().primaryKeys()) as number[], NOW));
          expect(content(again)).toEqual(content(pack));
        }
        src.close();
        dst.close();
      }),
      { numRuns: 30 },
    );
  }, 90_000);
});
