import { describe, expect, it } from 'vitest';
import { computeDue, lastInteractionByContact } from '../../../../src/core/reminders';
import { at, byKey, contact, due, interaction, settings } from './helpers';

describe('check-ins', () => {
  it('falls due one role cadence after the last interaction (teacher: 21 days)', () => {
    const items = due({
      contacts: [contact(1, { name: 'Maria Lopez' })],
      interactions: [interaction(10, '2026-02-10', [1])],
      now: at('2026-03-05'),
    });
    expect(items).toEqual([
      {
        key: 'checkin:1',
        kind: 'check-in',
        due: '2026-03-03',
        originalDue: '2026-03-03',
        overdueDays: 2,
        contactIds: [1],
        title: 'Check in with Maria Lopez (last contact 23 days ago)',
      },
    ]);
  });

  it('uses the role defaults from settings, and checkInDays overrides them', () => {
    const s = settings({ cadenceByRole: { ...settings().cadenceByRole, administrator: 10 } });
    const items = due({
      contacts: [
        contact(1, { role: 'administrator' }),
        contact(2, { role: 'administrator', checkInDays: 40 }),
        contact(3, { role: 'teacher', checkInDays: 5 }),
      ],
      interactions: [interaction(10, '2026-02-01', [1, 2, 3])],
      settings: s,
      now: at('2026-02-11'),
    });
    expect(byKey(items, 'checkin:1')?.originalDue).toBe('2026-02-11');
    expect(byKey(items, 'checkin:1')?.overdueDays).toBe(0);
    expect(byKey(items, 'checkin:2')).toBeUndefined(); // due 2026-03-13, more than a week away
    expect(byKey(items, 'checkin:3')?.originalDue).toBe('2026-02-06');
  });

  it('0 means off, whether from the role (parent) or the contact', () => {
    const items = due({
      contacts: [contact(1, { role: 'parent' }), contact(2, { checkInDays: 0 }), contact(3, { role: 'parent', checkInDays: 7 })],
      interactions: [interaction(10, '2025-01-01', [1, 2, 3])],
      now: at('2026-03-05'),
    });
    expect(items.map((i) => i.key)).toEqual(['checkin:3']);
  });

  it('ignores archived contacts', () => {
    const items = due({
      contacts: [contact(1, { archived: true }), contact(2)],
      interactions: [interaction(10, '2026-01-01', [1, 2])],
      now: at('2026-03-05'),
    });
    expect(items.map((i) => i.key)).toEqual(['checkin:2']);
  });

  it('a contact never contacted falls due one cadence after it was added, not at once', () => {
    const imported = Array.from({ length: 40 }, (_, i) => contact(i + 1, { createdAt: '2026-03-02T14:00:00.000Z' }));
    expect(due({ contacts: imported, now: at('2026-03-05') })).toEqual([]);
    const later = due({ contacts: imported, now: at('2026-03-23') });
    expect(later).toHaveLength(40);
    expect(later[0]).toMatchObject({ originalDue: '2026-03-23', overdueDays: 0, title: 'Check in with Teacher 1 (no contact logged yet)' });
  });

  it('shows a never-contacted contact as upcoming within the week before it falls due', () => {
    const items = due({ contacts: [contact(1, { createdAt: '2026-03-02T14:00:00.000Z' })], now: at('2026-03-16') });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ originalDue: '2026-03-23', overdueDays: -7 });
    expect(due({ contacts: [contact(1, { createdAt: '2026-03-02T14:00:00.000Z' })], now: at('2026-03-15') })).toEqual([]);
  });

  it('any interaction naming the contact resets the timer, whatever the order of the log', () => {
    const contacts = [contact(1), contact(2)];
    const log = [interaction(12, '2026-03-01', [1]), interaction(10, '2026-01-05', [1, 2]), interaction(11, '2026-02-20', [2])];
    const items = due({ contacts, interactions: log, now: at('2026-03-13') });
    expect(byKey(items, 'checkin:2')).toMatchObject({ originalDue: '2026-03-13', overdueDays: 0 });
    // Contact 1 was reached on 2026-03-01: due 2026-03-22, more than a week away.
    expect(byKey(items, 'checkin:1')).toBeUndefined();
    expect(due({ contacts, interactions: log, now: at('2026-03-22') }).map((i) => i.key)).toEqual(['checkin:2', 'checkin:1']);
  });

  it('computes the last contact from the log, not from the stored lastInteractionAt', () => {
    const items = due({
      contacts: [contact(1, { lastInteractionAt: '2026-03-04' })],
      interactions: [interaction(10, '2026-01-05', [1])],
      now: at('2026-03-05'),
    });
    expect(byKey(items, 'checkin:1')).toMatchObject({ originalDue: '2026-01-26', overdueDays: 38 });
  });

  it('accepts a precomputed last-interaction map', () => {
    const contacts = [contact(1), contact(2)];
    const log = [interaction(10, '2026-02-01', [1]), interaction(11, '2026-02-10', [2])];
    const now = at('2026-03-05');
    const plain = due({ contacts, interactions: log, now });
    const fast = computeDue({
      contacts,
      units: [],
      interactions: log,
      reminderState: [],
      settings: settings(),
      now,
      lastInteraction: lastInteractionByContact(log),
    });
    expect(fast).toEqual(plain);
    expect(plain.map((i) => i.key)).toEqual(['checkin:1', 'checkin:2']);
    // The map is what the timer reads when given.
    const stale = computeDue({ contacts, units: [], interactions: log, reminderState: [], settings: settings(), now, lastInteraction: new Map([[1, '2026-03-01']]) });
    expect(stale.map((i) => i.key)).toEqual(['checkin:2']);
  });
});
