import { describe, expect, it } from 'vitest';
import { isValid, parseISO } from 'date-fns';
import { PAGE_KINDS } from '../../../src/core/types';
import { buildSampleSchool } from '../../../src/sample/school';
import { cases, evalNow } from '../../eval/cases';

const school = buildSampleSchool(evalNow);
const unitByTitle = new Map(school.units.map((u) => [u.title, u]));
const resourceByTitle = new Map(school.resources.map((r) => [r.title, r]));
const positives = cases.filter((c) => c.expectUnit !== null);
const decoys = cases.filter((c) => c.expectUnit === null);
const SITES = ['canvas', 'classroom', 'schoology', 'moodle', 'brightspace', 'blackboard', 'google-calendar', 'outlook', 'generic'];
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const pageText = (c: (typeof cases)[number]) => `${c.page.title}\n${c.page.text}`.toLowerCase();

describe('evaluation cases', () => {
  it('has at least 70 cases with unique ids and at least 20 decoys', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(decoys.length).toBeGreaterThanOrEqual(20);
  });

  it('labels every positive case with a unit title of the sample school', () => {
    for (const c of positives) expect(unitByTitle.has(c.expectUnit!), `${c.id}: ${c.expectUnit}`).toBe(true);
  });

  it('names only resources that exist and are tagged for the expected unit', () => {
    for (const c of cases) {
      for (const title of c.expectResources ?? []) {
        const r = resourceByTitle.get(title);
        expect(r, `${c.id}: ${title}`).toBeDefined();
        expect(r!.unitIds, `${c.id}: ${title}`).toContain(unitByTitle.get(c.expectUnit!)!.id);
      }
    }
    for (const c of decoys) expect(c.expectResources, c.id).toBeUndefined();
    expect(positives.filter((c) => c.expectResources?.length).length).toBeGreaterThanOrEqual(40);
  });

  it('covers every unit of the sample school at least once', () => {
    const covered = new Set(positives.map((c) => c.expectUnit));
    for (const u of school.units) expect(covered.has(u.title), u.title).toBe(true);
  });

  it('builds well-formed page contexts', () => {
    for (const c of cases) {
      const p = c.page;
      expect(SITES, c.id).toContain(p.site);
      expect(PAGE_KINDS, c.id).toContain(p.kind);
      expect(() => new URL(p.url), c.id).not.toThrow();
      expect(p.title.length, c.id).toBeGreaterThan(0);
      expect(p.text.length, c.id).toBeGreaterThan(0);
      for (const d of p.dates) {
        expect(d, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(isValid(parseISO(d)), `${c.id}: ${d}`).toBe(true);
      }
      expect(Array.isArray(p.people), c.id).toBe(true);
    }
    expect(new Set(cases.map((c) => c.page.url)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.page.site)).size).toBe(SITES.length);
  });

  it('writes pages the way teachers do: rarely the unit title, never the whole keyword list', () => {
    const withTitle = positives.filter((c) => pageText(c).includes(c.expectUnit!.toLowerCase()));
    expect(withTitle.length).toBeLessThanOrEqual(positives.length * 0.1);
    for (const c of positives) {
      const kws = unitByTitle.get(c.expectUnit!)!.keywords;
      const found = kws.filter((k) => pageText(c).includes(k.toLowerCase()));
      expect(found.length, `${c.id} copies keywords: ${found.join(', ')}`).toBeLessThanOrEqual(Math.ceil(kws.length / 2));
    }
  });

  it('includes the promised traps', () => {
    const byId = new Map(cases.map((c) => [c.id, c]));
    const long = byId.get('eco7-long-newsletter')!;
    expect(words(long.page.text)).toBeGreaterThanOrEqual(2000);
    // The topic is buried: not in the first or last tenth of the page.
    const at = long.page.text.indexOf("Miller's Pond");
    expect(at).toBeGreaterThan(long.page.text.length * 0.1);
    expect(at).toBeLessThan(long.page.text.length * 0.9);

    const standardsOnly = byId.get('eco7-standards-only')!.page;
    expect(standardsOnly.text).toMatch(/MS-LS2-3/);
    expect(standardsOnly.people).toEqual([]);

    expect(byId.get('water4-spanish-ciclo-del-agua')!.page.text).toMatch(/ciclo del agua/);
    // Same topic at two grades, told apart by the course name.
    expect(byId.get('water4-where-rain-comes-from')!.expectUnit).not.toBe(byId.get('weather7-water-cycle-review')!.expectUnit);
    expect(byId.get('eco5-food-chain-posters')!.expectUnit).not.toBe(byId.get('eco7-canvas-food-web-project')!.expectUnit);
    // Civil War vs Civil Rights, each with the other's words on the page.
    expect(byId.get('civilwar-reconstruction-amendments')!.page.text.toLowerCase()).toContain('civil rights');
    expect(byId.get('civilrights-sidebar-civil-war')!.page.text).toContain('Civil War');
    const teacherOnly = cases.filter((c) => c.id.startsWith('teacher-only-'));
    expect(teacherOnly.length).toBeGreaterThanOrEqual(2);
    for (const c of teacherOnly) expect(c.page.people.length, c.id).toBeGreaterThan(0);
  });

  it('fixes evalNow on a school day of the sample year', () => {
    expect(evalNow.getFullYear()).toBe(2025);
    expect([0, 6]).not.toContain(evalNow.getDay());
    const eco = unitByTitle.get('Ecosystem Dynamics')!;
    expect(eco.start).toBe('2025-11-10');
  });
});
