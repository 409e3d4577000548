import { useEffect, useMemo, useState } from 'preact/hooks';
import { INTERACTION_KINDS, type Contact, type Interaction, type InteractionKind, type Stored, type Unit } from '../../core/types';
import { EVENT_TYPES, eventTotals, splitEventType, type EventType } from '../../core/event-types';
import { addInteraction, deleteInteraction, updateInteraction } from '../../db/interactions';
import { getSettings } from '../../db/settings';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { KIND_LABEL } from '../labels';
import { EVENT_TYPE_LABEL, EntryHead, EntryNumbers, ResetNote, entryText, latestByContact } from './LogEntries';
import { LogEditForm } from './LogEditForm';
import { allContacts, allInteractions, changed, db, matchesQuery } from './data';
import type { Route } from './router';
import type { Notify } from './OptionsApp';
import './log.css';

/** Entries rendered at first; "Show more" adds as many again (a 20,000-entry log stays quick). */
const PAGE = 200;

export interface LogFilters {
  q: string;
  kind: InteractionKind | '';
  /** Only with kind `event`: one event type, or `other` for events without one. */
  eventType: EventType | 'other' | '';
  contact: string;
  unit: string;
  from: string;
  to: string;
}

const NO_FILTERS: LogFilters = { q: '', kind: '', eventType: '', contact: '', unit: '', from: '', to: '' };

/** Filters from the address (`#/log?contact=3&kind=event`), so other views can link to a filtered log. */
function filtersFrom(params: URLSearchParams | undefined): LogFilters {
  const f = { ...NO_FILTERS };
  if (!params) return f;
  const kind = params.get('kind') ?? '';
  if ((INTERACTION_KINDS as readonly string[]).includes(kind)) f.kind = kind as InteractionKind;
  f.contact = params.get('contact') ?? '';
  f.unit = params.get('unit') ?? '';
  f.from = params.get('from') ?? '';
  f.to = params.get('to') ?? '';
  return f;
}

/** The entries the filters keep, newest first as given. `names`/`titles` let the search find people and units. */
export function filterLog(log: readonly Stored<Interaction>[], f: LogFilters, names: ReadonlyMap<number, string>, titles: ReadonlyMap<number, string>): Stored<Interaction>[] {
  const contact = f.contact ? Number(f.contact) : null;
  const unit = f.unit ? Number(f.unit) : null;
  return log.filter((i) => {
    if (f.kind && i.kind !== f.kind) return false;
    if (f.kind === 'event' && f.eventType && (splitEventType(i.notes).type ?? 'other') !== f.eventType) return false;
    if (contact !== null && !i.contactIds.includes(contact)) return false;
    if (unit !== null && i.unitId !== unit) return false;
    if (f.from && i.date < f.from) return false;
    if (f.to && i.date > f.to) return false;
    return matchesQuery(f.q, i.notes, i.contactIds.map((c) => names.get(c) ?? ''), titles.get(i.unitId ?? -1));
  });
}

export function LogView({ notify, route }: { notify: Notify; route?: Route }) {
  const log = useLive(allInteractions);
  const contacts = useLive(allContacts);
  // Every unit, dated or not, by title (the `start` index leaves undated units out).
  const units = useLive(() => db.units.toArray().then((us) => (us as Stored<Unit>[]).sort((a, b) => a.title.localeCompare(b.title))));
  const settings = useLive(() => getSettings(db));
  const [f, setF] = useState<LogFilters>(() => filtersFrom(route?.params));
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<number | null>(() => Number(route?.params.get('edit')) || null);
  const editParam = route?.params.get('edit');
  useEffect(() => {
    if (editParam) setEditing(Number(editParam) || null);
  }, [editParam]);

  const byId = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c] as [number, Stored<Contact>])), [contacts]);
  const names = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c.name] as [number, string])), [contacts]);
  const titles = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.title] as [number, string])), [units]);
  const latest = useMemo(() => latestByContact(log ?? []), [log]);
  const rows = useMemo(() => filterLog(log ?? [], f, names, titles), [log, f, names, titles]);
  const totals = useMemo(() => (f.kind === 'event' ? eventTotals(rows) : null), [rows, f.kind]);
  const set = (patch: Partial<LogFilters>) => {
    setF({ ...f, ...patch });
    setShown(PAGE);
  };
  const filtered = JSON.stringify(f) !== JSON.stringify(NO_FILTERS);

  if (!log) return <p aria-busy="true">{t('loading')}</p>;
  const visible = rows.slice(0, shown);
  const edited = editing === null ? undefined : log.find((i) => i.id === editing);
  // An entry opened for editing from elsewhere (a contact's page) is shown even when the filters or the page hide it.
  if (edited && !visible.includes(edited)) visible.unshift(edited);

  const remove = async (i: Stored<Interaction>) => {
    const old = await deleteInteraction(db, i.id);
    await changed();
    if (old) {
      const { id: _id, ...rest } = old;
      notify({ message: t('logvDeleted'), undo: async () => void (await addInteraction(db, rest), await changed()) });
    }
  };
  // A highlight changes no date or contact: no timer to recompute.
  const toggleHighlight = async (i: Stored<Interaction>) => {
    await db.interactions.update(i.id, { highlight: !i.highlight });
    await changed();
  };
  const closeEditor = (id: number) => {
    setEditing(null);
    // Opened from a link (`#/log?edit=…`): drop it from the address so a reload does not reopen the form.
    if (editParam) history.replaceState(null, '', '#/log');
    // Back to the entry's Edit button once the list shows it again, so keyboard users keep their place.
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-edit="${id}"]`)?.focus());
  };

  return (
    <section aria-labelledby="h-log">
      <h1 id="h-log">{t('logvTitle')}</h1>
      {log.length === 0 ? (
        <div class="empty">
          <p>{t('logvEmpty')}</p>
        </div>
      ) : (
        <>
          <div class="toolbar" role="search" aria-label={t('logvFilters')}>
            <div class="grow">
              <label for="l-q">{t('logvSearch')}</label>
              <input id="l-q" type="search" value={f.q} onInput={(e) => set({ q: (e.target as HTMLInputElement).value })} />
            </div>
            <div>
              <label for="l-kind">{t('logvKind')}</label>
              <select id="l-kind" value={f.kind} onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value as InteractionKind | '', eventType: '' })}>
                <option value="">{t('logvAllKinds')}</option>
                {INTERACTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            </div>
            {f.kind === 'event' && (
              <div>
                <label for="l-etype">{t('logvEventType')}</label>
                <select id="l-etype" value={f.eventType} onChange={(e) => set({ eventType: (e.target as HTMLSelectElement).value as LogFilters['eventType'] })}>
                  <option value="">{t('logvAllEvents')}</option>
                  {EVENT_TYPES.map((k) => (
                    <option key={k} value={k}>
                      {EVENT_TYPE_LABEL[k]}
                    </option>
                  ))}
                  <option value="other">{t('logvEventTypeOther')}</option>
                </select>
              </div>
            )}
            <div>
              <label for="l-contact">{t('logvContact')}</label>
              <select id="l-contact" value={f.contact} onChange={(e) => set({ contact: (e.target as HTMLSelectElement).value })}>
                <option value="">{t('logvEveryone')}</option>
                {(contacts ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="l-unit">{t('logvUnit')}</label>
              <select id="l-unit" value={f.unit} onChange={(e) => set({ unit: (e.target as HTMLSelectElement).value })}>
                <option value="">{t('logvAllUnits')}</option>
                {(units ?? []).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.title}
                  </option>
                ))}
              </select>
            </div>
            <div class="date-filter">
              <label for="l-from">{t('logvFrom')}</label>
              <input id="l-from" type="date" value={f.from} onInput={(e) => set({ from: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="date-filter">
              <label for="l-to">{t('logvTo')}</label>
              <input id="l-to" type="date" value={f.to} onInput={(e) => set({ to: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="row">
              <button type="button" aria-pressed={f.kind === 'event'} onClick={() => set({ kind: f.kind === 'event' ? '' : 'event', eventType: '' })}>
                {t('logvEventsButton')}
              </button>
              {filtered && (
                <button type="button" class="link" onClick={() => set(NO_FILTERS)}>
                  {t('logvClearFilters')}
                </button>
              )}
            </div>
          </div>
          {totals && (
            <section class="card event-totals" aria-labelledby="h-log-events" data-testid="event-totals">
              <h2 id="h-log-events">{t('logvEventsTitle')}</h2>
              <p>
                {t('logvEventsSummary', totals.events, totals.attendance)}
                {totals.withoutAttendance > 0 && <span class="muted"> {t('logvEventsWithoutCount', totals.withoutAttendance)}</span>}
              </p>
              <table class="small">
                <thead>
                  <tr>
                    <th scope="col">{t('logvEventType')}</th>
                    <th scope="col">{t('logvEventsCol')}</th>
                    <th scope="col">{t('logvAttendanceCol')}</th>
                  </tr>
                </thead>
                <tbody>
                  {([...EVENT_TYPES, 'other'] as const)
                    .filter((k) => totals.byType[k].events > 0)
                    .map((k) => (
                      <tr key={k}>
                        <th scope="row">{k === 'other' ? t('logvEventTypeOther') : EVENT_TYPE_LABEL[k]}</th>
                        <td>{totals.byType[k].events}</td>
                        <td>{totals.byType[k].attendance}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          )}
          <p class="muted small" aria-live="polite">
            {t('logvCount', rows.length, log.length)}
          </p>
          <ul class="list" data-testid="log-list">
            {visible.map((i) =>
              editing === i.id ? (
                <li key={i.id}>
                  <LogEditForm
                    entry={i}
                    contacts={contacts ?? []}
                    units={units ?? []}
                    onCancel={() => closeEditor(i.id)}
                    onSaved={(old) => {
                      closeEditor(i.id);
                      const { id, ...before } = old;
                      notify({ message: t('logvSaved'), undo: async () => void (await updateInteraction(db, id, before), await changed()) });
                    }}
                  />
                </li>
              ) : (
                <li key={i.id}>
                  <div class="row wrap">
                    <EntryHead entry={i} />
                    <span class="muted small">{i.date}</span>
                    <span class="grow small">
                      {i.contactIds.map((c) => names.get(c) ?? t('logvDeletedContact')).join(', ')}
                      {i.unitId !== undefined && ` · ${titles.get(i.unitId) ?? t('logvDeletedUnit')}`}
                    </span>
                    <button
                      type="button"
                      class="link"
                      aria-pressed={Boolean(i.highlight)}
                      title={t('logvHighlightTitle')}
                      onClick={() => void toggleHighlight(i)}
                    >
                      {i.highlight ? t('logvHighlightOn') : t('logvHighlightOff')}
                    </button>
                    <button type="button" class="link" data-edit={i.id} aria-label={t('logvEditLabel', i.date)} onClick={() => setEditing(i.id)}>
                      {t('logvEdit')}
                    </button>
                    <button type="button" class="link danger" aria-label={t('logvDeleteLabel', i.date)} onClick={() => void remove(i)}>
                      {t('logvDelete')}
                    </button>
                  </div>
                  <div class="log-notes">{entryText(i)}</div>
                  <EntryNumbers entry={i} />
                  <ResetNote entry={i} contacts={byId} latest={latest} settings={settings} />
                </li>
              ),
            )}
          </ul>
          {rows.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              {t('logvShowMore', Math.min(PAGE, rows.length - shown))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
