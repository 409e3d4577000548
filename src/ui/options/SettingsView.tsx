import { useState } from 'preact/hooks';
import { INTERACTION_KINDS, ROLES, type ConnectionGoal, type InteractionKind, type Role, type SchoolBreak, type Settings } from '../../core/types';
import { isValidIsoDate } from '../../core/dates';
import { getSettings, updateSettings } from '../../db/settings';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { KIND_LABEL, ROLE_LABEL } from '../labels';
import { changed, db } from './data';
import type { Notify } from './OptionsApp';

const PERIOD_LABEL = { week: 'settingsPeriodWeek', month: 'settingsPeriodMonth', quarter: 'settingsPeriodQuarter' } as const;

/** Why these settings cannot be saved, or null. Pure, so the rules read in one place. */
export function settingsError(s: Settings): string | null {
  const { start, end, breaks } = s.schoolYear;
  if ((start && !isValidIsoDate(start)) || (end && !isValidIsoDate(end))) return t('settingsErrorYearDates');
  if (start && end && end < start) return t('settingsErrorYearOrder');
  for (const b of breaks) {
    if (!b.name.trim()) return t('settingsErrorBreakName');
    if (!isValidIsoDate(b.start) || !isValidIsoDate(b.end)) return t('settingsErrorBreakDates', b.name);
    if (b.end < b.start) return t('settingsErrorBreakOrder', b.name);
  }
  for (const g of s.goals) {
    if (!g.label.trim()) return t('settingsErrorGoalLabel');
    if (!Number.isInteger(g.count) || g.count < 1 || g.count > 999) return t('settingsErrorGoalCount', g.label);
  }
  return null;
}

const count = (v: string, min: number) => Math.max(min, Math.floor(Number(v) || 0));

function GoalsEditor({ goals, onChange }: { goals: ConnectionGoal[]; onChange: (g: ConnectionGoal[]) => void }) {
  const set = (i: number, patch: Partial<ConnectionGoal>) => onChange(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const toggleKind = (i: number, k: InteractionKind, on: boolean) => {
    const kinds = goals[i]!.kinds.filter((x) => x !== k);
    set(i, { kinds: on ? [...kinds, k] : kinds });
  };
  return (
    <fieldset class="card" style={{ marginTop: '12px' }}>
      <legend>{t('settingsGoals')}</legend>
      <p class="small muted">{t('settingsGoalsHelp')}</p>
      {goals.length === 0 && <p class="small">{t('settingsGoalsEmpty')}</p>}
      {goals.map((g, i) => (
        <div class="card" key={i} style={{ marginBottom: '8px' }} role="group" aria-label={g.label || t('settingsGoalUnnamed')}>
          <div class="grid2">
            <div>
              <label for={`goal-label-${i}`}>{t('settingsGoalLabel')}</label>
              <input id={`goal-label-${i}`} value={g.label} onInput={(e) => set(i, { label: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="row">
              <div>
                <label for={`goal-count-${i}`}>{t('settingsGoalCount')}</label>
                <input id={`goal-count-${i}`} type="number" min={1} max={999} style={{ width: '90px' }} value={g.count} onInput={(e) => set(i, { count: count((e.target as HTMLInputElement).value, 1) })} />
              </div>
              <div>
                <label for={`goal-period-${i}`}>{t('settingsGoalPeriod')}</label>
                <select id={`goal-period-${i}`} value={g.period} onChange={(e) => set(i, { period: (e.target as HTMLSelectElement).value as ConnectionGoal['period'] })}>
                  {(['week', 'month', 'quarter'] as const).map((p) => (
                    <option key={p} value={p}>
                      {t(PERIOD_LABEL[p])}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </div>
          <fieldset class="kinds">
            <legend class="small">{t('settingsGoalKinds')}</legend>
            {INTERACTION_KINDS.map((k) => (
              <label key={k} class="row small" style={{ fontWeight: 400, display: 'inline-flex', marginRight: '10px' }}>
                <input type="checkbox" style={{ width: 'auto' }} checked={g.kinds.includes(k)} onChange={(e) => toggleKind(i, k, (e.target as HTMLInputElement).checked)} />
                {KIND_LABEL[k]}
              </label>
            ))}
          </fieldset>
          <button type="button" class="link" onClick={() => onChange(goals.filter((_, j) => j !== i))}>
            {t('settingsGoalRemove', g.label || t('settingsGoalUnnamed'))}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...goals, { period: 'week', kinds: [], count: 1, label: '' }])}>
        {t('settingsGoalAdd')}
      </button>
    </fieldset>
  );
}

function BreaksEditor({ breaks, onChange }: { breaks: SchoolBreak[]; onChange: (b: SchoolBreak[]) => void }) {
  const set = (i: number, patch: Partial<SchoolBreak>) => onChange(breaks.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <div>
      <h3 class="small" id="h-breaks">
        {t('settingsBreaks')}
      </h3>
      {breaks.length === 0 && <p class="small muted">{t('settingsBreaksEmpty')}</p>}
      {breaks.length > 0 && (
        <table aria-labelledby="h-breaks">
          <thead>
            <tr>
              <th scope="col">{t('settingsBreakName')}</th>
              <th scope="col">{t('settingsBreakStart')}</th>
              <th scope="col">{t('settingsBreakEnd')}</th>
              <th scope="col">
                <span class="sr-only">{t('settingsBreakActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {breaks.map((b, i) => (
              <tr key={i}>
                <td>
                  <input aria-label={t('settingsBreakName')} value={b.name} onInput={(e) => set(i, { name: (e.target as HTMLInputElement).value })} />
                </td>
                <td>
                  <input aria-label={t('settingsBreakStartOf', b.name)} type="date" value={b.start} onInput={(e) => set(i, { start: (e.target as HTMLInputElement).value })} />
                </td>
                <td>
                  <input aria-label={t('settingsBreakEndOf', b.name)} type="date" value={b.end} onInput={(e) => set(i, { end: (e.target as HTMLInputElement).value })} />
                </td>
                <td>
                  <button type="button" class="link" onClick={() => onChange(breaks.filter((_, j) => j !== i))}>
                    {t('settingsBreakRemove', b.name)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onChange([...breaks, { name: '', start: '', end: '' }])}>
        {t('settingsBreakAdd')}
      </button>
      <p class="small muted">{t('settingsBreaksImportHint')}</p>
    </div>
  );
}

function SettingsForm({ initial, notify }: { initial: Settings; notify: Notify }) {
  const [s, setS] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    const problem = settingsError(s);
    if (problem) return setError(problem);
    await updateSettings(db, s);
    await changed();
    setError(null);
    notify({ message: t('settingsSaved') });
  };
  const setCadence = (role: Role, v: string) => setS({ ...s, cadenceByRole: { ...s.cadenceByRole, [role]: count(v, 0) } });
  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="h-settings">
      <h1 id="h-settings">{t('settingsTitle')}</h1>
      <label for="st-school">{t('settingsSchoolName')}</label>
      <input id="st-school" value={s.schoolName} onInput={(e) => setS({ ...s, schoolName: (e.target as HTMLInputElement).value })} />
      <fieldset class="card" style={{ marginTop: '12px' }}>
        <legend>{t('settingsCadence')}</legend>
        <div class="grid2">
          {ROLES.map((r) => (
            <div key={r}>
              <label for={`cad-${r}`}>{ROLE_LABEL[r]}</label>
              <input id={`cad-${r}`} type="number" min={0} value={s.cadenceByRole[r]} onInput={(e) => setCadence(r, (e.target as HTMLInputElement).value)} />
            </div>
          ))}
        </div>
      </fieldset>
      <GoalsEditor goals={s.goals} onChange={(goals) => setS({ ...s, goals })} />
      <fieldset class="card" style={{ marginTop: '12px' }}>
        <legend>{t('settingsSchoolYear')}</legend>
        <div class="grid2">
          <div>
            <label for="st-start">{t('settingsFirstDay')}</label>
            <input id="st-start" type="date" value={s.schoolYear.start ?? ''} onInput={(e) => setS({ ...s, schoolYear: { ...s.schoolYear, start: (e.target as HTMLInputElement).value || undefined } })} />
          </div>
          <div>
            <label for="st-end">{t('settingsLastDay')}</label>
            <input id="st-end" type="date" value={s.schoolYear.end ?? ''} onInput={(e) => setS({ ...s, schoolYear: { ...s.schoolYear, end: (e.target as HTMLInputElement).value || undefined } })} />
          </div>
        </div>
        <BreaksEditor breaks={s.schoolYear.breaks} onChange={(breaks) => setS({ ...s, schoolYear: { ...s.schoolYear, breaks } })} />
        <label class="row" style={{ fontWeight: 400 }}>
          <input type="checkbox" style={{ width: 'auto' }} checked={s.skipWeekends} onChange={(e) => setS({ ...s, skipWeekends: (e.target as HTMLInputElement).checked })} />
          {t('settingsSkipWeekends')}
        </label>
        <label for="st-lead">{t('settingsLeadDays')}</label>
        <input id="st-lead" type="number" min={0} max={90} value={s.unitLeadDays} onInput={(e) => setS({ ...s, unitLeadDays: Math.min(90, count((e.target as HTMLInputElement).value, 0)) })} />
      </fieldset>
      <fieldset class="card" style={{ marginTop: '12px' }}>
        <legend>{t('settingsDigest')}</legend>
        <label class="row" style={{ fontWeight: 400 }}>
          <input
            type="checkbox"
            style={{ width: 'auto' }}
            checked={s.notifications.enabled}
            onChange={(e) => setS({ ...s, notifications: { ...s.notifications, enabled: (e.target as HTMLInputElement).checked } })}
          />
          {t('settingsDigestEnable')}
        </label>
        <label for="st-time">{t('settingsDigestTime')}</label>
        <input id="st-time" type="time" style={{ width: '140px' }} value={s.notifications.time} onInput={(e) => setS({ ...s, notifications: { ...s.notifications, time: (e.target as HTMLInputElement).value || '08:00' } })} />
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" style={{ marginTop: '12px' }}>
        {t('settingsSave')}
      </button>
    </form>
  );
}

export function SettingsView({ notify }: { notify: Notify }) {
  const settings = useLive(() => getSettings(db));
  if (!settings) return <p aria-busy="true">{t('loading')}</p>;
  return <SettingsForm initial={settings} notify={notify} />;
}
