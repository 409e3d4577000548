import { describe, expect, it } from 'vitest';
import { PairTable } from '../../../../src/core/match/pairs';
import { dateLabel, dateScore, dayOfDate, dayOfIso, unitDays } from '../../../../src/core/match/dates';
import { NameIndex, nameParts } from '../../../../src/core/match/names';
import { explicitGrades, subjectsIn } from '../../../../src/core/match/signals';
import type { Contact, Stored } from '../../../../src/core/types';

describe('PairTable', () => {
  it('stores and finds pairs through growth, and says no for pairs never stored', () => {
    const t = new PairTable(4);
    let next = 100;
    const ids = new Map<string, number>();
    for (let a = 0; a < 60; a++) {
      for (let b = 0; b < 60; b += 7) {
        expect(t.get(a, b)).toBe(-1); // not stored yet
        t.set(a, b, next);
        ids.set(`${a},${b}`, next++);
      }
    }
    expect(t.size).toBe(ids.size);
    for (const [k, id] of ids) {
      const [a, b] = k.split(',').map(Number) as [number, number];
      expect(t.get(a, b)).toBe(id);
    }
    expect(t.get(3, 1)).toBe(-1);
    expect(t.get(1000, 1000)).toBe(-1);
  });
});

describe('dates', () => {
  const unit = unitDays({ start: '2025-10-11', end: '2025-11-07' });
  const day = (iso: string) => dayOfIso(iso)!;

  it('reads local calendar days, never shifted by the time of day', () => {
    expect(dayOfDate(new Date(2025, 9, 6, 23, 59))).toBe(day('2025-10-06'));
    expect(dayOfDate(new Date(2025, 9, 6, 0, 1))).toBe(day('2025-10-06'));
    expect(dayOfIso('2025-13-45x')).toBeNull();
  });

  it('scores running and upcoming units up, long-finished ones down', () => {
    expect(dateScore(unit, day('2025-10-20'), [])).toEqual({ bonus: 1.5, factor: 1 });
    expect(dateScore(unit, day('2025-10-06'), [])).toEqual({ bonus: 1.5, factor: 1 }); // 5 days ahead
    expect(dateScore(unit, day('2025-09-10'), [])).toEqual({ bonus: 0.75, factor: 1 }); // 31 days ahead
    expect(dateScore(unit, day('2026-03-01'), [])).toEqual({ bonus: 0, factor: 0.75 }); // ended 114 days ago
    expect(dateScore(unit, day('2026-09-01'), [])).toEqual({ bonus: 0, factor: 0.55 });
    expect(dateScore({ start: null, end: null }, day('2025-10-20'), [])).toEqual({ bonus: 0, factor: 1 });
  });

  it('counts page dates that fall in the unit, and says it in words', () => {
    expect(dateScore(unit, day('2026-03-01'), [day('2025-10-30')]).bonus).toBe(1);
    expect(dateLabel(unit, day('2025-10-06'), [day('2025-10-30')])).toBe('starts in 5 days; page dates fall in the unit');
    expect(dateLabel(unit, day('2025-11-08'), [])).toBe('ended 1 day ago');
    expect(dateLabel(unitDays({ start: '2025-10-01' }), day('2025-10-20'), [])).toBe('running now'); // start alone: 30 days
  });
});

describe('names', () => {
  const contact = (id: number, name: string, email?: string): Stored<Contact> => ({
    id, name, email, role: 'teacher', subjects: [], grades: [], archived: false, createdAt: '2025-08-01T00:00:00.000Z',
  });
  const index = new NameIndex();
  [contact(1, 'Ana Rivera', 'ana.rivera@school.example.org'), contact(2, 'Rivera, Luis'), contact(3, 'Dr. Tom Brown')].forEach((c) => index.upsert(c));

  it('reads names as written', () => {
    expect(nameParts('Rivera, Ana')).toEqual({ first: 'ana', last: 'rivera' });
    expect(nameParts('Ms. Sofía Martínez')).toEqual({ first: 'sofia', last: 'martinez' });
    expect(nameParts('Mr. Hale')).toEqual({ first: '', last: 'hale' });
  });

  it('resolves page people by email, full name, initial or last name alone', () => {
    expect(index.resolvePerson('ANA.RIVERA@school.example.org')).toEqual([1]);
    expect(index.resolvePerson('Luis Rivera')).toEqual([2]);
    expect(index.resolvePerson('A. Rivera')).toEqual([1]);
    expect(index.resolvePerson('Ms. Rivera').sort()).toEqual([1, 2]);
    expect(index.resolvePerson('Pat Smith')).toEqual([]);
  });

  it('finds people in running text only with a first name or an honorific', () => {
    const found = (text: string) => {
      const out = new Set<number>();
      index.findInWords(text.toLowerCase().split(/\W+/), out);
      return [...out].sort();
    };
    expect(found('Ask Ana Rivera or Dr Brown')).toEqual([1, 3]);
    expect(found('brown rice and a brown bear')).toEqual([]);
  });

  it('forgets a removed contact', () => {
    const local = new NameIndex();
    local.upsert(contact(1, 'Ana Rivera', 'ana@x.example.org'));
    local.remove(1);
    expect(local.resolvePerson('Ana Rivera')).toEqual([]);
    expect(local.resolvePerson('ana@x.example.org')).toEqual([]);
    expect(local.lookup('rivera')).toBeUndefined();
  });
});

describe('no prototype lookups', () => {
  it('words like "constructor" are neither subjects nor ordinals', () => {
    expect([...subjectsIn(['constructor', 'tostring'])]).toEqual([]);
    expect([...explicitGrades(['constructor', 'grade', 'valueof', 'grade'])]).toEqual([]);
  });
});
