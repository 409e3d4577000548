/**
 * Benchmark of the principal's report: building a whole school year with
 * 20,000 log entries and rendering it (ReportView, three SVG charts) into a
 * happy-dom document, budget 300 ms at p95. A second row checks the build at
 * the 50,000 entries the report must handle. Data come from a fixed seed.
 */
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { buildReport, periodFor } from '../../src/core/report';
import { DEFAULT_SETTINGS, INTERACTION_KINDS, type Contact, type Interaction, type Resource, type Settings, type Stored, type Unit } from '../../src/core/types';
import { ReportView } from '../../src/ui/report/ReportView';
import { measure as measureRuns, p95Row, type BenchRow } from './types';

const RUNS = 20;
const WARMUP = 3;
const BUDGET_MS = 300;

export async function benchReport(): Promise<BenchRow[]> {
  const now = new Date(2026, 5, 20, 9); // after the school year below
  const year = dataset(20_000);
  const period = periodFor('school-year', year.settings, now);

  const window = new Window();
  const document = window.document;
  const withRender = measure(() => {
    const report = buildReport({ ...year, period, now });
    const container = document.createElement('div');
    document.body.appendChild(container);
    render(h(ReportView, { report, schoolName: year.settings.schoolName }), container as unknown as Element);
    render(null, container as unknown as Element);
    container.remove();
  });
  await window.happyDOM.close();

  const big = dataset(50_000);
  const buildOnly = measure(() => buildReport({ ...big, period, now }));

  return [
    row('report: buildReport + render ReportView (school year, 20,000 entries)', withRender),
    row('report: buildReport alone (school year, 50,000 entries)', buildOnly),
  ];
}



const SUBJECTS = ['Science', 'Math', 'ELA', 'Social Studies', 'Art', 'Music', 'PE', 'Spanish', 'Technology', 'Health'];

/**
 * A K-8 school over the 2025–26 school year: 40 teachers, 10 partners, 60
 * units, 600 resources and `entryCount` log entries, some without contacts or
 * units and some naming deleted contacts, as real logs do. One entry in 400 is
 * a highlight (50 in the year, about one a school week and more than a
 * principal would read).
 */
function dataset(entryCount: number) {
  let seed = 20260620;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (n: number) => Math.floor(rnd() * n);
  const created = '2025-08-01T12:00:00.000Z';

  const contacts: Stored<Contact>[] = Array.from({ length: 50 }, (_, i) => ({
    id: i + 1,
    name: `Contact ${i + 1}`,
    role: i < 40 ? 'teacher' : i < 45 ? 'community-partner' : 'public-librarian',
    subjects: i < 40 ? [SUBJECTS[i % SUBJECTS.length]!] : [],
    grades: i < 40 ? [i % 9] : [],
    archived: i % 17 === 0,
    createdAt: created,
  }));
  const units: Stored<Unit>[] = Array.from({ length: 60 }, (_, i) => ({
    id: i + 1,
    title: `Unit ${i + 1}`,
    subject: SUBJECTS[pick(SUBJECTS.length)]!,
    grades: [pick(9)],
    teacherIds: [1 + pick(40)],
    keywords: [],
    standards: [],
    description: '',
    createdAt: created,
  }));
  const resources: Stored<Resource>[] = Array.from({ length: 600 }, (_, i) => ({
    id: i + 1,
    title: `Resource ${i + 1}`,
    kind: 'book',
    subjects: [],
    grades: [],
    keywords: [],
    description: '',
    unitIds: [1 + pick(60)],
    createdAt: created,
  }));
  const firstDay = Date.UTC(2025, 7, 25);
  const interactions: Interaction[] = Array.from({ length: entryCount }, (_, i) => {
    const date = new Date(firstDay + pick(290) * 86_400_000).toISOString().slice(0, 10);
    const kind = INTERACTION_KINDS[pick(INTERACTION_KINDS.length)]!;
    const r = rnd();
    return {
      id: i + 1,
      kind,
      date,
      // 5% without contacts, 1% naming a deleted contact (id 999).
      contactIds: r < 0.05 ? [] : r < 0.06 ? [999] : [1 + pick(50)],
      notes: `Entry ${i + 1}`,
      createdAt: created,
      ...(rnd() < 0.6 ? { unitId: 1 + pick(60) } : {}),
      ...(kind === 'co-taught-lesson' || kind === 'event' ? { classes: 1 + pick(3), students: 20 + pick(60) } : {}),
      ...(rnd() < 0.0025 ? { highlight: true } : {}),
    };
  });
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    schoolName: 'Bench Middle School',
    schoolYear: {
      start: '2025-08-25',
      end: '2026-06-12',
      breaks: [
        { name: 'Winter break', start: '2025-12-22', end: '2026-01-02' },
        { name: 'Spring break', start: '2026-03-30', end: '2026-04-03' },
      ],
    },
  };
  return { contacts, units, resources, interactions, settings };
}

const row = (name: string, t: { p50: number; p95: number }) => p95Row(name, t, BUDGET_MS, RUNS);
const measure = (fn: () => void) => measureRuns(fn, RUNS, WARMUP);
