import { isValidIsoDate, diffDaysIso } from './dates';
import type { Contact, Interaction, InteractionKind, IsoDate, Stored, Unit } from './types';

/** What the log form holds while being typed (strings, as the inputs give them). */
export interface LogDraft {
  kind: InteractionKind;
  contactIds: number[];
  unitId?: number;
  notes: string;
  date: string;
  followUp: string;
  classes: string;
  students: string;
  /** For events: how many people came. Optional so that older drafts still read. */
  attendance?: string;
}

export const MAX_NOTES = 10_000;

/**
 * Checks a draft and turns it into an interaction, or says in one sentence why not.
 * Notes are stored as typed (plain text; pasted HTML is kept as text, never rendered).
 */
export function validateLogEntry(
  d: LogDraft,
  // Only the ids are read: the popup passes its small type-ahead lists.
  ctx: { contacts: readonly Pick<Stored<Contact>, 'id'>[]; units: readonly Pick<Stored<Unit>, 'id'>[]; today: IsoDate; createdAt: string },
): { ok: true; entry: Omit<Interaction, 'id'> } | { ok: false; error: string } {
  const notes = d.notes.trim();
  if (!notes && d.contactIds.length === 0) return { ok: false, error: 'Write the idea or pick who it was with.' };
  if (notes.length > MAX_NOTES) return { ok: false, error: `The note is ${notes.length} characters; the limit is ${MAX_NOTES}.` };
  const known = new Set(ctx.contacts.map((c) => c.id));
  const unknown = d.contactIds.filter((id) => !known.has(id));
  if (unknown.length) return { ok: false, error: 'One of the people picked no longer exists. Pick them again.' };
  if (d.unitId !== undefined && !ctx.units.some((u) => u.id === d.unitId)) return { ok: false, error: 'That unit no longer exists.' };
  const date = d.date || ctx.today;
  if (!isValidIsoDate(date)) return { ok: false, error: `"${d.date}" is not a date.` };
  if (diffDaysIso(date, ctx.today) > 366) return { ok: false, error: 'The date is more than a year ahead. Log it when it happens, or set a follow-up date instead.' };
  if (d.followUp && !isValidIsoDate(d.followUp)) return { ok: false, error: `"${d.followUp}" is not a follow-up date.` };
  const num = (s: string, label: string): number | undefined | string => {
    if (!s.trim()) return undefined;
    const n = Number(s);
    return Number.isInteger(n) && n >= 0 && n <= 100_000 ? n : `${label} must be a whole number.`;
  };
  const classes = num(d.classes, 'Classes');
  const students = num(d.students, 'Students');
  if (typeof classes === 'string') return { ok: false, error: classes };
  if (typeof students === 'string') return { ok: false, error: students };
  const attendance = d.kind === 'event' ? num(d.attendance ?? '', 'Attendance') : undefined;
  if (typeof attendance === 'string') return { ok: false, error: attendance };
  const entry: Omit<Interaction, 'id'> = {
    kind: d.kind,
    date,
    contactIds: [...new Set(d.contactIds)],
    notes,
    createdAt: ctx.createdAt,
  };
  if (d.unitId !== undefined) entry.unitId = d.unitId;
  if (d.followUp) entry.followUp = d.followUp;
  if (d.kind === 'co-taught-lesson') {
    if (classes !== undefined) entry.classes = classes;
    if (students !== undefined) entry.students = students;
  }
  if (attendance !== undefined) entry.attendance = attendance;
  return { ok: true, entry };
}
