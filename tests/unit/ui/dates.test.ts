import { describe, expect, it } from 'vitest';
import { dateLocale, formatDay, formatDayRange } from '../../../src/ui/dates';

describe('dates in the browser’s language', () => {
  it('formats with the closest bundled locale', () => {
    expect(formatDay('2025-12-02', 'en-US')).toBe('Dec 2, 2025');
    expect(formatDay('2025-12-02', 'es-MX')).toBe('2 dic 2025');
    expect(formatDay('2025-12-02', 'fr')).toBe('2 déc. 2025');
    expect(formatDayRange('2025-11-15', '2026-01-29', 'en-GB')).toBe('15 Nov 2025 – 29 Jan 2026');
  });

  it('falls back to US English for a language it does not bundle, and shows a broken date as written', () => {
    expect(dateLocale('ja-JP').code).toBe('en-US');
    expect(formatDay('2025-02-30', 'en-US')).toBe('2025-02-30');
  });

  it('reads the browser’s language when none is given (en-US in the tests)', () => {
    expect(formatDay('2026-03-10')).toBe('Mar 10, 2026');
  });
});
