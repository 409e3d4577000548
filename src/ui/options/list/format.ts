/**
 * Words and filters the three lists share: a contact's check-in status, a
 * unit's place in time (current, upcoming, past) and grade labels, all
 * through t() so that they follow the librarian's language.
 */
import { cadenceOf } from '../../../core/reminders';
import { diffDaysIso } from '../../../core/dates';
import type { Contact, IsoDate, Settings, Unit } from '../../../core/types';
import { t } from '../../i18n';

export type CheckInState = 'off' | 'overdue' | 'due' | 'never' | 'ok';

/** The check-in status of a contact today and a short sentence for it (the same rule as src/core/checkin.ts). */
export function checkInLabel(contact: Contact, settings: Settings, today: IsoDate): { status: CheckInState; text: string } {
  const last = contact.lastInteractionAt;
  const cadence = cadenceOf(contact, settings);
  if (cadence <= 0) return { status: 'off', text: t('listsCheckInOff') };
  const from = last ?? contact.createdAt.slice(0, 10);
  const overdueBy = diffDaysIso(today, from) - cadence;
  if (overdueBy > 0) return { status: 'overdue', text: t('listsCheckInOverdue', overdueBy) };
  if (overdueBy === 0) return { status: 'due', text: t('listsCheckInToday') };
  return { status: last ? 'ok' : 'never', text: t('listsCheckInIn', -overdueBy) };
}

/** "Last contact": the date, or that none is logged. */
export function lastContactLabel(contact: Contact): string {
  return contact.lastInteractionAt ?? t('listsNever');
}

export type UnitTiming = 'current' | 'upcoming' | 'past' | 'undated';

/** Where a unit is in time today: running (between start and end), not started yet, over, or without dates. */
export function unitTiming(unit: Pick<Unit, 'start' | 'end'>, today: IsoDate): UnitTiming {
  if (!unit.start && !unit.end) return 'undated';
  if (unit.start && today < unit.start) return 'upcoming';
  if (unit.end && today > unit.end) return 'past';
  return 'current';
}

export const timingLabel = (timing: UnitTiming): string =>
  ({ current: t('listsUnitCurrent'), upcoming: t('listsUnitUpcoming'), past: t('listsUnitPast'), undated: t('listsUnitUndated') })[timing];

/** Grade options for the filters: K, 1 … 12. */
export const GRADE_OPTIONS: [string, string][] = Array.from({ length: 13 }, (_, g) => [String(g), g === 0 ? 'K' : String(g)]);

/** The distinct non-empty values, sorted, for a filter's options. */
export function distinct(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const k = v.trim().toLowerCase();
    if (k && !seen.has(k)) seen.set(k, v.trim());
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
