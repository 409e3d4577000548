/**
 * A small hand-written library for the matcher's unit tests: a K-8 school with
 * look-alike units on purpose (two ecosystem units for different grades, a
 * past and a current one, the Civil War and Civil Rights), a Spanish
 * dual-language unit, and resources with one-word and multi-word titles.
 */
import type { Contact, Library, PageContext, Resource, Stored, Unit } from '../../../../src/core/types';

const createdAt = '2025-08-01T12:00:00.000Z';

function contact(id: number, name: string, subjects: string[], grades: number[], email?: string): Stored<Contact> {
  return { id, name, role: 'teacher', email, subjects, grades, archived: false, createdAt };
}

function unit(id: number, u: Omit<Unit, 'id' | 'createdAt'>): Stored<Unit> {
  return { id, createdAt, ...u };
}

function resource(id: number, r: Omit<Resource, 'id' | 'createdAt' | 'subjects' | 'grades' | 'keywords'> & Partial<Resource>): Stored<Resource> {
  return { id, createdAt, subjects: [], grades: [], keywords: [], ...r };
}

export const NOW = new Date(2025, 9, 6, 10, 0); // Monday 6 October 2025, local time

export const contacts: Stored<Contact>[] = [
  contact(1, 'Ana Rivera', ['Science'], [7], 'ana.rivera@springfield.k12.us'),
  contact(2, 'Marcus Hale', ['Social Studies'], [8]),
  contact(3, 'Priya Nair', ['Math'], [7]),
  contact(4, 'Jordan Lee', ['ELA'], [6]),
  contact(5, 'Sofía Martínez', ['Ciencias'], [4]),
  contact(6, 'Tom Brown', ['Science'], [2]),
];

export const units: Stored<Unit>[] = [
  unit(1, {
    title: 'Ecosystem Dynamics',
    subject: 'Science',
    grades: [7],
    start: '2025-10-11',
    end: '2025-11-07',
    teacherIds: [1],
    keywords: ['food webs', 'energy flow', 'producers', 'consumers', 'decomposers', 'biomes'],
    standards: ['MS-LS2-3', 'MS-LS2-1'],
    description:
      'Students model how matter and energy move through an ecosystem, build food webs from field data and explain how populations respond when resources change.',
  }),
  unit(2, {
    title: 'The Civil War',
    subject: 'Social Studies',
    grades: [8],
    start: '2025-09-22',
    end: '2025-10-31',
    teacherIds: [2],
    keywords: ['Union', 'Confederacy', 'Gettysburg', 'slavery', 'Reconstruction', 'Abraham Lincoln'],
    standards: ['D2.His.1.6-8', 'CCSS.ELA-LITERACY.RH.6-8.2'],
    description: 'Causes, battles and consequences of the war between the states, read through primary sources and soldiers’ letters.',
  }),
  unit(3, {
    title: 'The Civil Rights Movement',
    subject: 'Social Studies',
    grades: [8],
    start: '2026-02-02',
    end: '2026-03-06',
    teacherIds: [2],
    keywords: ['Montgomery bus boycott', 'Martin Luther King Jr.', 'segregation', 'Brown v. Board of Education', 'March on Washington'],
    standards: ['D2.His.3.6-8'],
    description: 'How ordinary people organised to end segregation and win voting rights in the 1950s and 1960s.',
  }),
  unit(4, {
    title: 'Ratios and Proportional Relationships',
    subject: 'Math',
    grades: [7],
    start: '2025-09-15',
    end: '2025-10-17',
    teacherIds: [3],
    keywords: ['ratios', 'unit rates', 'proportions', 'percent', 'scale drawings'],
    standards: ['CCSS.MATH.CONTENT.7.RP.A.2', '7.RP.A.1'],
    description: 'Compute unit rates, recognise proportional relationships in tables and graphs, and solve percent problems.',
  }),
  unit(5, {
    title: 'Survival Stories',
    subject: 'ELA',
    grades: [6],
    start: '2025-10-01',
    end: '2025-11-14',
    teacherIds: [4],
    keywords: ['survival', 'wilderness', 'novel study', 'theme', 'character'],
    standards: ['CCSS.ELA-LITERACY.RL.6.2', 'RL.6.3'],
    description: 'A novel study of survival fiction: how characters change under pressure and what the story says about resilience.',
  }),
  unit(6, {
    title: 'Ecosistemas y cadenas alimentarias',
    subject: 'Ciencias',
    grades: [4],
    start: '2025-10-06',
    end: '2025-10-31',
    teacherIds: [5],
    keywords: ['cadenas alimentarias', 'productores', 'consumidores', 'hábitat'],
    standards: ['4-LS1-1'],
    description: 'Los estudiantes investigan cómo los seres vivos de un ecosistema dependen unos de otros y dibujan cadenas alimentarias.',
  }),
  unit(7, {
    title: 'Food Chains',
    subject: 'Science',
    grades: [2],
    start: '2025-10-06',
    end: '2025-10-24',
    teacherIds: [6],
    keywords: ['food chains', 'animals', 'plants', 'habitats'],
    standards: ['2-LS4-1'],
    description: 'What animals eat: simple food chains in the schoolyard and the pond.',
  }),
  unit(8, {
    title: 'Ecosystem Dynamics',
    subject: 'Science',
    grades: [7],
    start: '2024-10-07',
    end: '2024-11-01',
    teacherIds: [1],
    keywords: ['food webs', 'energy flow', 'producers', 'consumers', 'decomposers'],
    standards: ['MS-LS2-3'],
    description: 'Last year’s run of the ecosystem unit: food webs and energy flow in local ecosystems.',
  }),
  unit(9, {
    title: 'Ancient Egypt',
    subject: 'Social Studies',
    grades: [6],
    start: '2025-11-03',
    end: '2025-12-12',
    teacherIds: [],
    keywords: ['pharaohs', 'pyramids', 'Nile', 'hieroglyphics', 'mummies'],
    standards: [],
    description: 'Daily life, religion and government along the Nile.',
  }),
];

export const resources: Stored<Resource>[] = [
  resource(1, { title: 'Food Webs and Energy Pyramids', kind: 'book', author: 'Bobbie Kalman', unitIds: [1, 8], keywords: ['food webs'], description: 'How energy passes from producers to consumers.' }),
  resource(2, { title: 'Biomes of the World', kind: 'database', unitIds: [1], description: 'Encyclopedia database of biomes, climate and wildlife.' }),
  resource(3, { title: 'Ecosystems in Action', kind: 'video', unitIds: [1], description: 'Short videos on predators, prey and decomposers.' }),
  resource(4, { title: 'Who Eats What? Food Chains and Food Webs', kind: 'book', author: 'Patricia Lauber', unitIds: [1, 7], description: 'Picture book on food chains.' }),
  resource(5, { title: 'Gettysburg: The Graphic Novel', kind: 'book', author: 'C. M. Butzer', unitIds: [2], description: 'The battle and the address in comic form.' }),
  resource(6, { title: 'Bull Run', kind: 'book', author: 'Paul Fleischman', unitIds: [2], description: 'Sixteen voices from the first battle of the Civil War.' }),
  resource(7, { title: 'Civil War Primary Sources', kind: 'database', unitIds: [2], description: 'Letters, diaries and photographs, 1861-1865.' }),
  resource(8, { title: 'March: Book One', kind: 'book', author: 'John Lewis', unitIds: [3], description: 'Graphic memoir of the civil rights movement.' }),
  resource(9, { title: 'The Watsons Go to Birmingham', kind: 'book', author: 'Christopher Paul Curtis', unitIds: [3], description: 'A family trip south in 1963.' }),
  resource(10, { title: 'Hatchet', kind: 'book', author: 'Gary Paulsen', unitIds: [5], description: 'Brian survives alone in the Canadian wilderness after a plane crash.' }),
  resource(11, { title: 'Island of the Blue Dolphins', kind: 'book', author: "Scott O'Dell", unitIds: [5], description: 'A girl survives alone on an island for years.' }),
  resource(12, { title: 'Wonder', kind: 'book', author: 'R. J. Palacio', unitIds: [], description: 'A boy with a facial difference starts middle school.' }),
  resource(13, { title: 'Khan Academy: Ratios and rates', kind: 'website', url: 'https://www.khanacademy.org', unitIds: [4], description: 'Practice on unit rates and ratio tables.' }),
  resource(14, { title: 'Scale Drawings Lesson Kit', kind: 'kit', unitIds: [4], description: 'Maps and floor plans for proportional reasoning.' }),
  resource(15, { title: 'Cadenas alimentarias del bosque', kind: 'book', author: 'Ana Belén Ruiz', unitIds: [6], description: 'Libro ilustrado sobre productores, consumidores y descomponedores.' }),
  resource(16, { title: 'Mummies Made in Egypt', kind: 'book', author: 'Aliki', unitIds: [9], description: 'How and why the Egyptians made mummies.' }),
  resource(17, { title: 'Frogs and Toads of North America', kind: 'book', author: 'Lang Elliott', unitIds: [], keywords: ['frogs', 'toads', 'amphibians'], description: 'Field guide to frog and toad calls.' }),
  resource(18, { title: 'The Water Cycle', kind: 'video', unitIds: [], description: 'Evaporation, condensation and precipitation.' }),
];

export const library: Library = { contacts, units, resources };

/** A page with defaults, so each test states only what matters to it. */
export function page(p: Partial<PageContext>): PageContext {
  return { site: 'canvas', kind: 'assignment', url: 'https://springfield.instructure.com/courses/1/assignments/1', title: '', text: '', dates: [], people: [], ...p };
}
