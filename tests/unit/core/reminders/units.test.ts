import { describe, expect, it } from 'vitest';
import { at, byKey, contact, due, interaction, settings, unit } from './helpers';

// Check-ins are switched off here so that only unit prompts show.
const noCheckIns = { checkInDays: 0 };
const teachers = [contact(1, { name: 'Maria Lopez', ...noCheckIns }), contact(2, { name: 'Sam Lee', ...noCheckIns })];
const ecosystems = unit(5, { title: 'Ecosystem Dynamics', start: '2026-03-30', end: '2026-04-24', teacherIds: [1, 2] });

describe('unit prompts', () => {
  it('prompts unitLeadDays (14) before the start, naming the teachers', () => {
    const items = due({ contacts: teachers, units: [ecosystems], now: at('2026-03-16') });
    expect(items).toEqual([
      {
        key: 'unit-start:5',
        kind: 'unit-start',
        due: '2026-03-16',
        originalDue: '2026-03-16',
        overdueDays: 0,
        contactIds: [1, 2],
        unitId: 5,
        title: 'Reach out to Maria Lopez and Sam Lee before Ecosystem Dynamics starts on 2026-03-30: share resources',
      },
    ]);
  });

  it('follows settings.unitLeadDays', () => {
    const items = due({ contacts: teachers, units: [ecosystems], settings: settings({ unitLeadDays: 3 }), now: at('2026-03-27') });
    expect(byKey(items, 'unit-start:5')).toMatchObject({ originalDue: '2026-03-27', overdueDays: 0 });
  });

  it('shows the start prompt as upcoming in the week before, and stops 7 days after the unit started', () => {
    expect(byKey(due({ contacts: teachers, units: [ecosystems], now: at('2026-03-09') }), 'unit-start:5')?.overdueDays).toBe(-7);
    expect(byKey(due({ contacts: teachers, units: [ecosystems], now: at('2026-04-06') }), 'unit-start:5')?.overdueDays).toBe(21);
    expect(byKey(due({ contacts: teachers, units: [ecosystems], now: at('2026-04-07') }), 'unit-start:5')).toBeUndefined();
  });

  it('stops the start prompt once an interaction names the unit on or after the prompt date', () => {
    const before = interaction(40, '2026-03-10', [1], { unitId: 5 });
    const after = interaction(41, '2026-03-18', [1], { unitId: 5 });
    const other = interaction(42, '2026-03-18', [1], { unitId: 6 });
    const now = at('2026-03-20');
    expect(byKey(due({ contacts: teachers, units: [ecosystems], interactions: [before, other], now }), 'unit-start:5')).toBeDefined();
    expect(byKey(due({ contacts: teachers, units: [ecosystems], interactions: [before, after], now }), 'unit-start:5')).toBeUndefined();
    const onTheDay = interaction(43, '2026-03-16', [2], { unitId: 5 });
    expect(byKey(due({ contacts: teachers, units: [ecosystems], interactions: [onTheDay], now }), 'unit-start:5')).toBeUndefined();
  });

  it('asks how the unit went on its end date, until 7 days later or until the unit is logged', () => {
    const end = due({ contacts: teachers, units: [ecosystems], now: at('2026-04-24') });
    expect(end.map((i) => i.key)).toEqual(['unit-end:5']);
    expect(end[0]).toMatchObject({ originalDue: '2026-04-24', overdueDays: 0, contactIds: [1, 2], unitId: 5, title: 'Ask Maria Lopez and Sam Lee how Ecosystem Dynamics went' });
    expect(byKey(due({ contacts: teachers, units: [ecosystems], now: at('2026-05-01') }), 'unit-end:5')?.overdueDays).toBe(7);
    expect(byKey(due({ contacts: teachers, units: [ecosystems], now: at('2026-05-02') }), 'unit-end:5')).toBeUndefined();
    const asked = interaction(50, '2026-04-27', [2], { unitId: 5, kind: 'meeting' });
    expect(byKey(due({ contacts: teachers, units: [ecosystems], interactions: [asked], now: at('2026-04-28') }), 'unit-end:5')).toBeUndefined();
    const sameDay = interaction(51, '2026-04-24', [1], { unitId: 5 });
    expect(byKey(due({ contacts: teachers, units: [ecosystems], interactions: [sameDay], now: at('2026-04-28') }), 'unit-end:5')).toBeUndefined();
    const during = interaction(52, '2026-04-23', [1], { unitId: 5 });
    expect(byKey(due({ contacts: teachers, units: [ecosystems], interactions: [during], now: at('2026-04-28') }), 'unit-end:5')).toBeDefined();
  });

  it('skips units without teachers, without a start, or whose teachers are all archived or unknown', () => {
    const units = [
      unit(6, { start: '2026-03-30', end: '2026-04-10', teacherIds: [] }),
      unit(7, { end: '2026-03-16', teacherIds: [1] }),
      unit(8, { start: '2026-03-30', teacherIds: [3, 99] }),
    ];
    const archived = contact(3, { archived: true, ...noCheckIns });
    expect(due({ contacts: [...teachers, archived], units, now: at('2026-03-16') })).toEqual([]);
  });

  it('names only the non-archived teachers, each once', () => {
    const many = [...teachers, contact(3, { name: 'Ana Ruiz', ...noCheckIns }), contact(4, { name: 'Bo Chen', ...noCheckIns }), contact(9, { archived: true, ...noCheckIns })];
    const u = unit(5, { title: 'Weather', start: '2026-03-30', teacherIds: [1, 2, 2, 9, 3, 4] });
    const [item] = due({ contacts: many, units: [u], now: at('2026-03-16') });
    expect(item?.contactIds).toEqual([1, 2, 3, 4]);
    expect(item?.title).toBe('Reach out to Maria Lopez, Sam Lee and 2 others before Weather starts on 2026-03-30: share resources');
  });

  it('a unit that ends before it starts gets no prompt and does not crash', () => {
    const bad = unit(5, { start: '2026-04-24', end: '2026-03-30', teacherIds: [1] });
    for (const day of ['2026-03-30', '2026-04-10', '2026-04-24']) {
      expect(due({ contacts: teachers, units: [bad], now: at(day) })).toEqual([]);
    }
  });

  it('a unit without an end date still gets its start prompt', () => {
    const open = unit(5, { title: 'Poetry', start: '2026-03-30', teacherIds: [2] });
    expect(due({ contacts: teachers, units: [open], now: at('2026-03-16') }).map((i) => i.key)).toEqual(['unit-start:5']);
  });

  it('moves a start prompt that falls in a break to the first school day after it', () => {
    const s = settings({ skipWeekends: true, schoolYear: { breaks: [{ name: 'Spring break', start: '2026-03-16', end: '2026-03-20' }] } });
    const items = due({ contacts: teachers, units: [ecosystems], settings: s, now: at('2026-03-23') });
    expect(byKey(items, 'unit-start:5')).toMatchObject({ originalDue: '2026-03-16', due: '2026-03-23', overdueDays: 0 });
    // During the break it is not due yet.
    expect(byKey(due({ contacts: teachers, units: [ecosystems], settings: s, now: at('2026-03-16') }), 'unit-start:5')?.overdueDays).toBe(-7);
  });
});
