/**
 * The collaboration planning sheet for a co-taught unit: a blank sheet prefilled
 * from the unit, and the check that turns what the form holds into a plan worth
 * storing. Pure: the caller gives the clock and the words that depend on language.
 */
import { addDaysIso, isValidIsoDate } from './dates';
import type { CollaborationPlan, Contact, IsoDateTime, Resource, Stored, Unit } from './types';

/** Longest free text kept in one field of the sheet (goals, assessment, reflection, a task, a step). */
export const PLAN_TEXT_MAX = 5_000;
/** Longest standards code kept (the longest real codes are about 40 characters). */
export const STANDARD_MAX = 80;
/** Days before a unit starts when the prefilled planning meeting is set. */
export const PLANNING_LEAD_DAYS = 14;

/** Words the prefilled sheet needs, in the librarian's language. */
export interface PlanWords {
  librarian: string;
  planningMeeting: string;
  unitStarts: string;
  unitEnds: string;
}

/**
 * A blank sheet for a unit: its standards, its tagged (not archived) resources,
 * one row per teacher plus the librarian, and the unit's dates as timeline steps
 * (a planning meeting two weeks before it starts).
 */
export function emptyPlan(
  unit: Unit,
  ctx: { teachers: readonly Stored<Contact>[]; resources: readonly Stored<Resource>[]; words: PlanWords; now: Date },
): CollaborationPlan {
  const names = new Map(ctx.teachers.map((c) => [c.id, c.name]));
  const roles: CollaborationPlan['roles'] = unit.teacherIds
    .filter((id) => names.has(id))
    .map((id) => ({ contactId: id, who: names.get(id)!, task: '' }));
  roles.push({ who: ctx.words.librarian, task: '' });
  const timeline: CollaborationPlan['timeline'] = [];
  if (unit.start) {
    timeline.push({ date: addDaysIso(unit.start, -PLANNING_LEAD_DAYS), step: ctx.words.planningMeeting });
    timeline.push({ date: unit.start, step: ctx.words.unitStarts });
  }
  if (unit.end) timeline.push({ date: unit.end, step: ctx.words.unitEnds });
  return {
    goals: '',
    standards: [...unit.standards],
    resourceIds: ctx.resources.filter((r) => !r.archived && unit.id !== undefined && r.unitIds.includes(unit.id)).map((r) => r.id),
    roles,
    timeline,
    assessment: '',
    reflection: '',
    updatedAt: ctx.now.toISOString(),
  };
}

/** What can be wrong with a sheet, by field, so the form can say it next to the field. */
export type PlanProblem =
  | { field: 'goals' | 'assessment' | 'reflection'; code: 'too-long'; max: number }
  | { field: 'standards'; code: 'too-long'; max: number; index: number }
  | { field: 'roles'; code: 'too-long' | 'missing-who'; index: number; max?: number }
  | { field: 'timeline'; code: 'too-long' | 'bad-date' | 'missing-step'; index: number; max?: number }
  | { field: 'resources'; code: 'unknown'; index: number };

/**
 * Checks a sheet and tidies it for storage: trims text, drops empty rows and
 * duplicate standards, keeps known resources only, sorts the timeline by date
 * (undated steps last, in the order written). Returns every problem at once.
 */
export function validatePlan(
  plan: CollaborationPlan,
  ctx: { resourceIds: ReadonlySet<number>; updatedAt: IsoDateTime },
): { ok: true; plan: CollaborationPlan } | { ok: false; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const text = (field: 'goals' | 'assessment' | 'reflection') => {
    const v = plan[field].trim();
    if (v.length > PLAN_TEXT_MAX) problems.push({ field, code: 'too-long', max: PLAN_TEXT_MAX });
    return v;
  };
  const goals = text('goals');
  const assessment = text('assessment');
  const reflection = text('reflection');

  const standards: string[] = [];
  plan.standards.forEach((s, index) => {
    const code = s.trim();
    if (code.length > STANDARD_MAX) problems.push({ field: 'standards', code: 'too-long', max: STANDARD_MAX, index });
    else if (code && !standards.includes(code)) standards.push(code);
  });

  const resourceIds: number[] = [];
  plan.resourceIds.forEach((id, index) => {
    if (!ctx.resourceIds.has(id)) problems.push({ field: 'resources', code: 'unknown', index });
    else if (!resourceIds.includes(id)) resourceIds.push(id);
  });

  const roles: CollaborationPlan['roles'] = [];
  plan.roles.forEach((r, index) => {
    const who = r.who.trim();
    const task = r.task.trim();
    if (!who && !task) return;
    if (!who) problems.push({ field: 'roles', code: 'missing-who', index });
    if (who.length > PLAN_TEXT_MAX || task.length > PLAN_TEXT_MAX) problems.push({ field: 'roles', code: 'too-long', index, max: PLAN_TEXT_MAX });
    roles.push(r.contactId === undefined ? { who, task } : { contactId: r.contactId, who, task });
  });

  const timeline: CollaborationPlan['timeline'] = [];
  plan.timeline.forEach((s, index) => {
    const step = s.step.trim();
    const date = s.date?.trim() ?? '';
    if (!step && !date) return;
    if (date && !isValidIsoDate(date)) problems.push({ field: 'timeline', code: 'bad-date', index });
    if (!step) problems.push({ field: 'timeline', code: 'missing-step', index });
    if (step.length > PLAN_TEXT_MAX) problems.push({ field: 'timeline', code: 'too-long', index, max: PLAN_TEXT_MAX });
    timeline.push(date ? { date, step } : { step });
  });

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    plan: { goals, standards, resourceIds, roles, timeline: sortTimeline(timeline), assessment, reflection, updatedAt: ctx.updatedAt },
  };
}

/** Dated steps by date; undated ones after them, in the order they were written (a stable sort). */
export function sortTimeline(steps: CollaborationPlan['timeline']): CollaborationPlan['timeline'] {
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => {
      if (a.s.date && b.s.date) return a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.i - b.i;
      if (a.s.date) return -1;
      if (b.s.date) return 1;
      return a.i - b.i;
    })
    .map(({ s }) => s);
}

