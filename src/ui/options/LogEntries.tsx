import type { Contact, Interaction, Settings, Stored } from '../../core/types';
import { splitEventType, type EventType } from '../../core/event-types';
import { t } from '../i18n';
import { KIND_LABEL } from '../labels';

/** Display names of the event types (read when used, so the browser's language applies). */
export const EVENT_TYPE_LABEL: Readonly<Record<EventType, string>> = {
  get 'author-visit'() {
    return t('logvEventAuthorVisit');
  },
  get 'book-fair'() {
    return t('logvEventBookFair');
  },
  get workshop() {
    return t('logvEventWorkshop');
  },
  get makerspace() {
    return t('logvEventMakerspace');
  },
  get 'hour-of-code'() {
    return t('logvEventHourOfCode');
  },
};

/** The kind of an entry, with its event type for an event, and the entry's text without the event tag. */
export function EntryHead({ entry }: { entry: Interaction }) {
  const type = entry.kind === 'event' ? splitEventType(entry.notes).type : undefined;
  return (
    <>
      <span class="tag">{KIND_LABEL[entry.kind]}</span>
      {type && <span class="tag event-type">{EVENT_TYPE_LABEL[type]}</span>}
    </>
  );
}

/** The entry's text as typed, without the event tag (shown as a tag instead); always plain text. */
export function entryText(entry: Interaction): string {
  return entry.kind === 'event' ? splitEventType(entry.notes).text : entry.notes;
}

/** Numbers the entry records: classes and students reached, people who came to an event. */
export function EntryNumbers({ entry }: { entry: Interaction }) {
  const parts: string[] = [];
  if (entry.classes !== undefined) parts.push(t('logvClassesN', entry.classes));
  if (entry.students !== undefined) parts.push(t('logvStudentsN', entry.students));
  if (entry.attendance !== undefined) parts.push(t('logvAttendedN', entry.attendance));
  if (entry.followUp) parts.push(t('logvFollowUpOn', entry.followUp));
  return parts.length ? <span class="muted small">{parts.join(' · ')}</span> : null;
}

/** Each contact's latest log date, from the log itself (the truth `lastInteractionAt` is kept from). */
export function latestByContact(log: readonly Interaction[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const i of log) for (const c of i.contactIds) if ((out.get(c) ?? '') < i.date) out.set(c, i.date);
  return out;
}

/**
 * Which check-in timers the entry reset: for each contact, whether their timer
 * now runs from this entry (no later entry names them), or was restarted by it
 * and has been since by a later one; contacts with no check-ins (cadence 0)
 * have no timer to reset.
 */
export function ResetNote({
  entry,
  contacts,
  latest,
  settings,
}: {
  entry: Interaction;
  contacts: ReadonlyMap<number, Stored<Contact>>;
  latest: ReadonlyMap<number, string>;
  settings: Settings | undefined;
}) {
  if (entry.contactIds.length === 0) return <div class="muted small">{t('logvResetNone')}</div>;
  // Until the settings load, a role's cadence (0 = no check-ins) is unknown: say nothing rather than guess.
  if (!settings) return null;
  const current: string[] = [];
  const superseded: string[] = [];
  const noTimer: string[] = [];
  for (const id of entry.contactIds) {
    const c = contacts.get(id);
    if (!c) continue;
    const cadence = c.checkInDays ?? settings.cadenceByRole[c.role];
    if (cadence === 0) noTimer.push(c.name);
    else if ((latest.get(id) ?? '') <= entry.date) current.push(c.name);
    else superseded.push(c.name);
  }
  return (
    <div class="muted small" data-testid="log-reset">
      {current.length > 0 && <span>{t('logvResetCurrent', current.join(', '))} </span>}
      {superseded.length > 0 && <span>{t('logvResetSuperseded', superseded.join(', '))} </span>}
      {noTimer.length > 0 && <span>{t('logvResetNoTimer', noTimer.join(', '))}</span>}
    </div>
  );
}

/** A short log list for a detail page (a contact's or a unit's), with what to say when it is empty. */
export function LogEntries({ entries, empty }: { entries: Interaction[] | undefined; empty: string }) {
  if (!entries?.length) return <p class="muted">{empty}</p>;
  return (
    <ul class="list">
      {entries.map((i) => (
        <li key={i.id}>
          <EntryHead entry={i} /> <span class="muted small">{i.date}</span> <EntryNumbers entry={i} />
          <div>{entryText(i)}</div>
          {i.id !== undefined && (
            <a class="small" href={`#/log?edit=${i.id}`}>
              {t('logvEditInLog')}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
