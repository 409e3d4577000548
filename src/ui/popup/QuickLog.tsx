import { useEffect, useRef, useState } from 'preact/hooks';
import { INTERACTION_KINDS, type Contact, type InteractionKind, type Stored, type Unit } from '../../core/types';
import { toIsoDate } from '../../core/dates';
import { KIND_LABEL } from '../labels';
import { ContactPicker } from '../ContactPicker';
import { useDraft } from '../hooks';
import { validateLogEntry, type LogDraft } from '../../core/log';

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
  contacts: Stored<Contact>[];
  units: Stored<Unit>[];
  prefill?: LogPrefill;
  onSave: (entry: ReturnType<typeof validateLogEntry> & { ok: true }) => Promise<void>;
  now: () => Date;
}

const EMPTY: LogDraft = { kind: 'co-teaching-idea', contactIds: [], unitId: undefined, notes: '', date: '', followUp: '', classes: '', students: '' };

/**
 * The one-line log: who, what, Enter. Kind, unit, dates and numbers are there
 * but out of the way. The draft survives closing the popup.
 */
export function QuickLog({ contacts, units, prefill, onSave, now }: Props) {
  const [draft, setDraft, clearDraft] = useDraft<LogDraft>('ll:quicklog-draft', EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [stashed, setStashed] = useState<LogDraft | null>(null);

  // The current tab's match fills only an empty draft; an explicit request (a click in the
  // panel or a context menu) replaces an unsaved draft, which stays one click away.
  useEffect(() => {
    if (!prefill) return;
    const empty = draft.contactIds.length === 0 && !draft.notes && draft.unitId === undefined;
    if (!empty && !prefill.explicit) return;
    if (!empty) setStashed(draft);
    setDraft({ ...EMPTY, contactIds: prefill.contactIds, unitId: prefill.unitId, notes: prefill.text ?? '', kind: prefill.kind ?? EMPTY.kind, date: prefill.date ?? '' });
    if (prefill.kind || prefill.date) setMore(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prefill]);

  const submit = async () => {
    const checked = validateLogEntry(draft, { contacts, units, today: toIsoDate(now()), createdAt: now().toISOString() });
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setSaving(true);
    try {
      await onSave(checked);
      clearDraft();
      setError(null);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={form}
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
          Your unsaved note was put aside.{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              setDraft(stashed);
              setStashed(null);
            }}
          >
            Bring it back
          </button>
        </p>
      )}
      <h2 id="quicklog-title">{draft.kind === 'co-teaching-idea' ? 'Log a co-teaching idea' : `Log: ${KIND_LABEL[draft.kind].toLowerCase()}`}</h2>
      <ContactPicker id="ql-contacts" label="With" contacts={contacts} selected={draft.contactIds} onChange={(ids) => setDraft({ ...draft, contactIds: ids })} autoFocus />
      <label for="ql-notes">Idea or note</label>
      <textarea
        id="ql-notes"
        data-testid="ql-notes"
        rows={2}
        maxLength={10000}
        value={draft.notes}
        placeholder="Co-teach a research lesson on ecosystems…"
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
          Save
        </button>
        <button type="button" class="link" aria-expanded={more} aria-controls="ql-more" onClick={() => setMore(!more)}>
          {more ? 'Fewer options' : 'Kind, unit, date…'}
        </button>
        <span class="muted small grow">Enter saves · Shift+Enter new line</span>
      </div>
      <div id="ql-more" hidden={!more}>
        <div class="row">
          <div class="grow">
            <label for="ql-kind">Kind</label>
            <select id="ql-kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: (e.target as HTMLSelectElement).value as InteractionKind })}>
              {INTERACTION_KINDS.map((k) => (
                <option value={k} key={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
          <div class="grow">
            <label for="ql-unit">Unit</label>
            <select
              id="ql-unit"
              value={draft.unitId ?? ''}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                setDraft({ ...draft, unitId: v ? Number(v) : undefined });
              }}
            >
              <option value="">No unit</option>
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
            <label for="ql-date">Date</label>
            <input id="ql-date" type="date" value={draft.date} onInput={(e) => setDraft({ ...draft, date: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="grow">
            <label for="ql-follow">Follow up on</label>
            <input id="ql-follow" type="date" value={draft.followUp} onInput={(e) => setDraft({ ...draft, followUp: (e.target as HTMLInputElement).value })} />
          </div>
        </div>
        {draft.kind === 'co-taught-lesson' && (
          <div class="row">
            <div class="grow">
              <label for="ql-classes">Classes</label>
              <input id="ql-classes" inputMode="numeric" value={draft.classes} onInput={(e) => setDraft({ ...draft, classes: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="grow">
              <label for="ql-students">Students</label>
              <input id="ql-students" inputMode="numeric" value={draft.students} onInput={(e) => setDraft({ ...draft, students: (e.target as HTMLInputElement).value })} />
            </div>
          </div>
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
