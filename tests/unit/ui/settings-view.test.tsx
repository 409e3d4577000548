// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/types';
import { settingsError } from '../../../src/ui/options/SettingsView';

const base = (patch: Partial<Settings> = {}): Settings => structuredClone({ ...DEFAULT_SETTINGS, ...patch });

describe('settingsError', () => {
  it('accepts the defaults', () => {
    expect(settingsError(base())).toBeNull();
  });

  it('refuses a school year that ends before it starts', () => {
    expect(settingsError(base({ schoolYear: { start: '2026-08-20', end: '2026-06-01', breaks: [] } }))).toMatch(/ends before it starts/);
  });

  it('refuses breaks without a name, with missing dates, or backwards', () => {
    const year = (breaks: Settings['schoolYear']['breaks']) => base({ schoolYear: { start: '2026-08-20', end: '2027-06-10', breaks } });
    expect(settingsError(year([{ name: ' ', start: '2026-12-21', end: '2027-01-01' }]))).toMatch(/needs a name/);
    expect(settingsError(year([{ name: 'Winter', start: '', end: '2027-01-01' }]))).toMatch(/Winter.*first and a last day/);
    expect(settingsError(year([{ name: 'Winter', start: '2027-01-01', end: '2026-12-21' }]))).toMatch(/Winter.*ends before/);
    expect(settingsError(year([{ name: 'Winter', start: '2026-12-21', end: '2027-01-01' }]))).toBeNull();
  });

  it('refuses goals without a label or with a count outside 1–999', () => {
    expect(settingsError(base({ goals: [{ period: 'week', kinds: [], count: 1, label: '' }] }))).toMatch(/needs a name/);
    expect(settingsError(base({ goals: [{ period: 'month', kinds: ['meeting'], count: 0, label: 'Meet' }] }))).toMatch(/Meet.*between 1 and 999/);
    expect(settingsError(base({ goals: [{ period: 'quarter', kinds: ['event'], count: 2, label: 'Present' }] }))).toBeNull();
  });
});
