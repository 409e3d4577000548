/**
 * Reminders and unit dates as an iCalendar file (RFC 5545) the librarian can
 * import into Google Calendar or Outlook.
 *
 * - All-day events (`VALUE=DATE`, `DTEND` the day after): one per due item on its
 *   `due` date, and one each for a unit's start and end.
 * - UIDs are stable per item (`checkin-12@library-liaison`, `unit-5-start@library-liaison`),
 *   so importing a newer export moves an event instead of duplicating it.
 * - CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
 *   TEXT values escaped (`\\`, `;`, `,`, newlines).
 */
import { addDaysIso, isValidIsoDate } from '../core/dates';
import type { DueItem } from '../core/reminders';
import type { IsoDate, Unit } from '../core/types';

const UID_DOMAIN = 'library-liaison';

export function remindersToIcs(
  items: readonly DueItem[],
  units: readonly Unit[],
  now: Date,
  opts: { schoolName: string },
): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Library Liaison//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${opts.schoolName}: Library Liaison`)}`,
  ];
  const event = (uid: string, date: IsoDate, summary: string, description?: string, category?: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@${UID_DOMAIN}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDaysIso(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      ...(category ? [`CATEGORIES:${escapeText(category)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };

  for (const item of items) {
    if (!isValidIsoDate(item.due)) continue;
    const moved = item.due !== item.originalDue ? `Originally due ${item.originalDue}, moved to the next school day.` : undefined;
    event(item.key.replace(/[^A-Za-z0-9-]/g, '-'), item.due, item.title, moved, item.kind);
  }
  for (const unit of units) {
    if (unit.id === undefined || !isValidIsoDate(unit.start)) continue;
    // A unit that ends before it starts is bad data: export neither date rather than guess.
    if (isValidIsoDate(unit.end) && unit.end < unit.start) continue;
    event(`unit-${unit.id}-start`, unit.start, `Unit starts: ${unit.title}`, unit.description || undefined, 'unit');
    if (isValidIsoDate(unit.end)) event(`unit-${unit.id}-end`, unit.end, `Unit ends: ${unit.title}`, undefined, 'unit');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into chunks of at most 75 octets (RFC 5545 §3.1); each
 * continuation starts with one space, which counts toward its 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** `2026-03-05` → `20260305` */
function compactDate(iso: IsoDate): string {
  return iso.replace(/-/g, '');
}

/** `DTSTAMP` is an instant in UTC: `20261123T162105Z`. */
function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
