import { useEffect, useRef, useState } from 'preact/hooks';
import { INTERACTION_KINDS, type Contact, type Interaction, type InteractionKind, type Stored, type Unit } from '../../core/types';
import { toIsoDate } from '../../core/dates';
import { validateLogEntry, MAX_NOTES, type LogDraft } from '../../core/log';
import { EVENT_TYPES, splitEventType, withEventType, type EventType } from '../../core/event-types';
import { updateInteraction } from '../../db/interactions';
import { ContactPicker } from '../ContactPicker';
import { t } from '../i18n';
import { KIND_LABEL } from '../labels';
import { EVENT_TYPE_LABEL } from './LogEntries';
import { changed, db, now } from './data';

interface Props {
  entry: Stored<Interaction>;
  contacts: Stored<Contact>[];
  units: Stored<Unit>[];
  /** After a save, with the entry as it was (for Undo). */
  onSaved: (old: Stored<Interaction>) => void;
  onCancel: () => void;
}

const str = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The form's starting point: the entry as the inputs show it, the event tag apart from the text. */
function draftOf(entry: Interaction): { draft: LogDraft; eventType: EventType | '' } {
  const { type, text } = splitEventType(entry.notes);
  return {
    draft: {
      kind: entry.kind,
      contactIds: [...entry.contactIds],
      unitId: entry.unitId,
      notes: entry.kind === 'event' ? text : entry.notes,
      date: entry.date,
      followUp: entry.followUp ?? '',
      classes: str(entry.classes),
      students: str(entry.students),
      attendance: str(entry.attendance),
    },
    eventType: entry.kind === 'event' ? (type ?? '') : '',
  };
}

/**
 * Edits one log entry in place. Checked by the same rules as the quick log
 * (`validateLogEntry`), saved through `updateInteraction` so that the check-in
 * timers of everyone on the old and the new entry stay right.
 */
export function LogEditForm({ entry, contacts, units, onSaved, onCancel }: Props) {
  const start = draftOf(entry);
  const [draft, setDraft] = useState<LogDraft>(start.draft);
  const [eventType, setEventType] = useState<EventType | ''>(start.eventType);
  const [highlight, setHighlight] = useState(Boolean(entry.highlight));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const id = `le-${entry.id}`;
  useEffect(() => first.current?.focus(), []);

  const set = (patch: Partial<LogDraft>) => setDraft({ ...draft, ...patch });

  const save = async () => {
    const notes = draft.kind === 'event' ? withEventType(eventType || undefined, draft.notes) : draft.notes;
    const checked = validateLogEntry({ ...draft, notes }, { contacts, units, today: toIsoDate(now()), createdAt: entry.createdAt });
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    const next = { ...checked.entry };
    // Numbers this kind has no field for (an event's students, from older entries) are kept as they were.
    if (next.kind === entry.kind) {
      if (entry.classes !== undefined && next.classes === undefined && draft.classes === str(entry.classes)) next.classes = entry.classes;
      if (entry.students !== undefined && next.students === undefined && draft.students === str(entry.students)) next.students = entry.students;
    }
    if (highlight) next.highlight = true;
    setSaving(true);
    try {
      const old = await updateInteraction(db, entry.id, next);
      await changed();
      onSaved(old);
    } catch (e) {
      setError(t('logvNotSaved', e instanceof Error ? e.message : String(e)));
      setSaving(false);
    }
  };

  return (
    <form
      class="log-edit card"
      aria-label={t('logvEditFormLabel', entry.date)}
      data-testid="log-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <div class="row wrap">
        <div class="grow">
          <label for={`${id}-kind`}>{t('logvKind')}</label>
          <select id={`${id}-kind`} ref={first} value={draft.kind} onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value as InteractionKind })}>
            {INTERACTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        {draft.kind === 'event' && (
          <div class="grow">
            <label for={`${id}-etype`}>{t('logvEventType')}</label>
            <select id={`${id}-etype`} value={eventType} onChange={(e) => setEventType((e.target as HTMLSelectElement).value as EventType | '')}>
              <option value="">{t('logvEventTypeOther')}</option>
              {EVENT_TYPES.map((k) => (
                <option key={k} value={k}>
                  {EVENT_TYPE_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="grow">
          <label for={`${id}-date`}>{t('logvDate')}</label>
          <input id={`${id}-date`} type="date" required value={draft.date} onInput={(e) => set({ date: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="grow">
          <label for={`${id}-unit`}>{t('logvUnit')}</label>
          <select
            id={`${id}-unit`}
            value={draft.unitId ?? ''}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              set({ unitId: v ? Number(v) : undefined });
            }}
          >
            <option value="">{t('logvNoUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ContactPicker id={`${id}-contacts`} label={t('logvWith')} contacts={contacts} selected={draft.contactIds} onChange={(ids) => set({ contactIds: ids })} />
      <label for={`${id}-notes`}>{t('logvNotes')}</label>
      <textarea id={`${id}-notes`} rows={3} maxLength={MAX_NOTES} value={draft.notes} onInput={(e) => set({ notes: (e.target as HTMLTextAreaElement).value })} />
      <div class="row wrap">
        {draft.kind === 'co-taught-lesson' && (
          <>
            <div class="grow">
              <label for={`${id}-classes`}>{t('logvClasses')}</label>
              <input id={`${id}-classes`} inputMode="numeric" value={draft.classes} onInput={(e) => set({ classes: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="grow">
              <label for={`${id}-students`}>{t('logvStudents')}</label>
              <input id={`${id}-students`} inputMode="numeric" value={draft.students} onInput={(e) => set({ students: (e.target as HTMLInputElement).value })} />
            </div>
          </>
        )}
        {draft.kind === 'event' && (
          <div class="grow">
            <label for={`${id}-attendance`}>{t('logvAttendance')}</label>
            <input id={`${id}-attendance`} inputMode="numeric" value={draft.attendance ?? ''} onInput={(e) => set({ attendance: (e.target as HTMLInputElement).value })} />
          </div>
        )}
        <div class="grow">
          <label for={`${id}-follow`}>{t('logvFollowUp')}</label>
          <input id={`${id}-follow`} type="date" value={draft.followUp} onInput={(e) => set({ followUp: (e.target as HTMLInputElement).value })} />
        </div>
      </div>
      <label class="check">
        <input type="checkbox" checked={highlight} onChange={(e) => setHighlight((e.target as HTMLInputElement).checked)} /> {t('logvHighlightCheck')}
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {t('logvSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('logvCancel')}
        </button>
        <span class="muted small">{t('logvEditKeys')}</span>
      </div>
    </form>
  );
}
