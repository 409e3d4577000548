// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateLogEntry, type LogDraft } from '../../../../src/core/log';
import type { Contact, Interaction, Stored } from '../../../../src/core/types';
import { QuickLog } from '../../../../src/ui/popup/QuickLog';

const CREATED = '2025-08-01T12:00:00.000Z';
const people: Stored<Contact>[] = [
  { id: 1, name: 'Ana Rivera', role: 'teacher', subjects: ['Science'], grades: [], archived: false, createdAt: CREATED },
  { id: 2, name: 'Ben Okafor', role: 'community-partner', subjects: [], grades: [], archived: false, createdAt: CREATED },
];
const units = [{ id: 7, title: 'Ecosystem Dynamics' }];
const TODAY = '2025-11-05';

let root: HTMLDivElement;
let saved: Omit<Interaction, 'id'>[];
let created: [string, string][];

beforeEach(() => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
  saved = [];
  created = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

function show(contacts = people) {
  render(
    <QuickLog
      contacts={contacts}
      units={units}
      today={TODAY}
      onSave={async (entry) => void saved.push(entry)}
      onCreateContact={async (name, role) => {
        created.push([name, role]);
        return 99;
      }}
    />,
    root,
  );
}

const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel);
async function type(el: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (!el) throw new Error('no field');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function key(el: Element | null, k: string, opts: KeyboardEventInit = {}) {
  if (!el) throw new Error('no element');
  // Two tasks, as in a browser: the render after keydown happens before keyup.
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...opts }));
  });
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true, ...opts }));
  });
}
async function click(el: Element | null) {
  if (!el) throw new Error('no element');
  await act(async () => {
    (el as HTMLElement).click();
  });
}
const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? '')) ?? null;

describe('QuickLog', () => {
  it('logs the common case from the keyboard: a name, Enter to pick, the note, Enter to save', async () => {
    show();
    const who = $<HTMLInputElement>('#ql-contacts');
    await type(who, 'ana');
    await key(who, 'Enter');
    expect(root.querySelector('.tag')?.textContent).toMatch(/Ana Rivera/);
    await type($('#ql-notes'), 'Co-teach a food web lesson');
    await key($('#ql-notes'), 'Enter');
    // Saving loads the check with the write path (a dynamic import): wait for it.
    await vi.waitFor(() => expect(saved).toEqual([{ kind: 'co-teaching-idea', date: TODAY, contactIds: [1], notes: 'Co-teach a food web lesson', createdAt: expect.any(String) }]));
    // The draft is cleared after saving.
    await vi.waitFor(() => expect($<HTMLTextAreaElement>('#ql-notes')?.value).toBe(''));
  });

  it('offers to create a contact typed that does not exist, and never saves without them', async () => {
    show();
    const who = $<HTMLInputElement>('#ql-contacts');
    await type(who, 'Dana Whitfield');
    expect($('[data-testid="ql-new-contact"]')?.textContent).toMatch(/“Dana Whitfield” is not in your contacts yet/);

    // Saving now would drop the name silently: refused with a clear message.
    await type($('#ql-notes'), 'Book fair planning');
    await key($('#ql-notes'), 'Enter');
    expect(saved).toEqual([]);
    expect($('[role="alert"]')?.textContent).toMatch(/“Dana Whitfield” is not one of your contacts/);

    // Pick a role, add them: the new contact is picked and the box is empty again.
    const role = $<HTMLSelectElement>('[data-testid="ql-new-contact"] select')!;
    await act(async () => {
      role.value = 'community-partner';
      role.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(button(/^Add Dana Whitfield$/));
    expect(created).toEqual([['Dana Whitfield', 'community-partner']]);
    expect(who?.value).toBe('');
    expect($('[data-testid="ql-new-contact"]')).toBeNull();

    // The popup reloads its list with the new contact; then the entry saves with it.
    show([...people, { id: 99, name: 'Dana Whitfield', role: 'community-partner', subjects: [], grades: [], archived: false, createdAt: CREATED }]);
    expect(root.querySelector('.tag')?.textContent).toMatch(/Dana Whitfield/);
    await key($('#ql-notes'), 'Enter', { ctrlKey: true });
    await vi.waitFor(() => expect(saved).toEqual([expect.objectContaining({ contactIds: [99], notes: 'Book fair planning' })]));
  });

  it('does not offer a new contact while the name matches someone, but asks to pick them', async () => {
    show();
    await type($('#ql-contacts'), 'Ben');
    expect($('[data-testid="ql-new-contact"]')).toBeNull();
    await type($('#ql-notes'), 'Hour of Code');
    await key($('#ql-notes'), 'Enter');
    expect(saved).toEqual([]);
    expect($('[role="alert"]')?.textContent).toMatch(/“Ben” is typed but not picked/);
  });

  it('shows an Attendance field for events only, and saves it', async () => {
    show();
    await click(button(/Kind, unit, date/));
    expect($('#ql-attendance')).toBeNull();
    const kind = $<HTMLSelectElement>('#ql-kind')!;
    await act(async () => {
      kind.value = 'event';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.querySelector('label[for="ql-attendance"]')?.textContent).toBe('Attendance');
    await type($('#ql-attendance'), '120');
    await type($('#ql-notes'), 'Author visit: Jason Reynolds');
    await click($('[data-testid="ql-save"]'));
    await vi.waitFor(() => expect(saved).toEqual([expect.objectContaining({ kind: 'event', attendance: 120, notes: 'Author visit: Jason Reynolds' })]));
  });

  it('shows a unit prefilled by the tab or the context menu', async () => {
    await act(async () => {
      render(
        <QuickLog contacts={people} units={units} today={TODAY} prefill={{ explicit: true, contactIds: [1], unitId: 7, text: 'About “Food web lab”: ' }} onSave={async () => undefined} onCreateContact={async () => 1} />,
        root,
      );
    });
    const unit = $<HTMLSelectElement>('#ql-unit');
    expect(unit?.value).toBe('7');
    expect(unit?.selectedOptions[0]?.textContent).toBe('Ecosystem Dynamics');
    expect($<HTMLTextAreaElement>('#ql-notes')?.value).toBe('About “Food web lab”: ');
  });
});

describe('validateLogEntry: attendance', () => {
  const draft: LogDraft = { kind: 'event', contactIds: [2], notes: 'Book fair', date: '', followUp: '', classes: '', students: '', attendance: '' };
  const ctx = { contacts: people, units, today: TODAY, createdAt: CREATED };

  it('keeps a whole number for an event', () => {
    expect(validateLogEntry({ ...draft, attendance: '45' }, ctx)).toEqual({ ok: true, entry: expect.objectContaining({ attendance: 45 }) });
  });
  it('leaves it out when empty, when missing (an older draft), and for other kinds', () => {
    for (const d of [draft, { ...draft, attendance: undefined }, { ...draft, kind: 'meeting' as const, attendance: '45' }]) {
      const r = validateLogEntry(d, ctx);
      expect(r.ok && 'attendance' in r.entry).toBe(false);
      expect(r.ok).toBe(true);
    }
  });
  it('refuses what is not a whole number, with a clear message', () => {
    for (const bad of ['-3', '2.5', 'lots']) {
      expect(validateLogEntry({ ...draft, attendance: bad }, ctx)).toEqual({ ok: false, error: 'Attendance must be a whole number.' });
    }
  });
});
