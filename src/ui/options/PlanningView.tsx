import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CollaborationPlan, Contact, Resource, Stored, Unit } from '../../core/types';
import { formatGrades } from '../../core/grades';
import { emptyPlan, PLAN_TEXT_MAX, validatePlan, type PlanProblem } from '../../core/planning';
import { savePlan } from '../../db/plans';
import { getSettings } from '../../db/settings';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { RESOURCE_LABEL } from '../labels';
import { allContacts, changed, db, now } from './data';
import type { Notify } from './OptionsApp';
import './plan.css';

type TextField = 'goals' | 'assessment' | 'reflection';

/** What two sheets are compared by: everything but the time of saving. */
const sameness = (plan: CollaborationPlan) => JSON.stringify({ ...plan, updatedAt: '' });

/** One sentence per problem, for the list next to the Save button. */
function problemText(p: PlanProblem): string {
  switch (p.field) {
    case 'goals':
      return t('planErrTooLong', t('planGoals'), PLAN_TEXT_MAX);
    case 'assessment':
      return t('planErrTooLong', t('planAssessment'), PLAN_TEXT_MAX);
    case 'reflection':
      return t('planErrTooLong', t('planReflection'), PLAN_TEXT_MAX);
    case 'standards':
      return t('planErrStandard', p.index + 1, p.max);
    case 'resources':
      return t('planErrResource');
    case 'roles':
      return p.code === 'missing-who' ? t('planErrWho', p.index + 1) : t('planErrTooLong', t('planRoles'), PLAN_TEXT_MAX);
    case 'timeline':
      return p.code === 'bad-date' ? t('planErrDate', p.index + 1) : p.code === 'missing-step' ? t('planErrStep', p.index + 1) : t('planErrTooLong', t('planTimeline'), PLAN_TEXT_MAX);
  }
}

/** The unit's teachers and resources, and the school name for the printed header. */
function usePlanData(unitId: number) {
  // `null` once known to be missing; `undefined` while loading.
  const unit = useLive(() => db.units.get(unitId).then((u) => (u as Stored<Unit> | undefined) ?? null), [unitId]);
  const resources = useLive(() => db.resources.where('unitIds').equals(unitId).sortBy('title') as Promise<Stored<Resource>[]>, [unitId]);
  const contacts = useLive(allContacts);
  const settings = useLive(() => getSettings(db));
  return { unit, resources, contacts, settings };
}

/**
 * The collaboration planning sheet of a co-taught unit (`#/units/<id>/plan`):
 * goals, standards, resources, who teaches what, timeline, assessment and a
 * reflection afterwards. Saved on the unit; printed as a clean one-to-two page
 * sheet (the form is hidden in print, a read-only copy shown instead).
 */
export function PlanningView({ unitId, notify }: { unitId: number; notify: Notify }) {
  const { unit, resources, contacts, settings } = usePlanData(unitId);
  const [draft, setDraft] = useState<CollaborationPlan | null>(null);
  // The sheet as last loaded or saved: "unsaved changes" means the form differs from it.
  const [baseline, setBaseline] = useState('');
  const start = (plan: CollaborationPlan) => {
    setDraft(plan);
    setBaseline(sameness(plan));
  };
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const [newStandard, setNewStandard] = useState('');
  const [saving, setSaving] = useState(false);

  const teachers = useMemo(() => (contacts ?? []).filter((c) => unit?.teacherIds.includes(c.id)), [contacts, unit]);
  const words = () => ({ librarian: t('planLibrarian'), planningMeeting: t('planStepMeeting'), unitStarts: t('planStepStart'), unitEnds: t('planStepEnd') });

  // The sheet starts from the saved plan, or a blank one prefilled from the unit, once everything has loaded.
  useEffect(() => {
    if (draft || !unit || !resources || !contacts) return;
    start(unit.plan ? structuredClone(unit.plan) : emptyPlan(unit, { teachers, resources, words: words(), now: now() }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unit, resources, contacts]);

  const dirty = draft !== null && sameness(draft) !== baseline;
  // Closing the tab with unsaved changes asks first (the browser's own prompt).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (unit === null) {
    return (
      <p>
        {t('planNoUnit')} <a href="#/units">{t('planBackToUnits')}</a>
      </p>
    );
  }
  if (!unit || !draft || !resources) return <p aria-busy="true">{t('loading')}</p>;

  const saved = unit.plan;
  const edit = (patch: Partial<CollaborationPlan>) => setDraft({ ...draft, ...patch });
  const text = (field: TextField) => (e: Event) => edit({ [field]: (e.target as HTMLTextAreaElement).value });
  const shownResources = resources.filter((r) => !r.archived || draft.resourceIds.includes(r.id));
  const standards = [...new Set([...unit.standards, ...draft.standards])];
  const hasProblem = (field: PlanProblem['field'], index?: number) => problems.some((p) => p.field === field && (index === undefined || ('index' in p && p.index === index)));

  const save = async () => {
    // A row's person is linked to the teacher whose name it carries, so renaming a contact does not orphan it.
    const roles = draft.roles.map(({ who, task }) => {
      const c = teachers.find((x) => x.name === who.trim());
      return c ? { contactId: c.id, who, task } : { who, task };
    });
    // A resource untagged from the unit since the plan was saved is no longer listed, so it cannot be unticked: it leaves the plan.
    const known = new Set(resources.map((r) => r.id));
    const resourceIds = draft.resourceIds.filter((id) => known.has(id));
    const checked = validatePlan({ ...draft, roles, resourceIds }, { resourceIds: known, updatedAt: now().toISOString() });
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      const previous = await savePlan(db, unitId, checked.plan);
      start(checked.plan);
      await changed();
      notify({
        message: t('planSaved'),
        undo: async () => {
          await savePlan(db, unitId, previous ?? null);
          start(previous ? structuredClone(previous) : emptyPlan(unit, { teachers, resources, words: words(), now: now() }));
          await changed();
        },
      });
    } catch (e) {
      notify({ message: t('planNotSaved', e instanceof Error ? e.message : String(e)) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <article aria-labelledby="h-plan" class="plan">
      <div class="plan-form">
        <p class="no-print">
          <a href={`#/units/${unit.id}`}>{t('planBackToUnit', unit.title)}</a>
        </p>
        <h1 id="h-plan">{t('planTitle', unit.title)}</h1>
        <UnitLine unit={unit} teachers={teachers} />
        <div class="row plan-actions no-print">
          <button type="button" class="primary" disabled={saving} onClick={() => void save()} data-testid="plan-save">
            {t('planSave')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('planPrint')}
          </button>
          <a href={`#/units/${unit.id}/public-library`}>{t('planToPublicLibrary')}</a>
          <span class="muted small" role="status">
            {dirty ? t('planUnsaved') : saved ? t('planSavedAt', saved.updatedAt.slice(0, 10)) : ''}
          </span>
        </div>
        {problems.length > 0 && (
          <div class="error" role="alert">
            <p>{t('planFix')}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
            </ul>
          </div>
        )}

        <section aria-labelledby="h-plan-goals">
          <h2 id="h-plan-goals">
            <label for="plan-goals">{t('planGoals')}</label>
          </h2>
          <textarea id="plan-goals" rows={3} maxLength={PLAN_TEXT_MAX} value={draft.goals} aria-invalid={hasProblem('goals')} placeholder={t('planGoalsHint')} onInput={text('goals')} />
        </section>

        <fieldset>
          <legend>{t('planStandards')}</legend>
          {standards.length === 0 && <p class="muted small">{t('planNoStandards')}</p>}
          <ul class="plan-checks">
            {standards.map((s, i) => (
              <li key={s}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={draft.standards.includes(s)}
                    aria-invalid={hasProblem('standards', draft.standards.indexOf(s))}
                    onChange={(e) => edit({ standards: (e.target as HTMLInputElement).checked ? [...draft.standards, s] : draft.standards.filter((x) => x !== s) })}
                  />{' '}
                  {s}
                  {i >= unit.standards.length && <span class="muted small"> {t('planStandardAdded')}</span>}
                </label>
              </li>
            ))}
          </ul>
          <div class="row">
            <label for="plan-new-standard" class="visually-hidden">
              {t('planAddStandardLabel')}
            </label>
            <input
              id="plan-new-standard"
              class="grow"
              value={newStandard}
              maxLength={80}
              placeholder={t('planAddStandardHint')}
              onInput={(e) => setNewStandard((e.target as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  (e.currentTarget.nextElementSibling as HTMLButtonElement | null)?.click();
                }
              }}
            />
            <button
              type="button"
              onClick={() => {
                const code = newStandard.trim();
                if (code && !draft.standards.includes(code)) edit({ standards: [...draft.standards, code] });
                setNewStandard('');
              }}
            >
              {t('planAddStandard')}
            </button>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('planResources')}</legend>
          {shownResources.length === 0 ? (
            <p class="muted small">
              {t('planNoResources')} <a href="#/resources">{t('planTagResources')}</a>
            </p>
          ) : (
            <ul class="plan-checks">
              {shownResources.map((r) => (
                <li key={r.id}>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={draft.resourceIds.includes(r.id)}
                      onChange={(e) => edit({ resourceIds: (e.target as HTMLInputElement).checked ? [...draft.resourceIds, r.id] : draft.resourceIds.filter((x) => x !== r.id) })}
                    />{' '}
                    <span class="tag">{RESOURCE_LABEL[r.kind]}</span> {r.title}
                    {r.author && <span class="muted small"> · {r.author}</span>}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('planRoles')}</legend>
          <datalist id="plan-people">
            {[...teachers.map((c) => c.name), t('planLibrarian')].map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
          <table class="plan-rows">
            <thead>
              <tr>
                <th scope="col">{t('planWho')}</th>
                <th scope="col">{t('planTask')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('planRowActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.roles.map((r, i) => (
                <tr key={i}>
                  <td>
                    <input
                      list="plan-people"
                      aria-label={t('planWhoRow', i + 1)}
                      aria-invalid={hasProblem('roles', i)}
                      value={r.who}
                      onInput={(e) => edit({ roles: draft.roles.map((x, j) => (j === i ? { ...x, who: (e.target as HTMLInputElement).value } : x)) })}
                    />
                  </td>
                  <td>
                    <textarea
                      rows={2}
                      aria-label={t('planTaskRow', i + 1)}
                      value={r.task}
                      onInput={(e) => edit({ roles: draft.roles.map((x, j) => (j === i ? { ...x, task: (e.target as HTMLTextAreaElement).value } : x)) })}
                    />
                  </td>
                  <td>
                    <button type="button" class="link danger" aria-label={t('planRemoveRole', i + 1)} onClick={() => edit({ roles: draft.roles.filter((_, j) => j !== i) })}>
                      {t('planRemove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => edit({ roles: [...draft.roles, { who: '', task: '' }] })}>
            {t('planAddRole')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('planTimeline')}</legend>
          <table class="plan-rows">
            <thead>
              <tr>
                <th scope="col">{t('planDate')}</th>
                <th scope="col">{t('planStep')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('planRowActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.timeline.map((s, i) => (
                <tr key={i}>
                  <td class="plan-date">
                    <input
                      type="date"
                      aria-label={t('planDateRow', i + 1)}
                      aria-invalid={hasProblem('timeline', i)}
                      value={s.date ?? ''}
                      onInput={(e) => edit({ timeline: draft.timeline.map((x, j) => (j === i ? { ...x, date: (e.target as HTMLInputElement).value } : x)) })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('planStepRow', i + 1)}
                      value={s.step}
                      onInput={(e) => edit({ timeline: draft.timeline.map((x, j) => (j === i ? { ...x, step: (e.target as HTMLInputElement).value } : x)) })}
                    />
                  </td>
                  <td>
                    <button type="button" class="link danger" aria-label={t('planRemoveStep', i + 1)} onClick={() => edit({ timeline: draft.timeline.filter((_, j) => j !== i) })}>
                      {t('planRemove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => edit({ timeline: [...draft.timeline, { date: '', step: '' }] })}>
            {t('planAddStep')}
          </button>
        </fieldset>

        <section aria-labelledby="h-plan-assessment">
          <h2 id="h-plan-assessment">
            <label for="plan-assessment">{t('planAssessment')}</label>
          </h2>
          <textarea id="plan-assessment" rows={3} maxLength={PLAN_TEXT_MAX} value={draft.assessment} placeholder={t('planAssessmentHint')} onInput={text('assessment')} />
        </section>
        <section aria-labelledby="h-plan-reflection">
          <h2 id="h-plan-reflection">
            <label for="plan-reflection">{t('planReflection')}</label>
          </h2>
          <textarea id="plan-reflection" rows={3} maxLength={PLAN_TEXT_MAX} value={draft.reflection} placeholder={t('planReflectionHint')} onInput={text('reflection')} />
        </section>
        <div class="row plan-actions no-print">
          <button type="button" class="primary" disabled={saving} onClick={() => void save()}>
            {t('planSave')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('planPrint')}
          </button>
        </div>
      </div>
      <PlanSheet unit={unit} plan={draft} teachers={teachers} resources={resources} schoolName={settings?.schoolName ?? ''} />
    </article>
  );
}

function UnitLine({ unit, teachers }: { unit: Unit; teachers: Stored<Contact>[] }) {
  return (
    <p class="muted">
      {t('planUnitLine', unit.subject, formatGrades(unit.grades), unit.start ?? '?', unit.end ?? '?')}
      {teachers.length > 0 && ` · ${teachers.map((c) => c.name).join(', ')}`}
    </p>
  );
}

/** The read-only sheet that prints (hidden on screen): what the form holds now, saved or not. */
function PlanSheet({ unit, plan, teachers, resources, schoolName }: { unit: Unit; plan: CollaborationPlan; teachers: Stored<Contact>[]; resources: Stored<Resource>[]; schoolName: string }) {
  const chosen = resources.filter((r) => plan.resourceIds.includes(r.id));
  const para = (s: string) => (s.trim() ? <p class="plan-text">{s}</p> : <p class="plan-blank" aria-hidden="true" />);
  return (
    <section class="plan-sheet" data-testid="plan-sheet">
      <header>
        <p class="plan-school">{schoolName}</p>
        <h1>{t('planTitle', unit.title)}</h1>
        <UnitLine unit={unit} teachers={teachers} />
      </header>
      <h2>{t('planGoals')}</h2>
      {para(plan.goals)}
      <h2>{t('planStandards')}</h2>
      {plan.standards.length ? <p>{plan.standards.join(' · ')}</p> : para('')}
      <h2>{t('planResources')}</h2>
      {chosen.length ? (
        <ul>
          {chosen.map((r) => (
            <li key={r.id}>
              {r.title}
              {r.author && ` — ${r.author}`}
              {r.callNumber && ` (${r.callNumber})`} <span class="muted">[{RESOURCE_LABEL[r.kind]}]</span>
            </li>
          ))}
        </ul>
      ) : (
        para('')
      )}
      <h2>{t('planRoles')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('planWho')}</th>
            <th scope="col">{t('planTask')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.roles.map((r, i) => (
            <tr key={i}>
              <td>{r.who}</td>
              <td class="plan-text">{r.task}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('planTimeline')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('planDate')}</th>
            <th scope="col">{t('planStep')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.timeline.map((s, i) => (
            <tr key={i}>
              <td class="plan-date">{s.date ?? ''}</td>
              <td>{s.step}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('planAssessment')}</h2>
      {para(plan.assessment)}
      <h2>{t('planReflection')}</h2>
      {para(plan.reflection)}
    </section>
  );
}
