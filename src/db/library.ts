import type { Contact, Interaction, Library, ReminderState, Resource, Stored, Unit } from '../core/types';
import type { LiaisonDB } from './schema';
import { getSettings } from './settings';

export async function loadLibrary(db: LiaisonDB): Promise<Library> {
  const [contacts, units, resources] = await Promise.all([
    db.contacts.toArray() as Promise<Stored<Contact>[]>,
    db.units.toArray() as Promise<Stored<Unit>[]>,
    db.resources.toArray() as Promise<Stored<Resource>[]>,
  ]);
  return { contacts, units, resources };
}

/** Everything the reminders engine needs, read in one transaction so it is consistent. */
export async function loadReminderInput(db: LiaisonDB) {
  return db.transaction('r', [db.contacts, db.units, db.interactions, db.reminderState, db.settings], async () => {
    const [contacts, units, interactions, reminderState, settings] = await Promise.all([
      db.contacts.toArray() as Promise<Stored<Contact>[]>,
      db.units.toArray() as Promise<Stored<Unit>[]>,
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
