import type { Contact, IsoDate, Settings } from './types';
import type { CheckInStatus } from '../messaging/responses';
import { cadenceOf } from './reminders';
import { diffDaysIso } from './dates';

/** Whole calendar days from a to b (b − a). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => diffDaysIso(b, a);

export interface CheckIn {
  status: CheckInStatus;
  daysSince: number | null;
  text: string;
}

/** A contact's check-in status today, for the panel and the contact views. */
export function checkInStatus(
  contact: Contact,
  last: IsoDate | undefined,
  settings: Settings,
  today: IsoDate,
): CheckIn {
  const cadence = cadenceOf(contact, settings);
  const daysSince = last ? daysBetween(last, today) : null;
  const since = daysSince === null ? 'No contact logged yet' : daysSince <= 0 ? 'Last contact today' : daysSince === 1 ? 'Last contact yesterday' : `Last contact ${daysSince} days ago`;
  if (cadence <= 0) return { status: 'off', daysSince, text: `${since} · no check-in reminders` };
  const from = last ?? contact.createdAt.slice(0, 10);
  const overdueBy = daysBetween(from, today) - cadence;
  if (overdueBy > 0) return { status: 'overdue', daysSince, text: `${since} · check-in overdue by ${overdueBy} day${overdueBy === 1 ? '' : 's'}` };
  if (overdueBy === 0) return { status: 'due', daysSince, text: `${since} · check-in due today` };
  if (!last) return { status: 'never', daysSince, text: `${since} · check-in due in ${-overdueBy} days` };
  return { status: 'ok', daysSince, text: `${since} · next check-in in ${-overdueBy} days` };
}
