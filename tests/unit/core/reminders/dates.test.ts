import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  diffDaysIso,
  isValidIsoDate,
  parseIsoDate,
  toIsoDate,
  weekdayIso,
} from '../../../../src/core/dates';

describe('isValidIsoDate / parseIsoDate', () => {
  it('accepts real dates and rejects impossible or badly written ones', () => {
    expect(isValidIsoDate('2026-03-05')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-2-3', '20260305', '2026-03-05T00:00', '', undefined, 20260305]) {
      expect(isValidIsoDate(bad), String(bad)).toBe(false);
    }
    expect(isValidIsoDate('1900-02-29')).toBe(false); // not a leap year
    expect(isValidIsoDate('2000-02-29')).toBe(true); // 400-year rule
  });

  it('parses to local midnight and returns null for invalid dates', () => {
    const d = parseIsoDate('2026-03-05')!;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 2, 5, 0, 0]);
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-2-3')).toBeNull();
    expect(parseIsoDate('not a date')).toBeNull();
  });

  it('toIsoDate uses the local calendar date, right up to midnight', () => {
    expect(toIsoDate(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(toIsoDate(new Date(2027, 0, 1, 0, 0, 0))).toBe('2027-01-01');
    expect(toIsoDate(parseIsoDate('2024-02-29')!)).toBe('2024-02-29');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDaysIso('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDaysIso('2026-03-05', 0)).toBe('2026-03-05');
  });

  it('counts whole calendar days, with the sign of a - b', () => {
    expect(diffDaysIso('2026-03-09', '2026-03-08')).toBe(1);
    expect(diffDaysIso('2026-03-08', '2026-03-09')).toBe(-1);
    expect(diffDaysIso('2027-01-01', '2026-01-01')).toBe(365);
    expect(diffDaysIso('2025-01-01', '2024-01-01')).toBe(366);
  });

  it('agrees with UTC Date arithmetic for any day between years 1000 and 9999', () => {
    const base = Date.UTC(1970, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: -353_000, max: 2_900_000 }), fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const iso = new Date(base + n * 86_400_000).toISOString().slice(0, 10);
        const expected = new Date(base + (n + k) * 86_400_000).toISOString().slice(0, 10);
        expect(addDaysIso(iso, k)).toBe(expected);
        expect(diffDaysIso(expected, iso)).toBe(k);
        expect(weekdayIso(iso)).toBe(new Date(base + n * 86_400_000).getUTCDay());
      }),
      { numRuns: 500 },
    );
  });

  it('adds months, clamping the day to the target month', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2026-08-20', 3)).toBe('2026-11-20');
    expect(addMonthsIso('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonthsIso('2026-02-15', -3)).toBe('2025-11-15');
  });

  it('knows the weekdays', () => {
    expect(weekdayIso('2026-03-07')).toBe(6); // Saturday
    expect(weekdayIso('2026-03-08')).toBe(0); // Sunday
    expect(weekdayIso('2026-03-09')).toBe(1); // Monday
  });
});
