import { useState } from 'preact/hooks';
import { ROLES, type Role, type Settings } from '../../core/types';
import { isValidIsoDate } from '../../core/dates';
import { getSettings, updateSettings } from '../../db/settings';
import { useLive } from '../hooks';
import { ROLE_LABEL } from '../labels';
import { changed, db } from './data';
import type { Notify } from './OptionsApp';

function SettingsForm({ initial, notify }: { initial: Settings; notify: Notify }) {
  const [s, setS] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    const { start, end } = s.schoolYear;
    if ((start && !isValidIsoDate(start)) || (end && !isValidIsoDate(end))) return setError('School year dates must be real dates.');
    if (start && end && end < start) return setError('The school year ends before it starts.');
    await updateSettings(db, s);
    await changed();
    setError(null);
    notify({ message: 'Settings saved.' });
  };
  const setCadence = (role: Role, v: string) => setS({ ...s, cadenceByRole: { ...s.cadenceByRole, [role]: Math.max(0, Math.floor(Number(v) || 0)) } });
  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="h-settings">
      <h1 id="h-settings">Settings</h1>
      <label for="st-school">School name (shown on reports)</label>
      <input id="st-school" value={s.schoolName} onInput={(e) => setS({ ...s, schoolName: (e.target as HTMLInputElement).value })} />
      <fieldset class="card" style={{ marginTop: '12px' }}>
        <legend>Check in every … days (0 = never)</legend>
        <div class="grid2">
          {ROLES.map((r) => (
            <div key={r}>
              <label for={`cad-${r}`}>{ROLE_LABEL[r]}</label>
              <input id={`cad-${r}`} type="number" min={0} value={s.cadenceByRole[r]} onInput={(e) => setCadence(r, (e.target as HTMLInputElement).value)} />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset class="card" style={{ marginTop: '12px' }}>
        <legend>School year</legend>
        <div class="grid2">
          <div>
            <label for="st-start">First day</label>
            <input id="st-start" type="date" value={s.schoolYear.start ?? ''} onInput={(e) => setS({ ...s, schoolYear: { ...s.schoolYear, start: (e.target as HTMLInputElement).value || undefined } })} />
          </div>
          <div>
            <label for="st-end">Last day</label>
            <input id="st-end" type="date" value={s.schoolYear.end ?? ''} onInput={(e) => setS({ ...s, schoolYear: { ...s.schoolYear, end: (e.target as HTMLInputElement).value || undefined } })} />
          </div>
        </div>
        <p class="small muted">
          Breaks: {s.schoolYear.breaks.length ? s.schoolYear.breaks.map((b) => `${b.name} (${b.start} – ${b.end})`).join('; ') : 'none entered'}
        </p>
        <label class="row" style={{ fontWeight: 400 }}>
          <input type="checkbox" style={{ width: 'auto' }} checked={s.skipWeekends} onChange={(e) => setS({ ...s, skipWeekends: (e.target as HTMLInputElement).checked })} />
          Nothing falls due on weekends
        </label>
        <label for="st-lead">Remind me this many days before a unit starts</label>
        <input id="st-lead" type="number" min={0} max={90} value={s.unitLeadDays} onInput={(e) => setS({ ...s, unitLeadDays: Math.max(0, Math.floor(Number((e.target as HTMLInputElement).value) || 0)) })} />
      </fieldset>
      <fieldset class="card" style={{ marginTop: '12px' }}>
        <legend>Daily digest</legend>
        <label class="row" style={{ fontWeight: 400 }}>
          <input
            type="checkbox"
            style={{ width: 'auto' }}
            checked={s.notifications.enabled}
            onChange={(e) => setS({ ...s, notifications: { ...s.notifications, enabled: (e.target as HTMLInputElement).checked } })}
          />
          One notification a day when check-ins are due
        </label>
        <label for="st-time">At</label>
        <input id="st-time" type="time" style={{ width: '140px' }} value={s.notifications.time} onInput={(e) => setS({ ...s, notifications: { ...s.notifications, time: (e.target as HTMLInputElement).value || '08:00' } })} />
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" style={{ marginTop: '12px' }}>
        Save settings
      </button>
    </form>
  );
}

export function SettingsView({ notify }: { notify: Notify }) {
  const settings = useLive(() => getSettings(db));
  if (!settings) return <p aria-busy="true">Loading…</p>;
  return <SettingsForm initial={settings} notify={notify} />;
}
