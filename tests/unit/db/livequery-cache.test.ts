import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/db/schema';
import type { Contact } from '../../../src/core/types';

const contact = (name: string): Contact => ({ name, role: 'teacher', subjects: [], grades: [], archived: false, createdAt: '2026-01-01T00:00:00.000Z' });

/** The next value a live query emits that satisfies `ok`. */
function next<T>(q: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const sub = liveQuery(q).subscribe({
      next: (v) => {
        if (ok(v)) {
          sub.unsubscribe();
          resolve(v);
        }
      },
      error: reject,
    });
  });
}

describe('live queries after clear() and bulkAdd()', () => {
  it('see later updates of the re-added records (no stale cache after a wipe and restore)', async () => {
    const db = openDb(`cache-${Math.random()}`);
    await db.contacts.bulkAdd([contact('Ana'), contact('Ben')]);
    const q = () => db.contacts.orderBy('name').toArray();
    await next(q, (v) => v.length === 2);
    // As a restore does: the same records, with their ids, after a clear.
    const before = await db.contacts.toArray();
    await db.contacts.clear();
    await db.contacts.bulkAdd(before);
    await next(q, (v) => v.length === 2);
    const ana = (await db.contacts.where('name').equals('Ana').first())!;
    await db.contacts.update(ana.id!, { lastInteractionAt: '2026-11-20' });
    const seen = await Promise.race([
      next(q, (v) => v.find((c) => c.name === 'Ana')?.lastInteractionAt === '2026-11-20'),
      new Promise<null>((r) => setTimeout(() => r(null), 2000)),
    ]);
    expect(seen, 'the live query never showed the update').not.toBeNull();
    expect((await q()).find((c) => c.name === 'Ana')?.lastInteractionAt).toBe('2026-11-20');
    db.close();
  });
});
