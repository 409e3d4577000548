/** Small builders for the reminders tests: every record is complete, dates are explicit. */
import { computeDue, type DueItem } from '../../../../src/core/reminders';
import {
  DEFAULT_SETTINGS,
  type Contact,
  type Interaction,
  type ReminderState,
  type Settings,
  type Unit,
} from '../../../../src/core/types';

/** Local noon of a calendar date: far from midnight, so the local date is unambiguous. */
export function at(iso: string, hours = 12, minutes = 0): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hours, minutes);
}

export function contact(id: number, over: Partial<Contact> = {}): Contact {
  return {
    id,
    name: `Teacher ${id}`,
    role: 'teacher',
    subjects: [],
    grades: [],
    archived: false,
    createdAt: '2025-08-01T12:00:00.000Z',
    ...over,
  };
}

export function unit(id: number, over: Partial<Unit> = {}): Unit {
  return {
    id,
    title: `Unit ${id}`,
    subject: 'Science',
    grades: [7],
    teacherIds: [],
    keywords: [],
    standards: [],
    description: '',
    createdAt: '2025-08-01T12:00:00.000Z',
    ...over,
  };
}

export function interaction(id: number, date: string, contactIds: number[], over: Partial<Interaction> = {}): Interaction {
  return { id, kind: 'check-in', date, contactIds, notes: '', createdAt: `${date}T15:00:00.000Z`, ...over };
}

/** Default settings with weekends counted as school days unless a test says otherwise. */
export function settings(over: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), skipWeekends: false, ...over };
}

export function state(key: string, over: Partial<ReminderState>): ReminderState {
  return { key, updatedAt: '2026-01-01T00:00:00.000Z', ...over };
}

export interface Scenario {
  contacts?: Contact[];
  units?: Unit[];
  interactions?: Interaction[];
  reminderState?: ReminderState[];
  settings?: Settings;
  now: Date;
}

export function due(s: Scenario): DueItem[] {
  return computeDue({
    contacts: s.contacts ?? [],
    units: s.units ?? [],
    interactions: s.interactions ?? [],
    reminderState: s.reminderState ?? [],
    settings: s.settings ?? settings(),
    now: s.now,
  });
}

export function byKey(items: DueItem[], key: string): DueItem | undefined {
  return items.find((i) => i.key === key);
}
