import { useMemo, useRef, useState } from 'preact/hooks';
import type { Interaction, Resource, Stored, Unit } from '../../core/types';
import { toIsoDate } from '../../core/dates';
import { publicLibraryNote } from '../../core/public-library-note';
import { addInteraction, deleteInteraction } from '../../db/interactions';
import { getSettings } from '../../db/settings';
import { useLive } from '../hooks';
import { t, uiLanguage } from '../i18n';
import { allContacts, changed, db, now } from './data';
import type { Notify } from './OptionsApp';
import './plan.css';

/** Days of notice public libraries usually ask for before an assignment. */
const NOTICE_DAYS = 14;

/** The largest class count logged for the unit: a starting guess of how many students, which the librarian corrects. */
function studentsGuess(log: readonly Interaction[]): string {
  const most = Math.max(0, ...log.map((i) => i.students ?? 0));
  return most > 0 ? String(most) : '';
}

/**
 * The public-library assignment alert for a unit (`#/units/<id>/public-library`):
 * a plain-text note to copy into the librarian's own email. Nothing is sent.
 */
export function PublicLibraryNoteView({ unitId, notify }: { unitId: number; notify: Notify }) {
  const unit = useLive(() => db.units.get(unitId).then((u) => (u as Stored<Unit> | undefined) ?? null), [unitId]);
  const resources = useLive(() => db.resources.where('unitIds').equals(unitId).toArray() as Promise<Stored<Resource>[]>, [unitId]);
  const log = useLive(() => db.interactions.where('unitId').equals(unitId).toArray() as Promise<Stored<Interaction>[]>, [unitId]);
  const contacts = useLive(allContacts);
  const settings = useLive(() => getSettings(db));
  const [recipient, setRecipient] = useState('');
  const [students, setStudents] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const body = useRef<HTMLTextAreaElement>(null);

  const librarians = useMemo(() => (contacts ?? []).filter((c) => c.role === 'public-librarian' && !c.archived), [contacts]);
  const studentsText = students ?? studentsGuess(log ?? []);
  const count = Number(studentsText);
  const chosen = librarians.find((c) => String(c.id) === recipient);
  const note = useMemo(() => {
    if (!unit || !resources || !contacts || !settings) return null;
    return publicLibraryNote(
      {
        unit,
        teachers: contacts,
        resources,
        schoolName: settings.schoolName,
        now: now(),
        students: Number.isInteger(count) && count > 0 ? count : undefined,
        recipientName: chosen?.name,
        locale: uiLanguage(),
      },
      t,
    );
  }, [unit, resources, contacts, settings, count, chosen]);

  if (unit === null) {
    return (
      <p>
        {t('planNoUnit')} <a href="#/units">{t('planBackToUnits')}</a>
      </p>
    );
  }
  if (!unit || !note) return <p aria-busy="true">{t('loading')}</p>;

  const copy = async (text: string, what: 'subject' | 'note') => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(what === 'note' ? t('publibCopiedNote') : t('publibCopiedSubject'));
    } catch {
      // Clipboard refused (no focus, policy): leave the text selected for Ctrl+C.
      body.current?.select();
      setStatus(t('publibCopyFailed'));
    }
  };

  const logSent = async () => {
    if (!chosen) return;
    const id = await addInteraction(db, {
      kind: 'email',
      date: toIsoDate(now()),
      contactIds: [chosen.id],
      unitId,
      notes: note.subject,
      createdAt: now().toISOString(),
    });
    await changed();
    notify({ message: t('publibLogged', chosen.name), undo: async () => void (await deleteInteraction(db, id), await changed()) });
  };

  const lead = note.daysUntilStart;
  return (
    <article aria-labelledby="h-publib" class="plan">
      <p>
        <a href={`#/units/${unit.id}`}>{t('planBackToUnit', unit.title)}</a>
      </p>
      <h1 id="h-publib">{t('publibTitle', unit.title)}</h1>
      <p class="muted">{t('publibIntro')}</p>
      {lead !== undefined && lead < 0 && <p class="status-overdue">{t('publibStarted', -lead)}</p>}
      {lead !== undefined && lead >= 0 && lead < NOTICE_DAYS && <p class="status-due">{t('publibShortNotice', lead)}</p>}
      <div class="row wrap plan-actions">
        <div class="grow">
          <label for="publib-to">{t('publibTo')}</label>
          <select id="publib-to" value={recipient} onChange={(e) => setRecipient((e.target as HTMLSelectElement).value)}>
            <option value="">{t('publibToAnyone')}</option>
            {librarians.map((c) => (
              <option key={c.id} value={c.id}>
                {c.organization ? `${c.name} (${c.organization})` : c.name}
              </option>
            ))}
          </select>
          {chosen?.email && <p class="small muted">{t('publibEmail', chosen.email)}</p>}
        </div>
        <div>
          <label for="publib-students">{t('publibStudents')}</label>
          <input id="publib-students" inputMode="numeric" value={studentsText} onInput={(e) => setStudents((e.target as HTMLInputElement).value)} />
        </div>
      </div>
      <label for="publib-subject">{t('publibSubject')}</label>
      <div class="row">
        <input id="publib-subject" class="grow" readOnly value={note.subject} />
        <button type="button" onClick={() => void copy(note.subject, 'subject')}>
          {t('publibCopySubject')}
        </button>
      </div>
      <label for="publib-body">{t('publibBody')}</label>
      <textarea id="publib-body" ref={body} readOnly rows={Math.min(30, note.body.split('\n').length + 1)} value={note.body} data-testid="publib-body" />
      <div class="row plan-actions">
        <button type="button" class="primary" onClick={() => void copy(note.body, 'note')}>
          {t('publibCopyNote')}
        </button>
        {chosen && (
          <button type="button" onClick={() => void logSent()}>
            {t('publibLogSent', chosen.name)}
          </button>
        )}
        <span class="small muted" role="status">
          {status}
        </span>
      </div>
      <p class="small muted">{t('publibNothingSent')}</p>
    </article>
  );
}
