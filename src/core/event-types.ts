/**
 * What kind of event a log entry of kind `event` was (author visit, book fair…).
 * `Interaction` has no field for it, so it is written as a leading tag in the
 * notes, `#author-visit Jason Reynolds spoke to grades 6-8`: readable in any
 * export or report, language-neutral, and parsed back here. Pure.
 */
import type { Interaction } from './types';

export const EVENT_TYPES = ['author-visit', 'book-fair', 'workshop', 'makerspace', 'hour-of-code'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const TAG = /^#([a-z-]+)(?:\s+|$)/;

/** Splits a leading event tag from the notes; an unknown tag stays part of the text. */
export function splitEventType(notes: string): { type?: EventType; text: string } {
  const m = TAG.exec(notes);
  const type = m?.[1] as EventType | undefined;
  if (!m || !type || !EVENT_TYPES.includes(type)) return { text: notes };
  return { type, text: notes.slice(m[0].length) };
}

/** Notes with the event tag in front (or none); any tag already there is replaced. */
export function withEventType(type: EventType | undefined, notes: string): string {
  const text = splitEventType(notes).text.trim();
  if (!type) return text;
  return text ? `#${type} ${text}` : `#${type}`;
}

export interface EventTotals {
  events: number;
  /**
   * People who came, summed over the events that recorded it: `attendance`, or
   * for entries logged before that field existed, their `students`.
   */
  attendance: number;
  /** Events logged without an attendance count. */
  withoutAttendance: number;
  /** Per event type; `other` for events without a known tag. */
  byType: Record<EventType | 'other', { events: number; attendance: number }>;
}

/** Counts the events among `entries` and adds up their attendance, in total and per type. */
export function eventTotals(entries: readonly Interaction[]): EventTotals {
  const byType = Object.fromEntries([...EVENT_TYPES, 'other'].map((k) => [k, { events: 0, attendance: 0 }])) as EventTotals['byType'];
  const out: EventTotals = { events: 0, attendance: 0, withoutAttendance: 0, byType };
  for (const i of entries) {
    if (i.kind !== 'event') continue;
    const slot = byType[splitEventType(i.notes).type ?? 'other'];
    out.events++;
    slot.events++;
    const came = i.attendance ?? i.students;
    if (came === undefined) out.withoutAttendance++;
    else {
      out.attendance += came;
      slot.attendance += came;
    }
  }
  return out;
}
