/**
 * Finding an imported contact that is already in the address book, and merging the two.
 * Two contacts are the same person when their emails match (case-insensitively), or,
 * failing that, when their names match after normalisation and they have the same role
 * (a parent and a teacher called "Sam Park" are kept apart).
 */
import type { Contact, Stored } from '../core/types';
import { nameKey } from './fields';

export type DuplicateReason = 'email' | 'name-role';
export interface Duplicate<C> {
  existing: C;
  reason: DuplicateReason;
}

const emailKey = (email: string) => email.trim().toLowerCase();
const nameRoleKey = (c: Pick<Contact, 'name' | 'role'>) => `${nameKey(c.name)}|${c.role}`;

/**
 * An index over existing contacts, for checking many candidates (an import of
 * hundreds against thousands) in linear time. `add` grows it, so that an import can
 * also catch repeats within itself. The first contact with a key wins.
 */
export function duplicateIndex<C extends Contact>(existing: readonly C[] = []) {
  const byEmail = new Map<string, C>();
  const byNameRole = new Map<string, C>();
  const add = (c: C) => {
    if (c.email && !byEmail.has(emailKey(c.email))) byEmail.set(emailKey(c.email), c);
    if (!byNameRole.has(nameRoleKey(c))) byNameRole.set(nameRoleKey(c), c);
  };
  existing.forEach(add);
  const find = (candidate: Contact): Duplicate<C> | null => {
    const sameEmail = candidate.email ? byEmail.get(emailKey(candidate.email)) : undefined;
    if (sameEmail) return { existing: sameEmail, reason: 'email' };
    const sameName = byNameRole.get(nameRoleKey(candidate));
    return sameName ? { existing: sameName, reason: 'name-role' } : null;
  };
  return { find, add };
}

export function findDuplicate(candidate: Contact, existing: readonly Stored<Contact>[]): Duplicate<Stored<Contact>> | null {
  return duplicateIndex(existing).find(candidate);
}

/** `a` then the items of `b` it lacks, compared case- and accent-form-insensitively. */
function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  const seen = new Set(a.map(nameKey));
  for (const item of b) {
    if (seen.has(nameKey(item))) continue;
    seen.add(nameKey(item));
    out.push(item);
  }
  return out;
}

/**
 * Merges an incoming contact `b` into the existing `a`. `a` wins where both have a
 * value (it is what the librarian already curated, and it keeps its id and history);
 * `b` fills the gaps; lists are united; notes are kept from both.
 */
export function mergeContacts<C extends Contact>(a: C, b: Contact): C {
  const merged: C = {
    ...a,
    name: a.name.trim() !== '' ? a.name : b.name,
    subjects: union(a.subjects, b.subjects),
    grades: [...new Set([...a.grades, ...b.grades])].sort((x, y) => x - y),
  };
  if (!a.email && b.email) merged.email = b.email;
  if (!a.organization && b.organization) merged.organization = b.organization;
  if (a.checkInDays === undefined && b.checkInDays !== undefined) merged.checkInDays = b.checkInDays;
  if (b.notes && b.notes.trim() !== '' && !(a.notes ?? '').includes(b.notes.trim())) {
    merged.notes = a.notes && a.notes.trim() !== '' ? `${a.notes}\n\n${b.notes.trim()}` : b.notes.trim();
  }
  if (b.lastInteractionAt && (!a.lastInteractionAt || b.lastInteractionAt > a.lastInteractionAt)) {
    merged.lastInteractionAt = b.lastInteractionAt;
  }
  return merged;
}
