import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../../src/core/reminders';
import { escapeText, foldLine, remindersToIcs } from '../../../../src/io/ics-export';
import { unit } from './helpers';

const now = new Date(Date.UTC(2026, 2, 5, 16, 21, 5));

const items: DueItem[] = [
  {
    key: 'checkin:12',
    kind: 'check-in',
    due: '2026-01-05',
    originalDue: '2025-12-24',
    overdueDays: 0,
    contactIds: [12],
    title: 'Check in with María López (last contact 23 days ago)',
  },
  {
    key: 'followup:33',
    kind: 'follow-up',
    due: '2026-03-09',
    originalDue: '2026-03-09',
    overdueDays: -4,
    contactIds: [1, 2],
    interactionId: 33,
    title: 'Follow up with Sam Lee, Ana Ruiz and Bo Chen about Ecosystems; Food Webs \\ Energy (co-teaching idea on 2026-03-02) — a long title that must be folded because it is far longer than seventy-five octets',
  },
];
const units = [
  unit(5, { title: 'Ecosystem Dynamics', start: '2026-03-30', end: '2026-04-24', description: 'Food webs,\nenergy flow; cycles' }),
  unit(6, { title: 'Backwards', start: '2026-04-24', end: '2026-03-30' }),
  unit(7, { title: 'No end', start: '2026-05-04' }),
];

function vevents(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

describe('remindersToIcs', () => {
  const ics = remindersToIcs(items, units, now, { schoolName: 'Springfield, K-8; Lincoln' });

  it('parses with ical.js, with one all-day event per item and per unit date', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    // ical.js reads X- properties as raw text; calendar apps unescape it as TEXT.
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Springfield\\, K-8\\; Lincoln: Library Liaison');
    const events = vevents(ics).map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['checkin-12@library-liaison', '2026-01-05', '2026-01-06', true],
      ['followup-33@library-liaison', '2026-03-09', '2026-03-10', true],
      ['unit-5-start@library-liaison', '2026-03-30', '2026-03-31', true],
      ['unit-5-end@library-liaison', '2026-04-24', '2026-04-25', true],
      ['unit-7-start@library-liaison', '2026-05-04', '2026-05-05', true],
    ]);
  });

  it('round-trips titles and descriptions through escaping and folding', () => {
    const events = vevents(ics).map((e) => new ICAL.Event(e));
    expect(events[0]?.summary).toBe(items[0]!.title);
    expect(events[0]?.description).toBe('Originally due 2025-12-24, moved to the next school day.');
    expect(events[1]?.summary).toBe(items[1]!.title);
    expect(events[1]?.description).toBeNull();
    expect(events[2]?.summary).toBe('Unit starts: Ecosystem Dynamics');
    expect(events[2]?.description).toBe('Food webs,\nenergy flow; cycles');
  });

  it('stamps every event with now in UTC', () => {
    for (const e of vevents(ics)) {
      const stamp = e.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toString()).toBe('2026-03-05T16:21:05Z');
    }
  });

  it('uses CRLF everywhere and no line longer than 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // something was folded
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('keeps UIDs stable across exports (a new due date moves the same event)', () => {
    const later = remindersToIcs([{ ...items[0]!, due: '2026-02-02', originalDue: '2026-02-02' }], [], new Date(Date.UTC(2026, 3, 1)), { schoolName: 'S' });
    const [event] = vevents(later).map((e) => new ICAL.Event(e));
    expect(event?.uid).toBe('checkin-12@library-liaison');
    expect(event?.startDate.toString()).toBe('2026-02-02');
  });

  it('is a valid empty calendar without items or units', () => {
    const empty = remindersToIcs([], [], now, { schoolName: 'S' });
    expect(vevents(empty)).toEqual([]);
    expect(empty.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(50)}${'😀'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    // The first line is filled up to the limit: 8 ASCII octets, then 33 two-octet characters = 74 (one more would be 76).
    expect(Buffer.byteLength(folded[0]!, 'utf8')).toBe(74);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});
