// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact, Interaction, Unit } from '../../../../src/core/types';
import { getDb } from '../../../../src/db/schema';
import { addInteraction } from '../../../../src/db/interactions';
import { LogView } from '../../../../src/ui/options/LogView';
import { LogEntries } from '../../../../src/ui/options/LogEntries';
import { parseHash } from '../../../../src/ui/options/router';
import type { UndoToast } from '../../../../src/ui/Toast';

const db = getDb();
const CREATED = '2026-08-01T12:00:00.000Z';
const contact = (name: string, over: Partial<Contact> = {}): Contact => ({ name, role: 'teacher', subjects: [], grades: [], archived: false, createdAt: CREATED, ...over });
const unit = (title: string): Unit => ({ title, subject: 'Science', grades: [7], teacherIds: [], keywords: [], standards: [], description: '', createdAt: CREATED });
const entry = (over: Partial<Interaction>): Omit<Interaction, 'id'> => ({ kind: 'meeting', date: '2026-10-01', contactIds: [], notes: '', createdAt: CREATED, ...over });

let root: HTMLDivElement;
let toasts: UndoToast[];
const notify = (t: UndoToast) => void toasts.push(t);
let ana: number, ben: number, parent: number, pond: number, poetry: number;

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  toasts = [];
  ana = (await db.contacts.add(contact('Ana Rivera'))) as number;
  ben = (await db.contacts.add(contact('Ben Okafor'))) as number;
  parent = (await db.contacts.add(contact('Pat Parent', { role: 'parent' }))) as number;
  pond = (await db.units.add(unit('Pond ecosystems'))) as number;
  poetry = (await db.units.add(unit('Poetry'))) as number;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function until<T>(probe: () => T | null | undefined | false, what = 'the condition', ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 15));
    });
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}
async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
}
async function type(el: Element | null | undefined, value: string, event: 'input' | 'change' = 'input') {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) throw new Error('not a field');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}
const items = () => [...root.querySelectorAll<HTMLLIElement>('[data-testid="log-list"] > li')];
const itemWith = (text: string) => items().find((li) => li.textContent?.includes(text));
const byLabel = (label: string) => [...root.querySelectorAll<HTMLElement>('button')].find((b) => b.getAttribute('aria-label') === label);
const buttonText = (text: string, scope: ParentNode = root) => [...scope.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
const field = (labelText: string, scope: ParentNode = root) => {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent?.trim() === labelText);
  return label ? scope.querySelector(`#${CSS.escape(label.htmlFor)}`) : null;
};

const show = (hash = '#/log') => render(<LogView notify={notify} route={parseHash(hash)} />, root);

describe('editing a log entry', () => {
  it('changes date and people, recomputes both timers, and undoes', async () => {
    const first = await addInteraction(db, entry({ date: '2026-10-20', contactIds: [ana, ben], notes: 'Planned the pond unit' }));
    await addInteraction(db, entry({ date: '2026-10-01', contactIds: [ana], notes: 'Earlier chat' }));
    show();
    await until(() => itemWith('Planned the pond unit'), 'the entry');
    await click(byLabel('Edit log entry of 2026-10-20'));
    const form = await until(() => root.querySelector<HTMLFormElement>('[data-testid="log-edit"]'), 'the edit form');
    await type(field('Date', form), '2026-09-15');
    await click(byLabel('Remove Ben Okafor'));
    await type(field('Notes', form), 'Planned the pond unit with Ana');
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await until(() => toasts.length === 1, 'the saved toast');
    expect(toasts[0]!.message).toBe('Log entry saved.');
    const saved = await db.interactions.get(first);
    expect(saved).toMatchObject({ date: '2026-09-15', contactIds: [ana], notes: 'Planned the pond unit with Ana', createdAt: CREATED });
    // Ana's latest is now the other entry; Ben has no entry left.
    expect((await db.contacts.get(ana))?.lastInteractionAt).toBe('2026-10-01');
    expect((await db.contacts.get(ben))?.lastInteractionAt).toBeUndefined();
    await until(() => itemWith('Planned the pond unit with Ana'), 'the edited entry in the list');

    await act(async () => {
      await toasts[0]!.undo!();
    });
    expect(await db.interactions.get(first)).toMatchObject({ date: '2026-10-20', contactIds: [ana, ben], notes: 'Planned the pond unit' });
    expect((await db.contacts.get(ben))?.lastInteractionAt).toBe('2026-10-20');
    expect((await db.contacts.get(ana))?.lastInteractionAt).toBe('2026-10-20');
  });

  it('refuses an entry left with no text and no one, and writes nothing', async () => {
    const id = await addInteraction(db, entry({ contactIds: [ana], notes: 'Hello' }));
    show();
    await until(() => itemWith('Hello'), 'the entry');
    await click(byLabel('Edit log entry of 2026-10-01'));
    const form = await until(() => root.querySelector<HTMLFormElement>('[data-testid="log-edit"]'), 'the edit form');
    await type(field('Notes', form), '   ');
    await click(byLabel('Remove Ana Rivera'));
    await click(buttonText('Save', form));
    const alert = await until(() => root.querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).toMatch(/Write the idea or pick who/);
    expect(await db.interactions.get(id)).toMatchObject({ notes: 'Hello', contactIds: [ana] });
    expect(toasts).toHaveLength(0);
    // Escape gives up the edit.
    await act(async () => {
      form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await until(() => !root.querySelector('[data-testid="log-edit"]'), 'the form to close');
  });

  it('turns an entry into an event with a type and attendance, kept as a tag in the notes', async () => {
    const id = await addInteraction(db, entry({ contactIds: [ben], notes: 'Kwame Alexander in the gym', highlight: true }));
    show();
    await until(() => itemWith('Kwame Alexander'), 'the entry');
    await click(byLabel('Edit log entry of 2026-10-01'));
    const form = await until(() => root.querySelector<HTMLFormElement>('[data-testid="log-edit"]'), 'the edit form');
    await type(field('Kind', form), 'event', 'change');
    await type(await until(() => field('Event type', form), 'the event type'), 'author-visit', 'change');
    await type(field('Attendance (people who came)', form), '180');
    await click(buttonText('Save', form));
    await until(() => toasts.length === 1, 'the saved toast');
    expect(await db.interactions.get(id)).toMatchObject({ kind: 'event', notes: '#author-visit Kwame Alexander in the gym', attendance: 180, highlight: true });
    // The list shows the type as a tag and the text without it.
    const li = await until(() => itemWith('Author visit'), 'the event tag');
    expect(li.querySelector('.log-notes')?.textContent).toBe('Kwame Alexander in the gym');
    expect(li.textContent).toContain('180 attended');
  });

  it('opens the entry named in the address (a link from a contact or unit page)', async () => {
    const id = await addInteraction(db, entry({ contactIds: [ana], notes: 'Linked entry' }));
    show(`#/log?edit=${id}`);
    const form = await until(() => root.querySelector<HTMLFormElement>('[data-testid="log-edit"]'), 'the edit form');
    expect((field('Notes', form) as HTMLTextAreaElement).value).toBe('Linked entry');
  });
});

describe('the log list', () => {
  it('says which timers each entry reset', async () => {
    await addInteraction(db, entry({ date: '2026-10-01', contactIds: [ana, ben, parent], notes: 'Old' }));
    await addInteraction(db, entry({ date: '2026-10-09', contactIds: [ana], notes: 'New' }));
    show();
    // Waits for the live queries to settle (contacts and settings load separately), then reads the line.
    const line = () => itemWith('Old')?.querySelector('[data-testid="log-reset"]')?.textContent ?? '';
    const text = await until(() => line().includes('Pat Parent') && line().includes('Check-in timer') && line(), 'the timers line');
    expect(text).toContain('Check-in timer runs from this entry: Ben Okafor.');
    expect(text).toContain('Restarted the timer of Ana Rivera (a later entry counts now).');
    expect(text).toContain('No check-ins set for Pat Parent.');
  });

  it('filters by contact, unit, kind and dates, and totals attendance of events', async () => {
    await addInteraction(db, entry({ kind: 'event', date: '2026-09-10', notes: '#book-fair Fall fair', attendance: 300, unitId: poetry }));
    await addInteraction(db, entry({ kind: 'event', date: '2026-10-10', notes: '#author-visit Kwame Alexander', attendance: 180, contactIds: [ben] }));
    await addInteraction(db, entry({ kind: 'event', date: '2026-10-12', notes: 'Family literacy night' }));
    await addInteraction(db, entry({ kind: 'meeting', date: '2026-10-15', notes: 'Pond planning', contactIds: [ana], unitId: pond }));
    show();
    await until(() => items().length === 4, 'four entries');
    await type(field('Unit'), String(pond), 'change');
    await until(() => items().length === 1 && itemWith('Pond planning'), 'the unit filter');
    await type(field('Unit'), '', 'change');
    await type(field('Contact'), String(ben), 'change');
    await until(() => items().length === 1 && itemWith('Kwame'), 'the contact filter');
    await type(field('Contact'), '', 'change');
    await type(field('From'), '2026-10-01');
    await type(field('To'), '2026-10-12');
    await until(() => items().length === 2, 'the date filter');
    await click(buttonText('Clear filters'));
    await until(() => items().length === 4, 'all entries again');

    await click(buttonText('Events'));
    const totals = await until(() => root.querySelector('[data-testid="event-totals"]'), 'the event totals');
    expect(totals.textContent).toContain('3 events, 480 people attended.');
    expect(totals.textContent).toContain('(1 without an attendance count)');
    const rows = [...totals.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Author visit', '1', '180'],
      ['Book fair', '1', '300'],
      ['Other event', '1', '0'],
    ]);
    await type(field('Event type'), 'author-visit', 'change');
    await until(() => items().length === 1 && itemWith('Kwame'), 'the event type filter');
    expect(root.querySelector('[data-testid="event-totals"]')?.textContent).toContain('1 events, 180 people attended.');
  });

  it('deletes with undo, keeping the timer right', async () => {
    const id = await addInteraction(db, entry({ contactIds: [ana], notes: 'To delete' }));
    show();
    await until(() => itemWith('To delete'), 'the entry');
    await click(byLabel('Delete log entry of 2026-10-01'));
    await until(() => toasts.length === 1, 'the toast');
    expect(await db.interactions.get(id)).toBeUndefined();
    expect((await db.contacts.get(ana))?.lastInteractionAt).toBeUndefined();
    await act(async () => {
      await toasts[0]!.undo!();
    });
    expect((await db.contacts.get(ana))?.lastInteractionAt).toBe('2026-10-01');
  });
});

describe('LogEntries (a contact’s or unit’s short log)', () => {
  it('shows the event type, the numbers and a link to edit in the log', () => {
    render(<LogEntries entries={[{ id: 4, kind: 'event', date: '2026-10-10', contactIds: [], notes: '#hour-of-code Grade 5', attendance: 52, createdAt: CREATED }]} empty="none" />, root);
    expect(root.textContent).toContain('Hour of Code');
    expect(root.textContent).toContain('Grade 5');
    expect(root.textContent).not.toContain('#hour-of-code');
    expect(root.textContent).toContain('52 attended');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('#/log?edit=4');
  });
});
