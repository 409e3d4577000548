import type { Interaction, IsoDate, Stored } from '../core/types';
import type { LiaisonDB } from './schema';

/**
 * Writes a log entry and moves each named contact's `lastInteractionAt` forward,
 * in one transaction: never a half-written entry.
 */
export async function addInteraction(db: LiaisonDB, entry: Omit<Interaction, 'id'>): Promise<number> {
  return db.transaction('rw', db.interactions, db.contacts, async () => {
    const id = await db.interactions.add(entry as Interaction);
    await touchContacts(db, entry.contactIds, entry.date);
    return id as number;
  });
}

async function touchContacts(db: LiaisonDB, ids: number[], date: IsoDate): Promise<void> {
  for (const id of ids) {
    const c = await db.contacts.get(id);
    if (c && (!c.lastInteractionAt || c.lastInteractionAt < date)) {
      await db.contacts.update(id, { lastInteractionAt: date });
    }
  }
}

/** Recomputes `lastInteractionAt` of the given contacts from the log (after an edit or delete). */
export async function recomputeLastInteraction(db: LiaisonDB, contactIds: number[]): Promise<void> {
  await db.transaction('rw', db.interactions, db.contacts, async () => {
    for (const id of contactIds) {
      const latest = await db.interactions.where('contactIds').equals(id).reverse().sortBy('date');
      await db.contacts.update(id, { lastInteractionAt: latest[0]?.date });
    }
  });
}

export async function deleteInteraction(db: LiaisonDB, id: number): Promise<Stored<Interaction> | undefined> {
  return db.transaction('rw', db.interactions, db.contacts, async () => {
    const old = (await db.interactions.get(id)) as Stored<Interaction> | undefined;
    if (!old) return undefined;
    await db.interactions.delete(id);
    await recomputeLastInteraction(db, old.contactIds);
    return old;
  });
}

/**
 * Replaces a log entry and recomputes `lastInteractionAt` of everyone on the old
 * or the new entry (a contact removed, or a date moved back, can move a timer
 * back), in one transaction. Returns the entry as it was, for Undo. Throws when
 * the entry no longer exists (deleted from another page): an edit never
 * brings a deleted entry back.
 */
export async function updateInteraction(db: LiaisonDB, id: number, next: Omit<Interaction, 'id'>): Promise<Stored<Interaction>> {
  return db.transaction('rw', db.interactions, db.contacts, async () => {
    const old = (await db.interactions.get(id)) as Stored<Interaction> | undefined;
    if (!old) throw new Error(`log entry ${id} no longer exists`);
    await db.interactions.put({ ...next, id });
    await recomputeLastInteraction(db, [...new Set([...old.contactIds, ...next.contactIds])]);
    return old;
  });
}
