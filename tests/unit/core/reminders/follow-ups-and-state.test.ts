import { describe, expect, it } from 'vitest';
import { at, contact, due, interaction, settings, state, unit } from './helpers';

const maria = contact(1, { name: 'Maria Lopez', checkInDays: 0 });
const sam = contact(2, { name: 'Sam Lee', checkInDays: 0 });

describe('follow-ups', () => {
  it('falls due on the interaction’s follow-up date and names its contacts and unit', () => {
    const idea = interaction(33, '2026-03-02', [1, 2], { kind: 'co-teaching-idea', unitId: 5, followUp: '2026-03-09' });
    const items = due({ contacts: [maria, sam], units: [unit(5, { title: 'Ecosystem Dynamics' })], interactions: [idea], now: at('2026-03-10') });
    expect(items).toEqual([
      {
        key: 'followup:33',
        kind: 'follow-up',
        due: '2026-03-09',
        originalDue: '2026-03-09',
        overdueDays: 1,
        contactIds: [1, 2],
        unitId: 5,
        interactionId: 33,
        title: 'Follow up with Maria Lopez and Sam Lee about Ecosystem Dynamics (co-teaching idea on 2026-03-02)',
      },
    ]);
  });

  it('reads plainly without contacts or unit, and ignores interactions without a (valid) follow-up', () => {
    const items = due({
      contacts: [maria],
      interactions: [
        interaction(34, '2026-03-02', [77], { kind: 'meeting', followUp: '2026-03-05' }),
        interaction(35, '2026-03-02', [1]),
        interaction(36, '2026-03-02', [1], { followUp: '2026-02-30' }),
      ],
      now: at('2026-03-05'),
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: 'followup:34', contactIds: [], title: 'Follow up (meeting on 2026-03-02)' });
  });

  it('is done once a later interaction names one of its contacts, not by one on the same day or with someone else', () => {
    const idea = interaction(40, '2026-03-02', [1, 2], { kind: 'co-teaching-idea', followUp: '2026-03-09' });
    const sameDay = interaction(41, '2026-03-02', [1], { kind: 'email' });
    const other = interaction(42, '2026-03-04', [3], { kind: 'email' });
    const base = { contacts: [maria, sam, contact(3, { name: 'Kim', checkInDays: 0 })], now: at('2026-03-10') };
    expect(due({ ...base, interactions: [idea, sameDay, other] }).map((i) => i.key)).toEqual(['followup:40']);
    const later = interaction(43, '2026-03-05', [2], { kind: 'check-in' });
    expect(due({ ...base, interactions: [idea, sameDay, other, later] }).map((i) => i.key)).toEqual([]);
  });

  it('stays until dismissed, however old', () => {
    const old = interaction(33, '2024-01-02', [1], { followUp: '2024-01-09' });
    const [item] = due({ contacts: [maria], interactions: [old], now: at('2026-03-10') });
    expect(item).toMatchObject({ key: 'followup:33', overdueDays: 791 });
  });
});

describe('snoozes and dismissals', () => {
  const contacts = [contact(1, { name: 'Maria Lopez' })];
  const log = [interaction(10, '2026-02-10', [1])]; // check-in due 2026-03-03

  it('a snooze hides the item while snoozedUntil is after today, and it returns on that day', () => {
    const snoozed = [state('checkin:1', { snoozedUntil: '2026-03-07' })];
    expect(due({ contacts, interactions: log, reminderState: snoozed, now: at('2026-03-06') })).toEqual([]);
    const back = due({ contacts, interactions: log, reminderState: snoozed, now: at('2026-03-07') });
    expect(back.map((i) => [i.key, i.overdueDays])).toEqual([['checkin:1', 4]]);
  });

  it('a snooze or dismissal of another key changes nothing', () => {
    const other = [state('checkin:2', { snoozedUntil: '2027-01-01' }), state('followup:1', { dismissedDue: '2026-03-03' })];
    expect(due({ contacts, interactions: log, reminderState: other, now: at('2026-03-05') })).toHaveLength(1);
  });

  it('a dismissal hides this occurrence only; the next occurrence shows again', () => {
    const dismissed = [state('checkin:1', { dismissedDue: '2026-03-03' })];
    expect(due({ contacts, interactions: log, reminderState: dismissed, now: at('2026-03-05') })).toEqual([]);
    // Still hidden weeks later: the occurrence has not changed.
    expect(due({ contacts, interactions: log, reminderState: dismissed, now: at('2026-04-20') })).toEqual([]);
    // A new interaction starts a new cycle: due 2026-04-01, shown despite the old dismissal.
    const later = [...log, interaction(11, '2026-03-11', [1])];
    const items = due({ contacts, interactions: later, reminderState: dismissed, now: at('2026-04-02') });
    expect(items.map((i) => [i.key, i.originalDue, i.overdueDays])).toEqual([['checkin:1', '2026-04-01', 1]]);
  });

  it('a dismissal matches the original due date even when the item was moved off a weekend', () => {
    const weekend = [interaction(10, '2026-02-14', [1])]; // due Saturday 2026-03-07, moved to Monday
    const s = settings({ skipWeekends: true });
    const items = due({ contacts, interactions: weekend, now: at('2026-03-09'), settings: s });
    expect(items[0]).toMatchObject({ originalDue: '2026-03-07', due: '2026-03-09', overdueDays: 0 });
    const dismissed = [state('checkin:1', { dismissedDue: '2026-03-07' })];
    expect(due({ contacts, interactions: weekend, reminderState: dismissed, now: at('2026-03-09'), settings: s })).toEqual([]);
  });
});
