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
/**
 * Every unit, by start date, undated ones last. Not `orderBy('start')`: IndexedDB
 * leaves records without the key out of an index, so undated units would vanish.
 */
export const allUnits = async (): Promise<Stored<Unit>[]> => {
  const units = (await db.units.toArray()) as Stored<Unit>[];
  return units.sort((x, y) => (x.start ?? '\uffff').localeCompare(y.start ?? '\uffff') || x.title.localeCompare(y.title));
};
export const allResources = () => db.resources.orderBy('title').toArray() as Promise<Stored<Resource>[]>;
export const allInteractions = () => db.interactions.orderBy('date').reverse().toArray() as Promise<Stored<Interaction>[]>;

/** The lowercased text a search looks in. */
export function searchText(...fields: (string | undefined | string[])[]): string {
  return fields.map((f) => (Array.isArray(f) ? f.join(' ') : (f ?? ''))).join('\n').toLowerCase();
}

/**
 * `searchText` of a record, built the first time a search needs it and kept
 * with the record (a list's records are replaced when the data changes), so
 * opening a list costs nothing for search and a keystroke is a pass of `includes`.
 */
export function searchTextCache<T extends object>(fields: (record: T) => (string | undefined | string[])[]): (record: T) => string {
  const cache = new WeakMap<T, string>();
  return (record) => {
    let text = cache.get(record);
    if (text === undefined) cache.set(record, (text = searchText(...fields(record))));
    return text;
  };
}

export function matchesQuery(q: string, ...fields: (string | undefined | string[])[]): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return fields.some((f) => (Array.isArray(f) ? f.join(' ') : (f ?? '')).toLowerCase().includes(needle));
}
