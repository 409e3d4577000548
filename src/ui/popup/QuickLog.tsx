import { useEffect, useMemo, useState } from 'preact/hooks';
import { INTERACTION_KINDS, ROLES, type Contact, type Interaction, type InteractionKind, type IsoDate, type Role, type Stored } from '../../core/types';
import type { LogDraft } from '../../core/log';
import { KIND_LABEL, ROLE_LABEL } from '../labels';
import { ContactPicker, searchContacts } from '../ContactPicker';
import { t } from '../i18n';
import { usePersisted } from './draft';

export interface LogPrefill {
  /** Asked for by a click (the panel's "Log this meeting", a context menu): it replaces an unsaved draft, which can be restored. */
  explicit?: boolean;
  contactIds: number[];
  unitId?: number;
  text?: string;
  kind?: InteractionKind;
  date?: string;
}

interface Props {
  /** The type-ahead list: non-archived contacts. */
  contacts: Stored<Contact>[];
  units: { id: number; title: string }[];
  prefill?: LogPrefill;
  /** Today's local date: the default date of an entry. */
  today: IsoDate;
  onSave: (entry: Omit<Interaction, 'id'>) => Promise<void>;
  /** Adds a contact typed in "With" that did not exist; resolves with its id. */
  onCreateContact: (name: string, role: Role) => Promise<number>;
}

const EMPTY: LogDraft = { kind: 'co-teaching-idea', contactIds: [], unitId: undefined, notes: '', date: '', followUp: '', classes: '', students: '', attendance: '' };
const PICKER_ID = 'ql-contacts';

/**
 * The one-line log: who, what, Enter. Kind, unit, dates and numbers are there
 * but out of the way. The draft survives closing the popup. A name typed in
 * "With" that matches nobody is offered as a new contact, and is never
 * dropped silently on save.
 */
export function QuickLog({ contacts, units, prefill, today, onSave, onCreateContact }: Props) {
  const [draft, setDraft, clearDraft] = usePersisted<LogDraft>('ll:quicklog-draft', EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [saving, setSaving] = useState(false);
  const [stashed, setStashed] = useState<LogDraft | null>(null);
  /** What is typed in the "With" box and not picked yet (the picker keeps its own text; this mirrors it). */
  const [typed, setTyped] = useState('');
  const [newRole, setNewRole] = useState<Role>('teacher');
  const unknownName = useMemo(() => (typed.trim() && searchContacts(contacts, typed, draft.contactIds, 1).length === 0 ? typed.trim() : ''), [contacts, typed, draft.contactIds]);

  // The current tab's match fills only an empty draft; an explicit request (a click in the
  // panel or a context menu) replaces an unsaved draft, which stays one click away.
  useEffect(() => {
    if (!prefill) return;
    const empty = draft.contactIds.length === 0 && !draft.notes && draft.unitId === undefined;
    if (!empty && !prefill.explicit) return;
    if (!empty) setStashed(draft);
    setDraft({ ...EMPTY, contactIds: prefill.contactIds, unitId: prefill.unitId, notes: prefill.text ?? '', kind: prefill.kind ?? EMPTY.kind, date: prefill.date ?? '' });
    // Show what was filled in, so that a prefilled unit or date is seen before saving.
    if (prefill.kind || prefill.date || prefill.unitId !== undefined) setMore(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prefill]);

  const pickerInput = () => document.getElementById(PICKER_ID) as HTMLInputElement | null;
  /** Clears the picker's own text the way typing would, so that it and `typed` agree. */
  const clearPicker = () => {
    const input = pickerInput();
    if (input) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    setTyped('');
  };

  const submit = async () => {
    if (typed.trim()) {
      setError(unknownName ? t('popupUnknownContact', unknownName) : t('popupUnpickedContact', typed.trim()));
      return;
    }
    // The check comes with the write path (actions.ts), which the popup loads after it is shown.
    const { validateLogEntry } = await import('./actions');
    const checked = validateLogEntry(draft, { contacts, units, today, createdAt: new Date().toISOString() });
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setSaving(true);
    try {
      await onSave(checked.entry);
      clearDraft();
      setError(null);
    } catch (e) {
      setError(t('popupNotSaved', e instanceof Error ? e.message : String(e)));
    } finally {
      setSaving(false);
    }
  };

  const addContact = async () => {
    const name = unknownName;
    if (!name) return;
    try {
      const id = await onCreateContact(name, newRole);
      setDraft({ ...draft, contactIds: [...draft.contactIds, id] });
      clearPicker();
      setError(null);
      pickerInput()?.focus();
    } catch (e) {
      setError(t('popupNotSaved', e instanceof Error ? e.message : String(e)));
    }
  };

  const field = (key: 'classes' | 'students' | 'attendance', label: string) => (
    <div class="grow">
      <label for={`ql-${key}`}>{label}</label>
      <input
        id={`ql-${key}`}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        value={draft[key] ?? ''}
        onInput={(e) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value })}
      />
    </div>
  );

  return (
    <form
      class="quicklog"
      aria-labelledby="quicklog-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      {stashed && (
        <p class="small muted" role="status">
          {t('popupDraftStashed')}{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              setDraft(stashed);
              setStashed(null);
            }}
          >
            {t('popupDraftRestore')}
          </button>
        </p>
      )}
      <h2 id="quicklog-title">{draft.kind === 'co-teaching-idea' ? t('popupLogIdeaTitle') : t('popupLogKindTitle', KIND_LABEL[draft.kind].toLowerCase())}</h2>
      {/* Input and key-up events bubble from the picker's box: they tell what is typed there and not picked yet. */}
      <div
        onInput={(e) => (e.target as HTMLElement).id === PICKER_ID && setTyped((e.target as HTMLInputElement).value)}
        onKeyUp={(e) => (e.target as HTMLElement).id === PICKER_ID && setTyped((e.target as HTMLInputElement).value)}
      >
        <ContactPicker
          id={PICKER_ID}
          label={t('popupWith')}
          contacts={contacts}
          selected={draft.contactIds}
          onChange={(ids) => {
            setDraft({ ...draft, contactIds: ids });
            // A pick empties the picker's text (a removal leaves it as it is).
            if (ids.length > draft.contactIds.length) setTyped('');
          }}
          autoFocus
        />
      </div>
      {unknownName && (
        <div class="row small" data-testid="ql-new-contact" style={{ marginTop: '4px' }}>
          <span class="grow">{t('popupNotAContact', unknownName)}</span>
          <select aria-label={t('popupNewContactRole')} value={newRole} onChange={(e) => setNewRole((e.target as HTMLSelectElement).value as Role)}>
            {ROLES.map((r) => (
              <option value={r} key={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void addContact()}>
            {t('popupAddContact', unknownName)}
          </button>
        </div>
      )}
      <label for="ql-notes">{t('popupNotesLabel')}</label>
      <textarea
        id="ql-notes"
        data-testid="ql-notes"
        rows={2}
        maxLength={10000}
        value={draft.notes}
        placeholder={t('popupNotesPlaceholder')}
        onInput={(e) => setDraft({ ...draft, notes: (e.target as HTMLTextAreaElement).value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            void submit();
          }
        }}
      />
      <div class="row" style={{ marginTop: '6px' }}>
        <button type="submit" class="primary" disabled={saving} data-testid="ql-save">
          {t('popupSave')}
        </button>
        <button type="button" class="link" aria-expanded={more} aria-controls="ql-more" onClick={() => setMore(!more)}>
          {more ? t('popupFewerOptions') : t('popupMoreOptions')}
        </button>
        <span class="muted small grow">{t('popupKeysHint')}</span>
      </div>
      <div id="ql-more" hidden={!more}>
        {/* Rendered only when open: the unit list can be hundreds long. */}
        {more && (
          <>
            <div class="row">
              <div class="grow">
                <label for="ql-kind">{t('popupKind')}</label>
                <select id="ql-kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: (e.target as HTMLSelectElement).value as InteractionKind })}>
                  {INTERACTION_KINDS.map((k) => (
                    <option value={k} key={k}>
                      {KIND_LABEL[k]}
                    </option>
                  ))}
                </select>
              </div>
              <div class="grow">
                <label for="ql-unit">{t('popupUnit')}</label>
                <select
                  id="ql-unit"
                  value={draft.unitId === undefined ? '' : String(draft.unitId)}
                  onChange={(e) => {
                    const v = (e.target as HTMLSelectElement).value;
                    setDraft({ ...draft, unitId: v ? Number(v) : undefined });
                  }}
                >
                  <option value="">{t('popupNoUnit')}</option>
                  {units.map((u) => (
                    <option value={u.id} key={u.id}>
                      {u.title}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div class="row">
              <div class="grow">
                <label for="ql-date">{t('popupDate')}</label>
                <input id="ql-date" type="date" value={draft.date} onInput={(e) => setDraft({ ...draft, date: (e.target as HTMLInputElement).value })} />
              </div>
              <div class="grow">
                <label for="ql-follow">{t('popupFollowUp')}</label>
                <input id="ql-follow" type="date" value={draft.followUp} onInput={(e) => setDraft({ ...draft, followUp: (e.target as HTMLInputElement).value })} />
              </div>
            </div>
            {draft.kind === 'co-taught-lesson' && (
              <div class="row">
                {field('classes', t('popupClasses'))}
                {field('students', t('popupStudents'))}
              </div>
            )}
            {draft.kind === 'event' && <div class="row">{field('attendance', t('popupAttendance'))}</div>}
          </>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
