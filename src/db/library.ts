import type { Contact, Interaction, IsoDate, Library, ReminderState, Resource, Stored, Unit } from '../core/types';
import type { LiaisonDB } from './schema';
import { getSettings } from './settings';
import { addDaysIso, toIsoDate } from '../core/dates';
import { periodRange } from '../core/plan';

/** Last contact per person as the contacts record it (`lastInteractionAt`, kept in step by every log write). */
export function lastFromContacts(contacts: readonly Stored<Contact>[]): Map<number, IsoDate> {
  const last = new Map<number, IsoDate>();
  for (const c of contacts) if (c.lastInteractionAt) last.set(c.id, c.lastInteractionAt);
  return last;
}

/** Records not archived. Archived contacts, units and resources stay in the log and the report, nowhere else. */
export function active<T extends { archived?: boolean }>(records: readonly T[]): T[] {
  return records.filter((r) => !r.archived);
}

/** What matching reads: the contacts, units and resources that are not archived. */
export async function loadLibrary(db: LiaisonDB): Promise<Library> {
  const [contacts, units, resources] = await Promise.all([
    db.contacts.toArray() as Promise<Stored<Contact>[]>,
    db.units.toArray() as Promise<Stored<Unit>[]>,
    db.resources.toArray() as Promise<Stored<Resource>[]>,
  ]);
  return { contacts: active(contacts), units: active(units), resources: active(resources) };
}

/**
 * Everything the reminders engine needs, read in one transaction so it is
 * consistent. Archived units are left out (no unit prompts for them); contacts
 * all come, since the engine itself skips archived ones and still names them
 * in follow-ups.
 */
export async function loadReminderInput(db: LiaisonDB) {
  return db.transaction('r', [db.contacts, db.units, db.interactions, db.reminderState, db.settings], async () => {
    const [contacts, units, interactions, reminderState, settings] = await Promise.all([
      db.contacts.toArray() as Promise<Stored<Contact>[]>,
      db.units.toArray().then((u) => active(u as Stored<Unit>[])),
      db.interactions.toArray() as Promise<Stored<Interaction>[]>,
      db.reminderState.toArray() as Promise<ReminderState[]>,
      getSettings(db),
    ]);
    return { contacts, units, interactions, reminderState, settings };
  });
}

export async function isEmpty(db: LiaisonDB): Promise<boolean> {
  const counts = await Promise.all([db.contacts.count(), db.units.count(), db.resources.count(), db.interactions.count()]);
  return counts.every((n) => n === 0);
}

/** Deletes every record (used by restore-replace and "wipe"), in one transaction. */
export async function wipeAll(db: LiaisonDB): Promise<void> {
  await db.transaction('rw', [db.contacts, db.units, db.resources, db.interactions, db.reminderState, db.settings], async () => {
    await Promise.all([
      db.contacts.clear(),
      db.units.clear(),
      db.resources.clear(),
      db.interactions.clear(),
      db.reminderState.clear(),
      db.settings.clear(),
    ]);
  });
}

/**
 * What the badge and the popup need, without reading the whole log: contacts,
 * units, reminder state and settings, the log entries of the current quarter
 * (and of the last weeks before a unit prompt could fall due), and every entry
 * with a follow-up date. The last contact per person comes from the contacts'
 * `lastInteractionAt`, which the log's writers keep in step, merged with the
 * entries read, so a missed update can only make it more recent, never older.
 * Archived units are left out, as in `loadReminderInput`.
 */
export async function loadDueInput(db: LiaisonDB, now: Date) {
  return db.transaction('r', [db.contacts, db.units, db.interactions, db.reminderState, db.settings], async () => {
    const settings = await getSettings(db);
    const today = toIsoDate(now);
    const quarter = periodRange('quarter', now, settings).start;
    const unitWindow = addDaysIso(today, -(Math.max(0, settings.unitLeadDays) + 30));
    const from = quarter < unitWindow ? quarter : unitWindow;
    const [contacts, units, recent, followUps, reminderState] = await Promise.all([
      db.contacts.toArray() as Promise<Stored<Contact>[]>,
      db.units.toArray().then((u) => active(u as Stored<Unit>[])),
      db.interactions.where('date').aboveOrEqual(from).toArray() as Promise<Stored<Interaction>[]>,
      db.interactions.where('followUp').above('').toArray() as Promise<Stored<Interaction>[]>,
      db.reminderState.toArray() as Promise<ReminderState[]>,
    ]);
    const byId = new Map<number, Stored<Interaction>>();
    for (const i of recent) byId.set(i.id, i);
    for (const i of followUps) byId.set(i.id, i);
    const interactions = [...byId.values()];
    const lastInteraction = lastFromContacts(contacts);
    for (const i of interactions) {
      for (const cid of i.contactIds) {
        const prev = lastInteraction.get(cid);
        if (prev === undefined || i.date > prev) lastInteraction.set(cid, i.date);
      }
    }
    return { contacts, units, interactions, reminderState, settings, lastInteraction };
  });
}
