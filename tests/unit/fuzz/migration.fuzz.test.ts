/**
 * Schema migrations from every earlier version, with random data: records as
 * old versions wrote them (list fields missing, unknown extra fields, odd
 * values) are all still there after the upgrade, with every field kept and
 * every list a list. Earlier versions are found from the `V<n>_STORES`
 * exports of src/db/schema.ts, so a new version is covered once it exports its stores.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../src/db/schema';

const LISTS: Record<string, string[]> = {
  contacts: ['subjects', 'grades'],
  units: ['grades', 'teacherIds', 'keywords', 'standards'],
  resources: ['subjects', 'grades', 'keywords', 'unitIds'],
  interactions: ['contactIds'],
};

/** Versions before the current one whose stores the schema module exports. */
const earlier = Object.entries(schema)
  .flatMap(([name, value]) => {
    const m = /^V(\d+)_STORES$/.exec(name);
    return m ? [{ version: Number(m[1]), stores: value as Record<string, string> }] : [];
  })
  .filter((v) => v.version < schema.DB_VERSION)
  .sort((a, b) => a.version - b.version);

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const str = fc.string({ maxLength: 12 });
const list = maybe(fc.oneof(fc.array(str, { maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 })));
/** An old record: its list fields may be missing, and it may carry fields no version knows. */
const record = (base: Record<string, fc.Arbitrary<unknown>>, lists: string[]) =>
  fc
    .record({ ...base, ...Object.fromEntries(lists.map((l) => [l, list])), extra: maybe(fc.jsonValue({ maxDepth: 2 })) })
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

const oldData = fc.record({
  contacts: fc.array(record({ name: str, role: fc.constantFrom('teacher', 'parent', 'retired-role'), email: maybe(fc.emailAddress()), archived: fc.boolean(), createdAt: fc.constant('2024-01-01T00:00:00.000Z') }, LISTS.contacts!), { maxLength: 6 }),
  units: fc.array(record({ title: str, subject: str, description: str, start: maybe(fc.constantFrom('2025-09-01', '2025-13-45')), createdAt: fc.constant('x') }, LISTS.units!), { maxLength: 5 }),
  resources: fc.array(record({ title: str, kind: fc.constantFrom('book', 'video', 'zine'), description: str, createdAt: fc.constant('x') }, LISTS.resources!), { maxLength: 5 }),
  interactions: fc.array(record({ kind: fc.constantFrom('check-in', 'meeting'), date: fc.constantFrom('2025-10-01', '2025-10-02'), notes: str, createdAt: fc.constant('x') }, LISTS.interactions!), { maxLength: 5 }),
});

let n = 0;

describe('schema migrations with data', () => {
  it('there is at least one earlier version to migrate from', () => {
    expect(earlier.map((v) => v.version)).toContain(1);
  });

  for (const { version, stores } of earlier) {
    it(`from version ${version} to ${schema.DB_VERSION}: every record kept, every list a list, indexes usable`, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(oldData, async (data) => {
          const name = `migration-fuzz-${++n}-${Math.random().toString(36).slice(2)}`;
          const old = new Dexie(name);
          old.version(version).stores(stores);
          await old.open();
          const ids: Record<string, number[]> = {};
          for (const [table, rows] of Object.entries(data)) ids[table] = (await old.table(table).bulkAdd(rows, { allKeys: true })) as number[];
          await old.table('settings').put({ key: 'main', value: { schoolName: 'Old School' } });
          old.close();

          const db = schema.openDb(name);
          await db.open();
          expect(db.verno).toBe(schema.DB_VERSION);
          for (const [table, rows] of Object.entries(data)) {
            const after = await db.table(table).toArray();
            expect(after).toHaveLength(rows.length);
            for (const [i, before] of rows.entries()) {
              const now = await db.table(table).get(ids[table]![i]!);
              for (const l of LISTS[table]!) expect(Array.isArray(now[l]), `${table}.${l}`).toBe(true);
              // Every field the old record had is still there, lists as they were when they were lists.
              expect(now).toMatchObject(before);
            }
          }
          // The multi-entry indexes of the current version answer on upgraded data.
          const gradeSeven = data.contacts.filter((c) => Array.isArray(c.grades) && (c.grades as unknown[]).includes(7)).length;
          expect(await db.contacts.where('grades').equals(7).count()).toBe(gradeSeven);
          expect((await db.settings.get('main'))?.value.schoolName).toBe('Old School');
          db.close();
          await Dexie.delete(name);
        }),
        { numRuns: 12 },
      );
    });
  }
});
