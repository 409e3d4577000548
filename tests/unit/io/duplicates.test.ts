import { describe, expect, it } from 'vitest';
import type { Contact, Stored } from '../../../src/core/types';
import { findDuplicate, mergeContacts } from '../../../src/io/duplicates';

const createdAt = '2026-01-01T00:00:00.000Z';
const contact = (c: Partial<Contact> & Pick<Contact, 'name'>): Contact => ({
  role: 'teacher',
  subjects: [],
  grades: [],
  archived: false,
  createdAt,
  ...c,
});

const existing: Stored<Contact>[] = [
  { ...contact({ name: 'Zoë Brandt', email: 'ZBrandt@School.org' }), id: 1 },
  { ...contact({ name: 'Sam Park', role: 'parent' }), id: 2 },
];

describe('findDuplicate', () => {
  it('matches emails case-insensitively', () => {
    expect(findDuplicate(contact({ name: 'Z. Brandt', email: ' zbrandt@school.ORG ' }), existing)).toEqual({ existing: existing[0], reason: 'email' });
  });

  it('matches a normalised name with the same role (case, spaces, decomposed accents)', () => {
    expect(findDuplicate(contact({ name: '  zoe\u0308   BRANDT ' }), existing)).toEqual({ existing: existing[0], reason: 'name-role' });
    expect(findDuplicate(contact({ name: 'sam park', role: 'parent' }), existing)?.existing.id).toBe(2);
  });

  it('keeps apart the same name with another role, and different people', () => {
    expect(findDuplicate(contact({ name: 'Sam Park', role: 'teacher' }), existing)).toBeNull();
    expect(findDuplicate(contact({ name: 'Someone Else', email: 'else@school.org' }), existing)).toBeNull();
  });
});

describe('mergeContacts', () => {
  it('keeps what the existing contact has, fills gaps from the new one, unites lists and notes', () => {
    const a: Stored<Contact> = {
      ...contact({ name: 'Ann Lee', subjects: ['Science'], grades: [6, 7], notes: 'Prefers email', lastInteractionAt: '2026-03-01' }),
      id: 9,
    };
    const b = contact({
      name: 'Ann M. Lee',
      role: 'specialist',
      email: 'ann@school.org',
      organization: 'Lincoln MS',
      subjects: ['science', 'Health'],
      grades: [8, 6],
      checkInDays: 14,
      notes: 'Runs the garden club',
      lastInteractionAt: '2026-02-01',
    });
    expect(mergeContacts(a, b)).toEqual({
      ...a,
      email: 'ann@school.org',
      organization: 'Lincoln MS',
      subjects: ['Science', 'Health'],
      grades: [6, 7, 8],
      checkInDays: 14,
      notes: 'Prefers email\n\nRuns the garden club',
    });
  });

  it('does not repeat notes already present, and takes the later interaction date', () => {
    const a = contact({ name: 'Ann', notes: 'Runs the garden club. Tuesdays.', lastInteractionAt: '2026-01-01' });
    const merged = mergeContacts(a, contact({ name: 'Ann', notes: 'Runs the garden club', lastInteractionAt: '2026-05-01' }));
    expect(merged.notes).toBe('Runs the garden club. Tuesdays.');
    expect(merged.lastInteractionAt).toBe('2026-05-01');
  });
});
