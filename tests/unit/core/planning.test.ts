import { describe, expect, it } from 'vitest';
import { emptyPlan, PLAN_TEXT_MAX, sortTimeline, validatePlan } from '../../../src/core/planning';
import type { CollaborationPlan, Contact, Resource, Stored, Unit } from '../../../src/core/types';

const CREATED = '2026-08-01T00:00:00.000Z';
const NOW = new Date('2026-11-23T10:00:00.000Z');
const WORDS = { librarian: 'Librarian', planningMeeting: 'Planning meeting', unitStarts: 'Unit starts', unitEnds: 'Unit ends' };
const teacher = (id: number, name: string): Stored<Contact> => ({ id, name, role: 'teacher', subjects: [], grades: [], archived: false, createdAt: CREATED });
const resource = (id: number, title: string, unitIds: number[], archived = false): Stored<Resource> => ({
  id,
  title,
  kind: 'book',
  subjects: [],
  grades: [],
  keywords: [],
  description: '',
  unitIds,
  archived,
  createdAt: CREATED,
});
const unit: Stored<Unit> = {
  id: 7,
  title: 'Ecosystem Dynamics',
  subject: 'Science',
  grades: [7],
  start: '2026-03-02',
  end: '2026-03-20',
  teacherIds: [1, 2, 99],
  keywords: ['food webs'],
  standards: ['MS-LS2-3', 'MS-LS2-4'],
  description: '',
  createdAt: CREATED,
};

describe('emptyPlan', () => {
  it('prefills standards, tagged resources, the teachers plus the librarian, and the unit’s dates', () => {
    const plan = emptyPlan(unit, {
      teachers: [teacher(1, 'Ana Rivera'), teacher(2, 'Ben Okafor')],
      resources: [resource(10, 'Pond Life', [7]), resource(11, 'Lost', [7], true), resource(12, 'Other unit', [8])],
      words: WORDS,
      now: NOW,
    });
    expect(plan.standards).toEqual(['MS-LS2-3', 'MS-LS2-4']);
    expect(plan.standards).not.toBe(unit.standards);
    expect(plan.resourceIds).toEqual([10]);
    // Teacher 99 was deleted: no row for a person who no longer exists.
    expect(plan.roles).toEqual([
      { contactId: 1, who: 'Ana Rivera', task: '' },
      { contactId: 2, who: 'Ben Okafor', task: '' },
      { who: 'Librarian', task: '' },
    ]);
    expect(plan.timeline).toEqual([
      { date: '2026-02-16', step: 'Planning meeting' },
      { date: '2026-03-02', step: 'Unit starts' },
      { date: '2026-03-20', step: 'Unit ends' },
    ]);
    expect(plan.updatedAt).toBe(NOW.toISOString());
  });

  it('leaves the timeline empty for an undated unit', () => {
    const plan = emptyPlan({ ...unit, start: undefined, end: undefined, teacherIds: [] }, { teachers: [], resources: [], words: WORDS, now: NOW });
    expect(plan.timeline).toEqual([]);
    expect(plan.roles).toEqual([{ who: 'Librarian', task: '' }]);
  });
});

const base = (over: Partial<CollaborationPlan> = {}): CollaborationPlan => ({
  goals: '',
  standards: [],
  resourceIds: [],
  roles: [],
  timeline: [],
  assessment: '',
  reflection: '',
  updatedAt: 'old',
  ...over,
});
const ctx = { resourceIds: new Set([10, 11]), updatedAt: NOW.toISOString() };

describe('validatePlan', () => {
  it('tidies: trims, drops blank rows and duplicate standards, sorts the timeline, stamps updatedAt', () => {
    const out = validatePlan(
      base({
        goals: '  Students build a food web.  ',
        standards: ['MS-LS2-3', ' MS-LS2-3 ', '', 'RST.6-8.7'],
        resourceIds: [10, 10, 11],
        roles: [
          { contactId: 1, who: ' Ana ', task: ' Science content ' },
          { who: '', task: '' },
          { who: 'Librarian', task: 'Research skills' },
        ],
        timeline: [
          { step: 'Reflect together' },
          { date: '2026-03-20', step: 'Presentations' },
          { date: '', step: '' },
          { date: '2026-02-16', step: 'Plan' },
        ],
      }),
      ctx,
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.plan.goals).toBe('Students build a food web.');
    expect(out.plan.standards).toEqual(['MS-LS2-3', 'RST.6-8.7']);
    expect(out.plan.resourceIds).toEqual([10, 11]);
    expect(out.plan.roles).toEqual([
      { contactId: 1, who: 'Ana', task: 'Science content' },
      { who: 'Librarian', task: 'Research skills' },
    ]);
    expect(out.plan.timeline).toEqual([
      { date: '2026-02-16', step: 'Plan' },
      { date: '2026-03-20', step: 'Presentations' },
      { step: 'Reflect together' },
    ]);
    expect(out.plan.updatedAt).toBe(NOW.toISOString());
  });

  it('reports every problem at once, by field and row', () => {
    const out = validatePlan(
      base({
        reflection: 'x'.repeat(PLAN_TEXT_MAX + 1),
        standards: ['y'.repeat(200)],
        resourceIds: [10, 404],
        roles: [{ who: '', task: 'Teach the lesson' }],
        timeline: [
          { date: '2026-02-30', step: 'Impossible day' },
          { date: '2026-03-01', step: '  ' },
        ],
      }),
      ctx,
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems).toEqual([
      { field: 'reflection', code: 'too-long', max: PLAN_TEXT_MAX },
      { field: 'standards', code: 'too-long', max: 80, index: 0 },
      { field: 'resources', code: 'unknown', index: 1 },
      { field: 'roles', code: 'missing-who', index: 0 },
      { field: 'timeline', code: 'bad-date', index: 0 },
      { field: 'timeline', code: 'missing-step', index: 1 },
    ]);
  });

  it('keeps pasted HTML as text', () => {
    const out = validatePlan(base({ goals: '<b>bold</b><script>x()</script>' }), ctx);
    expect(out.ok && out.plan.goals).toBe('<b>bold</b><script>x()</script>');
  });
});

describe('sortTimeline', () => {
  it('is stable for equal dates and keeps undated steps in their order', () => {
    expect(
      sortTimeline([{ step: 'u1' }, { date: '2026-01-02', step: 'b' }, { date: '2026-01-01', step: 'a1' }, { step: 'u2' }, { date: '2026-01-01', step: 'a2' }]).map((s) => s.step),
    ).toEqual(['a1', 'a2', 'b', 'u1', 'u2']);
  });
});
