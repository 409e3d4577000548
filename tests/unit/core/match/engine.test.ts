import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatcher, MatchIndex } from '../../../../src/core/match/engine';
import type { Library, PageContext } from '../../../../src/core/types';
import { contacts, library, NOW, page, resources, units } from './fixture';

const matcher = buildMatcher(library);
const titleOf = (id: number) => units.find((u) => u.id === id)!.title;
const resTitle = (id: number) => resources.find((r) => r.id === id)!.title;
const topUnit = (p: PageContext, now = NOW, m = matcher) => m.match(p, now).units[0]?.unitId;

const foodWebPage = page({
  title: 'Food Web Poster Project',
  courseName: 'Science 7 - Period 3',
  text:
    'Build a food web for the pond ecosystem. Show producers, consumers and decomposers and how energy flows. ' +
    'Standard: MS-LS2-3. Start with the library book Food Webs and Energy Pyramids.',
  people: ['Ms. Rivera'],
});

/** About 600 words of school news that name no unit. */
const filler = Array.from(
  { length: 40 },
  (_, i) =>
    `Reminder ${i}: the spring concert tickets, cafeteria menu changes, bus route updates and picture day forms are in the front office.`,
).join(' ');

describe('silence on pages about nothing in the library', () => {
  it.each([
    ['permission slip', page({ title: 'Field trip permission slip', courseName: 'Homeroom 7', text: 'Please return the signed permission slip by Friday. Bring a lunch and a water bottle. The bus leaves at 8:15.' })],
    ['back to school night', page({ title: 'Back to School Night', text: 'Families are invited to visit classrooms on Thursday evening and sign up for conferences.' })],
    ['school news', page({ kind: 'announcement', title: 'Weekly news', text: filler })],
  ])('%s: no units and no resources', (_, p) => {
    const r = matcher.match(p, NOW);
    expect(r.units).toEqual([]);
    expect(r.resources).toEqual([]);
  });

  it('a teacher, grade and subject alone are not enough', () => {
    const p = page({ title: 'Lab safety quiz', courseName: 'Science 7', text: 'Goggles on at all times. Know where the eyewash station is.', people: ['Ana Rivera'] });
    const r = matcher.match(p, NOW);
    expect(r.units).toEqual([]);
    expect(r.contactIds).toEqual([1]); // she is still named on the page
  });

  it('one shared title word is not enough ("civil" in a page about civil engineering)', () => {
    const p = page({ title: 'Civil engineering: bridges', courseName: 'STEM 8', text: 'Design a bridge from straws and test how much weight it holds.' });
    expect(matcher.match(p, NOW).units).toEqual([]);
  });

  it('sidebar noise: a course list in a long unrelated body does not match', () => {
    const p = page({ kind: 'announcement', title: 'Weekly news', text: `${filler} Other courses: Ecosystem Dynamics; The Civil War; Ancient Egypt.` });
    expect(matcher.match(p, NOW).units).toEqual([]);
  });

  it('reads only the first textCap characters of the text', () => {
    const long = page({ title: 'Reading log', text: `${'x '.repeat(10_000)} Ancient Egypt: pharaohs, pyramids, mummies and hieroglyphics along the Nile` });
    expect(buildMatcher(library).match(long, NOW).units).toEqual([]);
    expect(topUnit(long, NOW, buildMatcher(library, { textCap: 40_000 }))).toBe(9);
  });
});

describe('which unit', () => {
  it('civil war vs civil rights', () => {
    const war = page({ title: 'Civil War letters', courseName: 'US History 8', text: 'Read soldiers’ letters from Gettysburg and the Union army.' });
    const rights = page({ title: 'Civil Rights Movement DBQ', courseName: 'US History 8', text: 'Documents on the Montgomery bus boycott and segregation.' });
    expect(titleOf(topUnit(war)!)).toBe('The Civil War');
    expect(titleOf(topUnit(rights)!)).toBe('The Civil Rights Movement');
    // The phrase decides even when the rest of the page says little.
    expect(titleOf(topUnit(page({ title: 'Civil war', courseName: 'Social Studies 8', text: 'Causes and battles.' }))!)).toBe('The Civil War');
    expect(titleOf(topUnit(page({ title: 'Civil rights', courseName: 'Social Studies 8', text: 'Voting rights and segregation.' }))!)).toBe('The Civil Rights Movement');
  });

  it('the page grade outranks a look-alike unit of another grade', () => {
    const text = 'Draw a food chain: which animals eat plants, and which eat other animals? Label the habitats.';
    expect(topUnit(page({ title: 'Food chains', courseName: 'Grade 2', text }))).toBe(7);
    const r = matcher.match(page({ title: 'Food chains and food webs', courseName: 'Science 7', text: 'Energy flow from producers to consumers in a food web.' }), NOW);
    expect(r.units[0]!.unitId).toBe(1);
    expect(r.units.map((u) => u.unitId)).not.toContain(7);
  });

  it('the unit running now or starting soon outranks the same unit from last year, and the other way round a year earlier', () => {
    expect(topUnit(foodWebPage)).toBe(1);
    expect(topUnit(foodWebPage, new Date(2024, 9, 10, 10))).toBe(8);
  });

  it('matches a Spanish page to a Spanish unit', () => {
    const p = page({ title: 'Cadenas alimentarias', courseName: 'Ciencias 4', text: 'Dibuja una cadena alimentaria con productores y consumidores. Los seres vivos dependen unos de otros.' });
    expect(topUnit(p)).toBe(6);
  });

  it('a standards code alone is enough, and a sibling code counts through its parent', () => {
    const exact = matcher.match(page({ title: 'Practice', courseName: 'Math 7', text: 'Today: 7.RP.A.2' }), NOW);
    expect(exact.units[0]!.unitId).toBe(4);
    expect(exact.units[0]!.evidence).toContainEqual({ kind: 'standard', value: 'CCSS.MATH.CONTENT.7.RP.A.2', weight: 5 });
    const sibling = matcher.match(page({ title: 'Percent problems', courseName: 'Math 7', text: 'Solve the percent problems. 7.RP.A.3' }), NOW);
    expect(sibling.units[0]!.unitId).toBe(4);
    expect(sibling.units[0]!.evidence.find((e) => e.kind === 'standard')?.value).toMatch(/^7\.RP\.A\.3 \(related to /);
  });

  it('a book title and its author on the page point to the unit it is tagged for', () => {
    const p = page({ title: 'Chapter 5 reading response', courseName: 'ELA 6', text: 'After reading chapter 5 of Hatchet by Gary Paulsen, describe how Brian changes.' });
    const r = matcher.match(p, NOW);
    expect(r.units[0]!.unitId).toBe(5);
    expect(r.units[0]!.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['resource-title', 'resource-author']));
    expect(resTitle(r.resources[0]!.resourceId)).toBe('Hatchet');
  });
});

describe('evidence, confidence, resources and contacts', () => {
  const r = matcher.match(foodWebPage, NOW);
  const top = r.units[0]!;

  it('lists the reasons in words a librarian can read', () => {
    expect(top.unitId).toBe(1);
    const has = (kind: string, value: string) => top.evidence.some((e) => e.kind === kind && e.value === value);
    expect(has('keyword', 'food webs')).toBe(true);
    expect(has('standard', 'MS-LS2-3')).toBe(true);
    expect(has('resource-title', 'Food Webs and Energy Pyramids')).toBe(true);
    expect(has('teacher', 'Ana Rivera')).toBe(true);
    expect(has('grade', 'grade 7')).toBe(true);
    expect(has('subject', 'Science')).toBe(true);
    expect(has('dates', 'starts in 5 days')).toBe(true);
    expect(top.evidence.some((e) => e.kind === 'title' && e.value === 'ecosystem')).toBe(true);
    for (const e of top.evidence) expect(e.weight).toBeGreaterThan(0);
  });

  it('orders units by score with confidence in (0, 1]', () => {
    for (const u of r.units) {
      expect(u.confidence).toBeGreaterThan(0);
      expect(u.confidence).toBeLessThanOrEqual(1);
    }
    const scores = r.units.map((u) => u.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(top.confidence).toBeGreaterThan(0.8);
  });

  it('brings the unit’s resources, the one named on the page first', () => {
    expect(resTitle(r.resources[0]!.resourceId)).toBe('Food Webs and Energy Pyramids');
    const ids = r.resources.map((x) => x.resourceId);
    expect(ids).toEqual(expect.arrayContaining([1, 2, 3, 4]));
    expect(r.resources.every((x) => x.via === 'unit')).toBe(true);
  });

  it('names the contacts: people on the page, then teachers of matched units', () => {
    expect(r.contactIds[0]).toBe(1);
    const byEmail = matcher.match({ ...foodWebPage, people: ['ana.rivera@springfield.k12.us'] }, NOW);
    expect(byEmail.contactIds[0]).toBe(1);
    const hale = matcher.match(page({ title: 'Civil War letters', courseName: 'US History 8', text: 'Gettysburg and the Union army. Mr. Hale will collect them.' }), NOW);
    expect(hale.contactIds).toEqual([2]);
    // A last name alone in running text is not a person.
    const brown = matcher.match(page({ title: 'Brown v. Board of Education', courseName: 'Social Studies 8', text: 'Segregation in schools.' }), NOW);
    expect(brown.contactIds).not.toContain(6);
  });

  it('returns a resource that matches the page directly, without a unit, only when strongly matched', () => {
    const water = matcher.match(page({ title: 'Weather journal', text: 'Watch The Water Cycle video and take notes.' }), NOW);
    expect(water.units).toEqual([]);
    expect(water.resources).toEqual([expect.objectContaining({ resourceId: 18, via: 'page' })]);
    const wonder = matcher.match(page({ title: 'Journal prompt', text: 'I wonder what the weekend will bring.' }), NOW);
    expect(wonder.resources).toEqual([]);
  });
});

describe('incremental updates', () => {
  const pages: PageContext[] = [
    foodWebPage,
    page({ title: 'Civil War letters', courseName: 'US History 8', text: 'Read soldiers’ letters from Gettysburg and the Union army.' }),
    page({ title: 'Hatchet chapter 5', courseName: 'ELA 6', text: 'Hatchet by Gary Paulsen: how does Brian change?' }),
    page({ title: 'Cadenas alimentarias', courseName: 'Ciencias 4', text: 'Productores y consumidores del bosque.' }),
    page({ title: 'Percent problems', courseName: 'Math 7', text: 'Solve the percent problems. 7.RP.A.3' }),
    page({ title: 'Frogs', text: 'Frogs and toads of North America: calls and amphibians.' }),
  ];
  const results = (m: MatchIndex) => pages.map((p) => m.match(p, NOW));

  it('add, update and remove give the same results as a full rebuild', () => {
    const m = buildMatcher({ contacts: contacts.slice(0, 3), units: units.slice(0, 4), resources: resources.slice(0, 9) });
    m.match(pages[0]!, NOW); // statistics computed mid-way must not linger
    for (const c of contacts.slice(3)) m.upsertContact(c);
    for (const u of units.slice(4)) m.upsertUnit(u);
    for (const r of resources.slice(9)) m.upsertResource(r);
    const renamed = { ...units[1]!, title: 'The American Civil War', keywords: [...units[1]!.keywords, 'Antietam'] };
    m.upsertUnit(renamed);
    m.removeUnit(3);
    m.removeResource(2);
    const retagged = { ...resources[9]!, unitIds: [5, 1] };
    m.upsertResource(retagged);
    m.removeContact(6);

    const final: Library = {
      contacts: contacts.filter((c) => c.id !== 6),
      units: units.filter((u) => u.id !== 3).map((u) => (u.id === 2 ? renamed : u)),
      resources: resources.filter((r) => r.id !== 2).map((r) => (r.id === 10 ? retagged : r)),
    };
    expect(results(m)).toEqual(results(buildMatcher(final)));
    expect(results(m)[1]!.units[0]!.unitId).toBe(2);
  });

  it('any order of adds and removes ends where a rebuild of what is left does', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...units.map((u) => ({ t: 'u' as const, id: u.id })), ...resources.map((r) => ({ t: 'r' as const, id: r.id }))]),
        fc.array(fc.boolean(), { minLength: units.length + resources.length, maxLength: units.length + resources.length }),
        (order, keep) => {
          const m = buildMatcher({ contacts, units: [], resources: [] });
          const kept: Library = { contacts, units: [], resources: [] };
          order.forEach((op) => {
            if (op.t === 'u') m.upsertUnit(units.find((u) => u.id === op.id)!);
            else m.upsertResource(resources.find((r) => r.id === op.id)!);
          });
          order.forEach((op, i) => {
            if (keep[i]) {
              if (op.t === 'u') kept.units.push(units.find((u) => u.id === op.id)!);
              else kept.resources.push(resources.find((r) => r.id === op.id)!);
            } else if (op.t === 'u') m.removeUnit(op.id);
            else m.removeResource(op.id);
          });
          expect(results(m)).toEqual(results(buildMatcher(kept)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('anchors, variants and library visits', () => {
  it('one short shared word once in the body is not enough; the same word in the title is', () => {
    // "Nile" is a keyword of Ancient Egypt (unit 9): rare in the library, but short and common in English.
    const body = page({ title: 'Field day teams', courseName: 'Grade 6', text: 'The Nile team meets by the gym doors at noon with water bottles and hats.' });
    expect(matcher.match(body, NOW).units).toEqual([]);
    const title = page({ title: 'The Nile: mapping the river', courseName: 'Social Studies 6', text: 'Label the delta, the cataracts and three cities on your map.' });
    expect(topUnit(title)).toBe(9);
  });

  it('a variant the stemmer leaves apart still counts (Confederate ~ Confederacy)', () => {
    const p = page({ title: 'Confederate soldiers', courseName: 'US History 8', text: 'Read letters from Union and Confederate soldiers.' });
    const r = matcher.match(p, NOW);
    expect(r.units[0]?.unitId).toBe(2);
    const variant = r.units[0]!.evidence.find((e) => e.value === 'confederacy');
    expect(variant?.kind).toBe('keyword');
    // Discounted against an exact match of the same keyword.
    const exact = matcher.match({ ...p, title: 'Confederacy soldiers' }, NOW).units[0]!.evidence.find((e) => e.value === 'confederacy');
    expect(variant!.weight).toBeLessThan(exact!.weight);
  });

  it('a page booking the library for a named teacher points to that teacher’s current unit', () => {
    const visit = page({ site: 'google-calendar', kind: 'calendar-event', title: 'Library - Hale P4', text: 'Room: Library', dates: ['2025-10-08'] });
    const r = matcher.match(visit, NOW);
    expect(r.units.map((u) => u.unitId)).toEqual([2]);
    expect(r.units[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'teacher', value: 'Marcus Hale' }));
    // Not for a classroom library, nor without a named teacher.
    const classroom = page({ title: 'Supplies', courseName: 'US History 8 - Hale', text: 'Return books to the classroom library.' });
    expect(matcher.match(classroom, NOW).units).toEqual([]);
    expect(matcher.match({ ...visit, title: 'Library - P4' }, NOW).units).toEqual([]);
  });

  it('names teachers from the course name ("Science 7 - Rivera")', () => {
    const r = matcher.match(page({ title: 'Quiz', courseName: 'Science 7 - Rivera', text: 'Ten questions.' }), NOW);
    expect(r.contactIds).toEqual([1]);
  });

  it('brings a resource matching the page directly by its title words', () => {
    const r = matcher.match(page({ title: 'Frogs and toads', text: 'Listen to frog and toad calls of North America and sort them.' }), NOW);
    expect(r.units).toEqual([]);
    expect(r.resources.map((x) => resTitle(x.resourceId))).toEqual(['Frogs and Toads of North America']);
  });
});
