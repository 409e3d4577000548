/**
 * Dates written on LMS and calendar pages → `YYYY-MM-DD`.
 *
 * Reads "2026-12-01", "12/01/2026" (US order; day first when the first number
 * cannot be a month), "December 1, 2026", "Dec. 1st", "Monday, 30 November 2026",
 * "1st of December". A date without a year takes the year that puts it nearest
 * to `ref`; without `ref` it is skipped, since guessing would be worse than nothing.
 */
import type { IsoDate } from '../core/types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// 1-3: ISO; 4-6: numeric m/d/y; 7-9: month day[, year]; 10-12: day month[, year].
const DATE =
  /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)|\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b|\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:\d)(?:,?\s+(\d{4})\b)?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\b\.?(?:,?\s+(\d{4})\b)?/g;

/** A day number right after the month means the month-first reading is the right one ("chapter 4 Nov 30"). */
const DAY_AFTER = /\.?\s+\d{1,2}(?!\d)/y;

/** Month number (1-12) of a month word, or 0: capitalised names and abbreviations, full names in lower case. */
export function monthOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(lower));
  if (i < 0) return 0;
  const capital = word[0] !== lower[0];
  // "may" and "march" are everyday words too: only capitalised do they name a month.
  if (!capital && (lower !== MONTHS[i] || lower === 'may' || lower === 'march')) return 0;
  return i + 1;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A valid calendar date as YYYY-MM-DD, or null. */
export function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** The year that puts month/day nearest to the reference day. */
function nearestYear(m: number, d: number, ref: Date): number {
  const y = ref.getFullYear();
  const at = Date.UTC(y, ref.getMonth(), ref.getDate());
  let best = y;
  for (const c of [y - 1, y + 1]) {
    if (Math.abs(Date.UTC(c, m - 1, d) - at) < Math.abs(Date.UTC(best, m - 1, d) - at)) best = c;
  }
  return best;
}

/** The local calendar day of a Date as YYYY-MM-DD. */
export function localIso(d: Date): IsoDate | null {
  return Number.isNaN(d.getTime()) ? null : isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** All dates in the text, in order of appearance, without repeats. */
export function findDates(text: string, ref?: Date, limit = 30): IsoDate[] {
  const out = new Set<IsoDate>();
  const re = DATE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.size < limit; m = re.exec(text)) {
    let iso: IsoDate | null = null;
    if (m[1]) iso = isoDate(+m[1], +m[2]!, +m[3]!);
    else if (m[4]) {
      const a = +m[4];
      const b = +m[5]!;
      const y = m[6]!.length === 2 ? 2000 + +m[6]! : +m[6]!;
      iso = a > 12 ? isoDate(y, b, a) : isoDate(y, a, b);
    } else {
      const dayFirst = m[10] !== undefined;
      const month = monthOf(dayFirst ? m[11]! : m[7]!);
      const day = +(dayFirst ? m[10]! : m[8]!);
      const year = dayFirst ? m[12] : m[9];
      // "chapter 4 Nov 30": a day right after the month means the real date starts at the month.
      DAY_AFTER.lastIndex = m.index + m[0].length;
      const misread = dayFirst && !year && DAY_AFTER.test(text);
      if (!month || misread) {
        // Not a date here: look again from the next character, so that "Period 3 Nov 30" still finds "Nov 30".
        re.lastIndex = m.index + 1;
        continue;
      }
      iso = year ? isoDate(+year, month, day) : ref ? isoDate(nearestYear(month, day, ref), month, day) : null;
    }
    if (iso) out.add(iso);
  }
  return [...out];
}
