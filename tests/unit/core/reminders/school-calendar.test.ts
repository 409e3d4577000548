import { describe, expect, it } from 'vitest';
import { isSchoolDay, nextSchoolDay, schoolDayShifter } from '../../../../src/core/school-calendar';
import { settings } from './helpers';

const year = settings({
  skipWeekends: true,
  schoolYear: {
    start: '2025-08-25',
    end: '2026-06-12',
    breaks: [
      { name: 'Winter break', start: '2025-12-22', end: '2026-01-02' },
      { name: 'Spring break', start: '2026-04-06', end: '2026-04-10' },
    ],
  },
});

describe('isSchoolDay', () => {
  it('is false on weekends, in breaks and outside the school year', () => {
    expect(isSchoolDay('2026-03-05', year)).toBe(true); // Thursday
    expect(isSchoolDay('2026-03-07', year)).toBe(false); // Saturday
    expect(isSchoolDay('2025-12-22', year)).toBe(false); // first day of the break
    expect(isSchoolDay('2026-01-02', year)).toBe(false); // last day of the break
    expect(isSchoolDay('2026-01-05', year)).toBe(true);
    expect(isSchoolDay('2025-08-22', year)).toBe(false); // before the first day
    expect(isSchoolDay('2026-06-15', year)).toBe(false); // after the last day
  });

  it('counts weekends when skipWeekends is off', () => {
    expect(isSchoolDay('2026-03-07', { ...year, skipWeekends: false })).toBe(true);
  });
});

describe('nextSchoolDay', () => {
  it('keeps a school day', () => {
    expect(nextSchoolDay('2026-03-05', year)).toBe('2026-03-05');
  });

  it('moves a weekend to Monday', () => {
    expect(nextSchoolDay('2026-03-07', year)).toBe('2026-03-09');
    expect(nextSchoolDay('2026-03-08', year)).toBe('2026-03-09');
  });

  it('moves an item due during winter break to the first school day after it', () => {
    expect(nextSchoolDay('2025-12-24', year)).toBe('2026-01-05'); // the break ends on a Friday: the weekend is skipped too
    expect(nextSchoolDay('2026-04-08', year)).toBe('2026-04-13');
  });

  it('moves a summer date before the school year to the first day of school', () => {
    expect(nextSchoolDay('2025-07-10', year)).toBe('2025-08-25');
  });

  it('lets items fall due after the school year ends (the next first day is unknown), off weekends', () => {
    expect(nextSchoolDay('2026-07-01', year)).toBe('2026-07-01'); // Wednesday
    expect(nextSchoolDay('2026-07-04', year)).toBe('2026-07-06'); // Saturday → Monday
  });

  it('handles back-to-back and overlapping breaks', () => {
    const s = settings({
      schoolYear: {
        breaks: [
          { name: 'A', start: '2026-02-16', end: '2026-02-18' },
          { name: 'B', start: '2026-02-19', end: '2026-02-20' },
          { name: 'C', start: '2026-02-17', end: '2026-02-23' },
        ],
      },
    });
    expect(nextSchoolDay('2026-02-16', s)).toBe('2026-02-24');
  });

  it('ignores breaks that end before they start or have invalid dates, and a start date after the end', () => {
    const s = settings({
      schoolYear: {
        start: '2026-09-01',
        end: '2026-06-01',
        breaks: [
          { name: 'backwards', start: '2026-03-10', end: '2026-03-01' },
          { name: 'garbage', start: 'soon', end: '2026-02-30' },
        ],
      },
    });
    expect(nextSchoolDay('2026-03-05', s)).toBe('2026-09-01');
    expect(nextSchoolDay('2026-10-05', s)).toBe('2026-10-05');
    expect(isSchoolDay('2026-03-05', settings({ schoolYear: { breaks: s.schoolYear.breaks } }))).toBe(true);
  });

  it('jumps over a very long break without walking it day by day', () => {
    const s = settings({ schoolYear: { breaks: [{ name: 'sabbatical', start: '2000-01-01', end: '2999-12-30' }] } });
    expect(nextSchoolDay('2026-03-05', s)).toBe('2999-12-31');
  });

  it('the memoised shifter gives the same answers', () => {
    const shift = schoolDayShifter(year);
    for (const d of ['2026-03-05', '2026-03-07', '2025-12-24', '2025-07-10', '2026-07-04', '2025-12-24']) {
      expect(shift(d)).toBe(nextSchoolDay(d, year));
    }
  });
});
