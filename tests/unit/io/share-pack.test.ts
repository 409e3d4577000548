import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeSharePack, parseSharePack, planSharePack, SHARE_PACK_FORMAT } from '../../../src/io/share-pack';
import { RESOURCE_KINDS, type Resource, type Stored, type Unit } from '../../../src/core/types';

const NOW = new Date('2026-11-23T10:00:00Z');
const CREATED = '2026-11-01T10:00:00.000Z';
const unit = (id: number, title: string, extra: Partial<Unit> = {}): Stored<Unit> => ({
  id,
  title,
  subject: 'Science',
  grades: [7],
  start: '2026-12-01',
  end: '2027-01-15',
  teacherIds: [4, 5],
  keywords: ['food webs'],
  standards: ['MS-LS2-3'],
  description: 'Energy flow',
  createdAt: CREATED,
  plan: { goals: 'g', standards: [], resourceIds: [], roles: [{ contactId: 4, who: 'Ms Lopez', task: 'teach' }], timeline: [], assessment: '', reflection: '', updatedAt: CREATED },
  ...extra,
});
const res = (id: number, title: string, unitIds: number[], extra: Partial<Resource> = {}): Stored<Resource> => ({
  id,
  title,
  kind: 'book',
  author: 'Jane Doe',
  subjects: ['Science'],
  grades: [7],
  keywords: [],
  description: '',
  unitIds,
  createdAt: CREATED,
  ...extra,
});

describe('making a share pack', () => {
  it('holds the chosen units and their live resources, and nothing about people, dates or plans', () => {
    const pack = makeSharePack([unit(1, 'Ecosystem Dynamics')], [res(10, 'Food Webs', [1, 2]), res(11, 'Other', [2]), res(12, 'Withdrawn', [1], { archived: true })], NOW);
    expect(pack.units).toEqual([{ key: 'u1', title: 'Ecosystem Dynamics', subject: 'Science', grades: [7], keywords: ['food webs'], standards: ['MS-LS2-3'], description: 'Energy flow' }]);
    expect(pack.resources.map((r) => [r.title, r.units])).toEqual([['Food Webs', ['u1']]]);
    const text = JSON.stringify(pack);
    for (const word of ['teacherIds', 'plan', 'Lopez', 'start', 'contact', 'createdAt', '"id"']) expect(text).not.toContain(word);
  });
});

describe('reading a share pack', () => {
  const good = JSON.stringify(makeSharePack([unit(1, 'A')], [res(2, 'B', [1])], NOW));
  it('reads its own output', () => {
    expect(parseSharePack(good)).toMatchObject({ ok: true });
  });
  it.each([
    ['not JSON', good.slice(0, 40), /not readable JSON/],
    ['a backup', JSON.stringify({ format: 'library-liaison-backup' }), /not a Library Liaison share pack/],
    ['a newer version', good.replace('"version":1', '"version":2'), /newer version/],
    ['a bad kind', good.replace('"kind":"book"', '"kind":"scroll"'), /resources #1 kind/],
    ['an unknown unit key', good.replace('"units":["u1"]', '"units":["u9"]'), /"u9"/],
    ['an untitled unit', good.replace('"title":"A"', '"title":"  "'), /no title/],
  ])('refuses %s with a reason', (_what, text, reason) => {
    const r = parseSharePack(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });
});

describe('planning a merge', () => {
  it('matches units by title and standards, resources by title, author and URL', () => {
    const pack = makeSharePack([unit(1, 'Ecosystem Dynamics'), unit(2, 'Poetry', { standards: ['RL.7.4'] }), unit(3, 'New One')], [res(10, 'Food Webs', [1]), res(11, 'Food Webs', [2], { author: 'Someone Else' }), res(12, 'Site', [3], { url: 'https://Example.org/x/' })], NOW);
    const plan = planSharePack(
      pack,
      [
        { id: 7, title: 'ECOSYSTEM DYNAMICS', standards: ['ms-ls2-3'] },
        { id: 8, title: 'Poetry', standards: [] },
      ],
      [
        { id: 20, title: 'food webs', author: 'jane doe' },
        { id: 21, title: 'Site', author: 'Jane Doe', url: 'https://example.org/x' },
      ],
    );
    expect(plan.units.map((u) => u.existingId)).toEqual([7, undefined, undefined]);
    expect(plan.resources.map((r) => r.existingId)).toEqual([20, undefined, 21]);
    expect([plan.newUnits, plan.existingUnits, plan.newResources]).toEqual([2, 1, 1]);
  });
});

const arbUnit = fc.record({
  title: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
  subject: fc.string({ maxLength: 10 }),
  grades: fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }),
  keywords: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  standards: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}\.[0-9]$/), { maxLength: 3 }),
  description: fc.string({ maxLength: 20 }),
});
const arbResource = fc.record({
  title: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
  kind: fc.constantFrom(...RESOURCE_KINDS),
  url: fc.option(fc.webUrl(), { nil: undefined }),
  author: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  callNumber: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
  subjects: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
  grades: fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }),
  keywords: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
  description: fc.string({ maxLength: 20 }),
  pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
});

describe('property: make → JSON → parse loses nothing that is shared', () => {
  it('units and resources come back field for field, with their links', () => {
    fc.assert(
      fc.property(fc.array(arbUnit, { minLength: 1, maxLength: 5 }), fc.array(arbResource, { maxLength: 8 }), (us, rs) => {
        const units = us.map((u, i) => ({ ...u, id: i + 1, teacherIds: [99], createdAt: CREATED }));
        const resources = rs.map(({ pick, ...r }, i) => ({ ...r, id: i + 1, unitIds: [...new Set(pick.map((p) => (p % units.length) + 1))], createdAt: CREATED }));
        const pack = makeSharePack(units, resources, NOW);
        const back = parseSharePack(JSON.stringify(pack));
        if (!back.ok) throw new Error(back.error);
        expect(back.pack.format).toBe(SHARE_PACK_FORMAT);
        expect(back.pack.units.map(({ key: _k, ...u }) => u)).toEqual(us);
        const keyToTitle = new Map(back.pack.units.map((u) => [u.key, u.title]));
        expect(back.pack.resources.map(({ units: ks, ...r }) => ({ ...r, titles: ks.map((k) => keyToTitle.get(k)) }))).toEqual(
          resources.map(({ id: _i, unitIds, createdAt: _c, ...r }) => ({
            ...Object.fromEntries(Object.entries(r).filter(([, x]) => x !== undefined)),
            titles: unitIds.map((u) => units[u - 1]!.title),
          })),
        );
      }),
    );
  });
});
