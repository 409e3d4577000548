import { describe, expect, it, beforeEach } from 'vitest';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { addInteraction, deleteInteraction, updateInteraction } from '../../../src/db/interactions';
import type { Contact } from '../../../src/core/types';

let db: LiaisonDB;
const contact = (name: string): Contact => ({ name, role: 'teacher', subjects: [], grades: [], archived: false, createdAt: '2026-08-01T00:00:00.000Z' });

beforeEach(async () => {
  db = openDb(`interactions-${Math.random()}`);
  await db.contacts.bulkAdd([contact('A'), contact('B')]);
});

describe('log writes keep lastInteractionAt in step', () => {
  it('moves a contact forward on a newer entry and never backward on an older one', async () => {
    await addInteraction(db, { kind: 'check-in', date: '2026-10-05', contactIds: [1], notes: '', createdAt: 'x' });
    expect((await db.contacts.get(1))?.lastInteractionAt).toBe('2026-10-05');
    await addInteraction(db, { kind: 'email', date: '2026-09-01', contactIds: [1, 2], notes: '', createdAt: 'x' });
    expect((await db.contacts.get(1))?.lastInteractionAt).toBe('2026-10-05');
    expect((await db.contacts.get(2))?.lastInteractionAt).toBe('2026-09-01');
  });

  it('recomputes from the log after a delete or an edit', async () => {
    const a = await addInteraction(db, { kind: 'check-in', date: '2026-10-05', contactIds: [1], notes: '', createdAt: 'x' });
    await addInteraction(db, { kind: 'check-in', date: '2026-09-05', contactIds: [1], notes: '', createdAt: 'x' });
    await deleteInteraction(db, a);
    expect((await db.contacts.get(1))?.lastInteractionAt).toBe('2026-09-05');
    const b = await addInteraction(db, { kind: 'meeting', date: '2026-11-01', contactIds: [1], notes: '', createdAt: 'x' });
    await updateInteraction(db, b, { kind: 'meeting', date: '2026-11-01', contactIds: [2], notes: '', createdAt: 'x' });
    expect((await db.contacts.get(1))?.lastInteractionAt).toBe('2026-09-05');
    expect((await db.contacts.get(2))?.lastInteractionAt).toBe('2026-11-01');
  });

  it('moves a timer back when an edit moves the only entry earlier, and gives back the old entry', async () => {
    const id = await addInteraction(db, { kind: 'meeting', date: '2026-11-01', contactIds: [1, 2], notes: 'first', createdAt: 'x' });
    await addInteraction(db, { kind: 'email', date: '2026-10-20', contactIds: [2], notes: '', createdAt: 'x' });
    const old = await updateInteraction(db, id, { kind: 'meeting', date: '2026-10-10', contactIds: [1, 2], notes: 'edited', createdAt: 'x' });
    expect(old).toMatchObject({ id, date: '2026-11-01', notes: 'first' });
    expect((await db.contacts.get(1))?.lastInteractionAt).toBe('2026-10-10');
    // Contact 2 has a later entry of their own: that one counts now.
    expect((await db.contacts.get(2))?.lastInteractionAt).toBe('2026-10-20');
    expect((await db.interactions.get(id))?.notes).toBe('edited');
  });

  it('clears the timer of a contact removed from their only entry', async () => {
    const id = await addInteraction(db, { kind: 'meeting', date: '2026-11-01', contactIds: [1, 2], notes: '', createdAt: 'x' });
    await updateInteraction(db, id, { kind: 'meeting', date: '2026-11-01', contactIds: [2], notes: '', createdAt: 'x' });
    expect((await db.contacts.get(1))?.lastInteractionAt).toBeUndefined();
    expect((await db.contacts.get(2))?.lastInteractionAt).toBe('2026-11-01');
  });

  it('refuses to edit an entry deleted meanwhile, without bringing it back', async () => {
    const id = await addInteraction(db, { kind: 'meeting', date: '2026-11-01', contactIds: [1], notes: '', createdAt: 'x' });
    await deleteInteraction(db, id);
    await expect(updateInteraction(db, id, { kind: 'meeting', date: '2026-11-02', contactIds: [1], notes: '', createdAt: 'x' })).rejects.toThrow(/no longer exists/);
    expect(await db.interactions.count()).toBe(0);
    expect((await db.contacts.get(1))?.lastInteractionAt).toBeUndefined();
  });

  it('writes nothing when the transaction fails half-way', async () => {
    const before = await db.interactions.count();
    // A contact update that throws inside the transaction aborts the whole write.
    db.contacts.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(addInteraction(db, { kind: 'check-in', date: '2026-10-05', contactIds: [1], notes: '', createdAt: 'x' })).rejects.toThrow();
    expect(await db.interactions.count()).toBe(before);
  });
});
