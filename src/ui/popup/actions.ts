/**
 * The popup's writes, and the date arithmetic and checks they need. This is
 * the only popup module that reaches Dexie or date-fns, and the popup imports
 * it dynamically (when the librarian acts, or once the
 * page is idle), so that opening the popup costs neither loading Dexie nor
 * opening the database: what it shows comes ready-made from the background
 * (`popup:today`). Every write tells the background (`data:changed`), which
 * recomputes the badge and the Today view before answering.
 */
import { addDaysIso } from '../../core/dates';
import { validateLogEntry } from '../../core/log';
import type { Contact, Interaction, IsoDate, IsoDateTime, ReminderState, Role } from '../../core/types';
import { getDb } from '../../db/schema';
import { addInteraction, deleteInteraction } from '../../db/interactions';
import { send } from '../../messaging/client';

/** The quick log's check (core/log.ts), loaded with the write path rather than when the popup opens. */
export { validateLogEntry };

async function changed(): Promise<void> {
  await send({ type: 'data:changed' }).catch(() => undefined);
}

/** Writes a log entry (and moves its contacts' check-in timers); returns its id. */
export async function logInteraction(entry: Omit<Interaction, 'id'>): Promise<number> {
  const id = await addInteraction(getDb(), entry);
  await changed();
  return id;
}

/** Undo of `logInteraction`: the timers go back to what the rest of the log says. */
export async function unlogInteraction(id: number): Promise<void> {
  await deleteInteraction(getDb(), id);
  await changed();
}

/** Snoozes a reminder for `days` days from `today`; returns the state before (for undo) and the date. */
export async function snoozeReminder(key: string, today: IsoDate, days: number, at: IsoDateTime): Promise<{ previous: ReminderState | undefined; until: IsoDate }> {
  const until = addDaysIso(today, days);
  return { previous: await putReminderState({ key, snoozedUntil: until, updatedAt: at }), until };
}

/** Dismisses this occurrence of a reminder (the one due `originalDue`); returns the state before, for undo. */
export function dismissReminder(key: string, originalDue: IsoDate, at: IsoDateTime): Promise<ReminderState | undefined> {
  return putReminderState({ key, dismissedDue: originalDue, updatedAt: at });
}

/** Stores a snooze or a dismissal; returns what was there before. */
async function putReminderState(next: ReminderState): Promise<ReminderState | undefined> {
  const db = getDb();
  const previous = await db.transaction('rw', db.reminderState, async () => {
    const old = await db.reminderState.get(next.key);
    await db.reminderState.put(next);
    return old;
  });
  await changed();
  return previous;
}

/** Undo of `putReminderState`. */
export async function restoreReminderState(key: string, previous: ReminderState | undefined): Promise<void> {
  const db = getDb();
  if (previous) await db.reminderState.put(previous);
  else await db.reminderState.delete(key);
  await changed();
}

/** A contact typed in the quick log that did not exist yet: name and role now, the rest later in the library. */
export async function createContact(name: string, role: Role, createdAt: string): Promise<number> {
  const contact: Contact = { name, role, subjects: [], grades: [], archived: false, createdAt };
  const id = (await getDb().contacts.add(contact)) as number;
  await changed();
  return id;
}

/** Undo of `createContact`, only while no log entry names the contact. */
export async function deleteNewContact(id: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.contacts, db.interactions, async () => {
    if ((await db.interactions.where('contactIds').equals(id).count()) === 0) await db.contacts.delete(id);
  });
  await changed();
}
