/**
 * The reminders engine: which check-ins, unit prompts and follow-ups are due.
 *
 * Pure: everything, including `now`, is a parameter, and due items are derived
 * from the data each time (only snoozes and dismissals are stored, as
 * `ReminderState`). All date logic is on local calendar dates (`IsoDate`).
 *
 * Rules
 * - Check-in (`checkin:<contactId>`): each non-archived contact has a cadence,
 *   `contact.checkInDays` if set, else `settings.cadenceByRole[role]`; 0 = off.
 *   It falls due one cadence after the latest interaction naming the contact
 *   (computed from the log, not from `contact.lastInteractionAt`), or one cadence
 *   after the contact was added when never contacted, so that an import of forty
 *   teachers does not light up forty reminders at once. An interaction dated in
 *   the future (a planned meeting, or a clock set back) also restarts the timer.
 * - Unit start (`unit-start:<unitId>`): `unitLeadDays` before a unit starts, to
 *   its (non-archived) teachers. Shown until 7 days after the start, or until an
 *   interaction names the unit on or after the prompt's date.
 * - Unit end (`unit-end:<unitId>`): on the end date, "ask how it went". Shown until
 *   7 days after it falls due, or until an interaction names the unit on or after
 *   the end date. Units without a valid start, without teachers, or ending before
 *   they start get no prompts.
 * - Follow-up (`followup:<interactionId>`): on an interaction's `followUp` date,
 *   shown until dismissed, or until a later interaction (dated after the entry)
 *   names any of the same contacts: talking to them again is the follow-up.
 * - Every due date is moved onto a school day (`nextSchoolDay`): `originalDue` is
 *   the date the rule gives, `due` the day it falls due.
 * - A snooze hides an item while `snoozedUntil` is after today; a dismissal hides
 *   the occurrence whose `originalDue` equals `dismissedDue` (a later occurrence
 *   shows again).
 * - Returned: items due today or overdue, and upcoming ones due within the next
 *   7 days (`overdueDays` -7..-1), most overdue first.
 */
import { addDaysIso, diffDaysIso, isValidIsoDate, toIsoDate } from './dates';
import { schoolDayShifter } from './school-calendar';
import type { Contact, Interaction, InteractionKind, IsoDate, ReminderState, Settings, Unit } from './types';

export type DueKind = 'check-in' | 'unit-start' | 'unit-end' | 'follow-up';

export interface DueItem {
  /** `checkin:12` | `unit-start:5` | `unit-end:5` | `followup:33`: the `ReminderState` key. */
  key: string;
  kind: DueKind;
  /** The day it falls due, after moving off breaks and weekends. */
  due: IsoDate;
  /** The date the rule gives, before moving; snoozes and dismissals refer to this occurrence. */
  originalDue: IsoDate;
  /** Calendar days from `due` to today: 0 = due today, > 0 overdue, < 0 upcoming. */
  overdueDays: number;
  contactIds: number[];
  unitId?: number;
  interactionId?: number;
  /** A plain sentence: "Check in with Maria Lopez (last contact 23 days ago)". */
  title: string;
}

/** When the contact was last heard from, as the check-in sentence needs it. */
export type LastContact = { when: 'never' } | { when: 'today' } | { when: 'yesterday' } | { when: 'days'; days: number } | { when: 'future'; date: IsoDate };

/**
 * The sentences of due items. Core writes English ({@link ENGLISH_PHRASES});
 * the extension passes phrases read from browser.i18n, so the wording is
 * translated without the rules knowing about languages.
 */
export interface DuePhrases {
  checkIn(name: string, last: LastContact): string;
  unitStart(names: string, unitTitle: string, start: IsoDate): string;
  unitEnd(names: string, unitTitle: string): string;
  followUp(who: string | undefined, unitTitle: string | undefined, kind: InteractionKind, date: IsoDate): string;
  /** "A", "A and B", "A, B and C", "A, B and 3 others". */
  names(names: readonly string[]): string;
}

export const ENGLISH_PHRASES: DuePhrases = {
  checkIn: (name, last) => `Check in with ${name} (${lastContactPhrase(last)})`,
  unitStart: (names, unit, start) => `Reach out to ${names} before ${unit} starts on ${start}: share resources`,
  unitEnd: (names, unit) => `Ask ${names} how ${unit} went`,
  followUp: (who, unit, kind, date) => `Follow up${who ? ` with ${who}` : ''}${unit !== undefined ? ` about ${unit}` : ''} (${KIND_LABELS[kind] ?? kind} on ${date})`,
  names: (names) => {
    if (names.length <= 1) return names[0] ?? '';
    if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
  },
};

export interface DueInput {
  /** Wording of the items' titles; English when absent. */
  phrases?: DuePhrases;
  contacts: readonly Contact[];
  units: readonly Unit[];
  interactions: readonly Interaction[];
  reminderState: readonly ReminderState[];
  settings: Settings;
  now: Date;
  /** `lastInteractionByContact(interactions)` when the caller already has it; saves one pass over the log. */
  lastInteraction?: ReadonlyMap<number, IsoDate>;
}

/** How far ahead upcoming items are included ("this week" in the popup). */
export const UPCOMING_DAYS = 7;
/** How long a unit prompt stays up after the unit started / after the end prompt fell due. */
export const UNIT_PROMPT_DAYS = 7;

export function computeDue(input: DueInput): DueItem[] {
  const { contacts, units, interactions, settings } = input;
  const phrases = input.phrases ?? ENGLISH_PHRASES;
  const listNames = phrases.names;
  const today = toIsoDate(input.now);
  const shift = schoolDayShifter(settings);
  const log = scanLog(interactions, input.lastInteraction === undefined);
  const lastByContact = input.lastInteraction ?? log.lastByContact;
  const state = new Map(input.reminderState.map((s) => [s.key, s]));
  const contactsById = new Map<number, Contact>();
  for (const c of contacts) if (c.id !== undefined) contactsById.set(c.id, c);

  /** When the occurrence falls due, or `undefined` when it is hidden (too far ahead, snoozed, dismissed). */
  const timing = (key: string, originalDue: IsoDate): { due: IsoDate; overdueDays: number } | undefined => {
    const due = shift(originalDue);
    const overdueDays = diffDaysIso(today, due);
    if (overdueDays < -UPCOMING_DAYS) return undefined;
    const s = state.get(key);
    if (s?.snoozedUntil !== undefined && s.snoozedUntil > today) return undefined;
    if (s?.dismissedDue === originalDue) return undefined;
    return { due, overdueDays };
  };
  // Items are built only once they are known to show: titles are the costly part.
  const items: DueItem[] = [];

  for (const [id, contact] of contactsById) {
    if (contact.archived) continue;
    const cadence = cadenceOf(contact, settings);
    if (cadence <= 0) continue;
    const last = lastByContact.get(id);
    const since = last ?? addedOn(contact);
    if (since === undefined) continue;
    const key = `checkin:${id}`;
    const originalDue = addDaysIso(since, cadence);
    const when = timing(key, originalDue);
    if (!when) continue;
    items.push({
      key,
      kind: 'check-in',
      due: when.due,
      originalDue,
      overdueDays: when.overdueDays,
      contactIds: [id],
      title: phrases.checkIn(contact.name, lastContact(last, today)),
    });
  }

  for (const unit of units) {
    if (unit.id === undefined || !isValidIsoDate(unit.start)) continue;
    const hasEnd = isValidIsoDate(unit.end);
    if (hasEnd && unit.end! < unit.start) continue;
    const teacherIds = [...new Set(unit.teacherIds)].filter((tid) => contactsById.get(tid)?.archived === false);
    if (teacherIds.length === 0) continue;
    const names = () => listNames(teacherIds.map((tid) => contactsById.get(tid)!.name));
    const latest = log.latestByUnit.get(unit.id);

    const prompt = addDaysIso(unit.start, -Math.max(0, settings.unitLeadDays));
    const startExpired = diffDaysIso(today, unit.start) > UNIT_PROMPT_DAYS;
    const startKey = `unit-start:${unit.id}`;
    const startWhen = startExpired || (latest !== undefined && latest >= prompt) ? undefined : timing(startKey, prompt);
    if (startWhen) {
      items.push({
        key: startKey,
        kind: 'unit-start',
        due: startWhen.due,
        originalDue: prompt,
        overdueDays: startWhen.overdueDays,
        contactIds: teacherIds,
        unitId: unit.id,
        title: phrases.unitStart(names(), unit.title, unit.start!),
      });
    }

    if (hasEnd) {
      const end = unit.end!;
      const endExpired = diffDaysIso(today, shift(end)) > UNIT_PROMPT_DAYS;
      const endKey = `unit-end:${unit.id}`;
      const endWhen = endExpired || (latest !== undefined && latest >= end) ? undefined : timing(endKey, end);
      if (endWhen) {
        items.push({
          key: endKey,
          kind: 'unit-end',
          due: endWhen.due,
          originalDue: end,
          overdueDays: endWhen.overdueDays,
          contactIds: teacherIds,
          unitId: unit.id,
          title: phrases.unitEnd(names(), unit.title),
        });
      }
    }
  }

  const unitTitles = new Map<number, string>();
  for (const u of units) if (u.id !== undefined) unitTitles.set(u.id, u.title);
  for (const it of log.followUps) {
    // Talking to any of its contacts again (on a later day) is the follow-up.
    if (it.contactIds.some((cid) => (lastByContact.get(cid) ?? '') > it.date)) continue;
    const key = `followup:${it.id!}`;
    const originalDue = it.followUp!;
    const when = timing(key, originalDue);
    if (!when) continue;
    const known = it.contactIds.filter((cid) => contactsById.has(cid));
    const who = known.length > 0 ? listNames(known.map((cid) => contactsById.get(cid)!.name)) : undefined;
    const unitTitle = it.unitId !== undefined ? unitTitles.get(it.unitId) : undefined;
    const item: DueItem = {
      key,
      kind: 'follow-up',
      due: when.due,
      originalDue,
      overdueDays: when.overdueDays,
      contactIds: known,
      interactionId: it.id!,
      title: phrases.followUp(who, unitTitle, it.kind, it.date),
    };
    if (it.unitId !== undefined) item.unitId = it.unitId;
    items.push(item);
  }

  return items.sort(compareItems);
}

export type BadgeColor = 'due' | 'overdue-week' | 'none';

/**
 * The toolbar badge: how many items are due today or overdue (as of `now`, so a
 * list computed earlier in the day can be reused), red-ish `overdue-week` when any
 * is more than 7 days overdue. The text is capped at `99+` to fit the badge.
 */
export function badgeFor(items: readonly DueItem[], now: Date): { text: string; color: BadgeColor; count: number } {
  const today = toIsoDate(now);
  let count = 0;
  let overdueWeek = false;
  for (const item of items) {
    const overdue = diffDaysIso(today, item.due);
    if (overdue < 0) continue;
    count++;
    if (overdue > 7) overdueWeek = true;
  }
  if (count === 0) return { text: '', color: 'none', count: 0 };
  return { text: count > 99 ? '99+' : String(count), color: overdueWeek ? 'overdue-week' : 'due', count };
}

/**
 * "Who haven't I talked to?": non-archived contacts, longest without contact first.
 * Contacts never contacted come first (they are the ones most out of touch),
 * oldest-added first; then by days since the last interaction, descending; ties by name.
 * `log` is the interactions, or their `lastInteractionByContact` map.
 */
export function losingTouch(
  contacts: readonly Contact[],
  log: readonly Interaction[] | ReadonlyMap<number, IsoDate>,
  now: Date,
  limit: number,
): { contactId: number; daysSince: number | null }[] {
  const today = toIsoDate(now);
  const last = isMap(log) ? log : lastInteractionByContact(log);
  const rows = contacts
    .filter((c) => c.id !== undefined && !c.archived)
    .map((c) => {
      const date = last.get(c.id!);
      return {
        contactId: c.id!,
        daysSince: date === undefined ? null : diffDaysIso(today, date),
        added: c.createdAt,
        name: c.name,
      };
    });
  rows.sort((a, b) => {
    if (a.daysSince === null || b.daysSince === null) {
      if (a.daysSince !== b.daysSince) return a.daysSince === null ? -1 : 1;
      if (a.added !== b.added) return a.added < b.added ? -1 : 1;
    } else if (a.daysSince !== b.daysSince) {
      return b.daysSince - a.daysSince;
    }
    return a.name.localeCompare(b.name);
  });
  return rows.slice(0, Math.max(0, limit)).map(({ contactId, daysSince }) => ({ contactId, daysSince }));
}

/** Date of the latest interaction naming each contact. Interactions with an invalid date are ignored. */
export function lastInteractionByContact(interactions: readonly Interaction[]): Map<number, IsoDate> {
  return scanLog(interactions, true).lastByContact;
}

/** The cadence in days for a contact; 0 (or anything not positive) = no check-ins. */
export function cadenceOf(contact: Contact, settings: Settings): number {
  const days = contact.checkInDays ?? settings.cadenceByRole[contact.role] ?? 0;
  return Number.isFinite(days) ? Math.floor(days) : 0;
}

const KIND_LABELS: Record<InteractionKind, string> = {
  'co-teaching-idea': 'co-teaching idea',
  'check-in': 'check-in',
  'co-taught-lesson': 'co-taught lesson',
  meeting: 'meeting',
  email: 'email',
  'resource-shared': 'resource shared',
  event: 'event',
};

/** Order among items due the same day: follow-ups were asked for explicitly, so they lead. */
const KIND_ORDER: Record<DueKind, number> = { 'follow-up': 0, 'unit-start': 1, 'unit-end': 2, 'check-in': 3 };

function compareItems(a: DueItem, b: DueItem): number {
  return (
    b.overdueDays - a.overdueDays ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.title.localeCompare(b.title) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * One pass over the log for everything the rules read from it: the latest date
 * per contact (unless the caller has it) and per unit, and the follow-ups.
 */
function scanLog(interactions: readonly Interaction[], withContacts: boolean) {
  const lastByContact = new Map<number, IsoDate>();
  const latestByUnit = new Map<number, IsoDate>();
  const followUps: Interaction[] = [];
  for (const it of interactions) {
    if (it.followUp !== undefined && it.id !== undefined && isValidIsoDate(it.followUp)) followUps.push(it);
    if (!isValidIsoDate(it.date)) continue;
    if (withContacts) {
      for (const cid of it.contactIds) {
        const prev = lastByContact.get(cid);
        if (prev === undefined || it.date > prev) lastByContact.set(cid, it.date);
      }
    }
    if (it.unitId !== undefined) {
      const prev = latestByUnit.get(it.unitId);
      if (prev === undefined || it.date > prev) latestByUnit.set(it.unitId, it.date);
    }
  }
  return { lastByContact, latestByUnit, followUps };
}

/** The local date a contact was added; `undefined` when `createdAt` cannot be read (no check-in then). */
function addedOn(contact: Contact): IsoDate | undefined {
  if (isValidIsoDate(contact.createdAt)) return contact.createdAt;
  const at = new Date(contact.createdAt);
  return Number.isNaN(at.getTime()) ? undefined : toIsoDate(at);
}

export function lastContact(last: IsoDate | undefined, today: IsoDate): LastContact {
  if (last === undefined) return { when: 'never' };
  const days = diffDaysIso(today, last);
  if (days === 0) return { when: 'today' };
  if (days === 1) return { when: 'yesterday' };
  if (days > 1) return { when: 'days', days };
  return { when: 'future', date: last };
}

function lastContactPhrase(last: LastContact): string {
  switch (last.when) {
    case 'never':
      return 'no contact logged yet';
    case 'today':
      return 'last contact today';
    case 'yesterday':
      return 'last contact yesterday';
    case 'days':
      return `last contact ${last.days} days ago`;
    case 'future':
      return `next contact logged for ${last.date}`;
  }
}

function isMap<K, V>(x: unknown): x is ReadonlyMap<K, V> {
  return x instanceof Map;
}

/** One row of the "losing touch" list, with the name so that a view needs nothing else. */
export interface LosingTouchRow {
  contactId: number;
  name: string;
  daysSince: number | null;
}

/** The popup's Today view: the due items split by section, and who is losing touch. */
export interface TodaySections {
  today: IsoDate;
  overdue: DueItem[];
  dueToday: DueItem[];
  /** Upcoming within `UPCOMING_DAYS`. */
  week: DueItem[];
  losing: LosingTouchRow[];
}

/**
 * Splits `computeDue`'s items (computed as of `now`, or earlier the same day)
 * into the Today view's sections, counting days against `now`, and adds the
 * `losingLimit` contacts longest without contact. Computed where the data
 * already is (the background), so the popup only renders it.
 */
export function todaySections(
  items: readonly DueItem[],
  contacts: readonly Contact[],
  lastInteraction: ReadonlyMap<number, IsoDate>,
  now: Date,
  losingLimit: number,
): TodaySections {
  const today = toIsoDate(now);
  const overdue: DueItem[] = [];
  const dueToday: DueItem[] = [];
  const week: DueItem[] = [];
  for (const item of items) {
    const overdueDays = diffDaysIso(today, item.due);
    if (overdueDays < -UPCOMING_DAYS) continue;
    const current = overdueDays === item.overdueDays ? item : { ...item, overdueDays };
    (overdueDays > 0 ? overdue : overdueDays === 0 ? dueToday : week).push(current);
  }
  const names = new Map<number, string>();
  for (const c of contacts) if (c.id !== undefined) names.set(c.id, c.name);
  const losing = losingTouch(contacts, lastInteraction, now, losingLimit).map((l) => ({ ...l, name: names.get(l.contactId) ?? '' }));
  return { today, overdue, dueToday, week, losing };
}
