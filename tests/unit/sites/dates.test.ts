import { describe, expect, it } from 'vitest';
import { findDates, isoDate, monthOf } from '../../../src/sites/dates';

const nov23 = new Date(2026, 10, 23);

describe('findDates', () => {
  it('reads ISO, US numeric and written dates with a year', () => {
    expect(findDates('Entrega: 2026-12-01.')).toEqual(['2026-12-01']);
    expect(findDates('Due 12/01/2026 at noon')).toEqual(['2026-12-01']);
    expect(findDates('Due 12/1/26')).toEqual(['2026-12-01']);
    expect(findDates('December 1, 2026')).toEqual(['2026-12-01']);
    expect(findDates('Dec. 1st, 2026')).toEqual(['2026-12-01']);
    expect(findDates('Monday, 30 November 2026, 11:59 PM')).toEqual(['2026-11-30']);
    expect(findDates('the 1st of December 2026')).toEqual(['2026-12-01']);
    expect(findDates('Thu 12/3/2026 9:00 AM - 9:50 AM')).toEqual(['2026-12-03']);
    expect(findDates('starts 2026-12-02T14:00:00Z')).toEqual(['2026-12-02']);
  });

  it('reads day-first numeric dates when the first number cannot be a month', () => {
    expect(findDates('13/12/2026')).toEqual(['2026-12-13']);
  });

  it('skips dates without a year unless it has a reference day', () => {
    expect(findDates('Due Nov 30 by 11:59pm')).toEqual([]);
    expect(findDates('Due Nov 30 by 11:59pm', nov23)).toEqual(['2026-11-30']);
  });

  it('gives a year-less date the year that puts it nearest the reference day', () => {
    expect(findDates('Jan 5', nov23)).toEqual(['2027-01-05']);
    expect(findDates('Dec 20', new Date(2027, 0, 10))).toEqual(['2026-12-20']);
    expect(findDates('May 6', nov23)).toEqual(['2027-05-06']);
    expect(findDates('Nov 2', nov23)).toEqual(['2026-11-02']);
  });

  it('prefers "Nov 30" over "4 Nov" in "chapter 4 Nov 30"', () => {
    expect(findDates('Hatchet chapter 4 Nov 30', nov23)).toEqual(['2026-11-30']);
    expect(findDates('Period 3 November 30', nov23)).toEqual(['2026-11-30']);
  });

  it('does not take words, times, scores or fractions for dates', () => {
    expect(findDates('Chapter 4, Period 3, Section 18, Room 214, Grade 7', nov23)).toEqual([]);
    expect(findDates('Score 5/5, 3/4 cup, ratio 3:2, Dec 12:00 meeting', nov23)).toEqual([]);
    expect(findDates('you may 5 times, march 3 steps', nov23)).toEqual([]);
    expect(findDates('Marching 4 bands', nov23)).toEqual([]);
  });

  it('rejects impossible dates', () => {
    expect(findDates('2026-02-30, 02/30/2026, February 30, 2026, 2026-13-01')).toEqual([]);
    expect(findDates('February 29, 2028')).toEqual(['2028-02-29']);
  });

  it('keeps the order of appearance and drops repeats', () => {
    expect(findDates('Dec 4, 2026; then 2026-11-30; again December 4, 2026')).toEqual(['2026-12-04', '2026-11-30']);
  });

  it('stops at the limit', () => {
    const text = Array.from({ length: 50 }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')}`).join(' ');
    expect(findDates(text, undefined, 5)).toHaveLength(5);
  });
});

describe('monthOf', () => {
  it('reads full names in any case and capitalised abbreviations', () => {
    expect(monthOf('november')).toBe(11);
    expect(monthOf('NOV')).toBe(11);
    expect(monthOf('Sept')).toBe(9);
    expect(monthOf('nov')).toBe(0);
    expect(monthOf('May')).toBe(5);
    expect(monthOf('may')).toBe(0);
    expect(monthOf('march')).toBe(0);
    expect(monthOf('March')).toBe(3);
    expect(monthOf('Period')).toBe(0);
  });
});

describe('isoDate', () => {
  it('validates calendar days', () => {
    expect(isoDate(2026, 4, 31)).toBeNull();
    expect(isoDate(2026, 4, 30)).toBe('2026-04-30');
    expect(isoDate(1800, 1, 1)).toBeNull();
  });
});

describe('findDates on long and untidy text', () => {
  it('finds dates across line breaks and runs of spaces, as a hidden field holds them', () => {
    expect(findDates('Due:\n      Nov\n   30,\n 2026')).toEqual(['2026-11-30']);
    expect(findDates('1st   of\tDecember 2026')).toEqual(['2026-12-01']);
  });

  it('needs the month word to be a whole word', () => {
    expect(findDates('xNov 30 2026, Snow 5, 2026', nov23)).toEqual([]);
    expect(findDates('Deadline:Nov 30', nov23)).toEqual(['2026-11-30']);
  });

  it('reads a date only once when its digits belong to an earlier one', () => {
    expect(findDates('Dec 12/01/2026', nov23)).toEqual(['2026-12-12']);
    expect(findDates('December 1, 2026 2026-12-05')).toEqual(['2026-12-01', '2026-12-05']);
  });

  it('reads the dates of a 20,000-character page wherever they are', () => {
    const filler = 'Producers, consumers and decomposers share energy in the Miller Pond food web, chapter 4. ';
    const text = `${filler.repeat(115)} Due Dec 4 ${filler.repeat(115)} Field study 2026-12-09.`;
    expect(text.length).toBeGreaterThan(20_000);
    expect(findDates(text, nov23)).toEqual(['2026-12-04', '2026-12-09']);
  });
});
