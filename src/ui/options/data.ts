import type { Contact, Interaction, Resource, Stored, Unit } from '../../core/types';
import { getDb } from '../../db/schema';
import { send } from '../../messaging/client';

export const db = getDb();
export const now = () => new Date();

/** Tell the background that data changed (badge, match index). Never fails the caller. */
export async function changed(): Promise<void> {
  await send({ type: 'data:changed' }).catch(() => undefined);
}

export const allContacts = () => db.contacts.orderBy('name').toArray() as Promise<Stored<Contact>[]>;
export const allUnits = () => db.units.orderBy('start').toArray() as Promise<Stored<Unit>[]>;
export const allResources = () => db.resources.orderBy('title').toArray() as Promise<Stored<Resource>[]>;
export const allInteractions = () => db.interactions.orderBy('date').reverse().toArray() as Promise<Stored<Interaction>[]>;

export function matchesQuery(q: string, ...fields: (string | undefined | string[])[]): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return fields.some((f) => (Array.isArray(f) ? f.join(' ') : (f ?? '')).toLowerCase().includes(needle));
}
