import { describe, expect, it } from 'vitest';
import { eventTotals, splitEventType, withEventType } from '../../../src/core/event-types';
import type { Interaction } from '../../../src/core/types';

const entry = (over: Partial<Interaction>): Interaction => ({ kind: 'event', date: '2026-03-02', contactIds: [], notes: '', createdAt: 'x', ...over });

describe('event type tag in the notes', () => {
  it('reads a known leading tag and leaves anything else as text', () => {
    expect(splitEventType('#author-visit Jason Reynolds, grades 6-8')).toEqual({ type: 'author-visit', text: 'Jason Reynolds, grades 6-8' });
    expect(splitEventType('#hour-of-code')).toEqual({ type: 'hour-of-code', text: '' });
    expect(splitEventType('#poetry-slam in the library')).toEqual({ text: '#poetry-slam in the library' });
    expect(splitEventType('Book fair #book-fair')).toEqual({ text: 'Book fair #book-fair' });
    expect(splitEventType('#book-fairs are fun')).toEqual({ text: '#book-fairs are fun' });
  });

  it('writes, replaces and removes the tag, and round-trips', () => {
    expect(withEventType('book-fair', ' Scholastic fair ')).toBe('#book-fair Scholastic fair');
    expect(withEventType('workshop', '#book-fair Scholastic fair')).toBe('#workshop Scholastic fair');
    expect(withEventType(undefined, '#book-fair Scholastic fair')).toBe('Scholastic fair');
    expect(withEventType('makerspace', '')).toBe('#makerspace');
    const notes = withEventType('author-visit', 'Kwame Alexander');
    expect(splitEventType(notes)).toEqual({ type: 'author-visit', text: 'Kwame Alexander' });
  });
});

describe('eventTotals', () => {
  it('counts events only and adds up attendance overall and per type', () => {
    const totals = eventTotals([
      entry({ notes: '#author-visit Kwame Alexander', attendance: 180 }),
      entry({ notes: '#author-visit Virtual visit', attendance: 60 }),
      entry({ notes: '#book-fair Fall fair' }),
      entry({ notes: 'Family literacy night', attendance: 140 }),
      // Logged before attendance existed: its students are the people who came.
      entry({ notes: 'Nature Center morning', students: 60 }),
      // When both are there, attendance (everyone who came) wins over students.
      entry({ notes: '#workshop Family coding night', attendance: 40, students: 25 }),
      entry({ kind: 'meeting', notes: '#workshop not an event', attendance: 999 }),
    ]);
    expect(totals.events).toBe(6);
    expect(totals.attendance).toBe(480);
    expect(totals.withoutAttendance).toBe(1);
    expect(totals.byType['author-visit']).toEqual({ events: 2, attendance: 240 });
    expect(totals.byType['book-fair']).toEqual({ events: 1, attendance: 0 });
    expect(totals.byType.other).toEqual({ events: 2, attendance: 200 });
    expect(totals.byType.workshop).toEqual({ events: 1, attendance: 40 });
    expect(totals.byType.makerspace).toEqual({ events: 0, attendance: 0 });
  });
});
