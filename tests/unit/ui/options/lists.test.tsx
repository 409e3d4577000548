// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact, Interaction, Resource, Stored, Unit } from '../../../../src/core/types';
import { getDb } from '../../../../src/db/schema';
import { ContactDetail, ContactsView, filterContacts, sortContacts, type ContactFilters } from '../../../../src/ui/options/ContactsView';
import { UnitDetail, UnitsView } from '../../../../src/ui/options/UnitsView';
import { ResourcesView } from '../../../../src/ui/options/ResourcesView';
import { parseHash } from '../../../../src/ui/options/router';
import { searchTextCache } from '../../../../src/ui/options/data';
import { clickSelect, rangeBetween } from '../../../../src/ui/options/list/selection';
import { visibleRange } from '../../../../src/ui/options/list/windowing';
import { unitTiming } from '../../../../src/ui/options/list/format';
import type { UndoToast } from '../../../../src/ui/Toast';

const db = getDb();
const CREATED = '2025-08-01T12:00:00.000Z';
const ROLES = ['teacher', 'specialist', 'administrator', 'parent'] as const;

function people(n: number): Stored<Contact>[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `Person ${String(i + 1).padStart(4, '0')}`,
    role: ROLES[i % ROLES.length]!,
    email: `p${i + 1}@school.example`,
    subjects: [i % 3 === 0 ? 'Science' : 'Math'],
    grades: [i % 13],
    archived: false,
    createdAt: CREATED,
  }));
}

let root: HTMLDivElement;
let toasts: UndoToast[];
const notify = (t: UndoToast) => void toasts.push(t);

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  toasts = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

/** Lets live queries and effects run until `probe` gives something truthy. */
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

const rowsShown = () => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-index]')];
const rowNames = () => rowsShown().map((tr) => tr.querySelector('a')?.textContent ?? '');
const checkbox = (name: string) => root.querySelector<HTMLInputElement>(`input[aria-label="Select ${name}"]`)!;

async function click(el: Element | null | undefined, init: MouseEventInit = {}) {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
  });
}
async function type(el: HTMLInputElement | HTMLSelectElement, value: string, event: 'input' | 'change' = 'input') {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

describe('list machinery (pure)', () => {
  it('visibleRange renders the viewport plus overscan, clamped to the list', () => {
    expect(visibleRange(0, 400, 40, 5000, 10)).toEqual({ start: 0, end: 21 });
    expect(visibleRange(40 * 2000, 400, 40, 5000, 10)).toEqual({ start: 1990, end: 2021 });
    expect(visibleRange(40 * 4991, 400, 40, 5000, 10)).toEqual({ start: 4980, end: 5000 });
    // Scrolled past the end of a list that just got shorter: its last rows, not nothing.
    expect(visibleRange(40 * 3000, 400, 40, 100, 10)).toEqual({ start: 80, end: 100 });
    expect(visibleRange(0, 400, 40, 3, 10)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(999_999, 400, 40, 0, 10)).toEqual({ start: 0, end: 0 });
  });

  it('Shift-click selects (or clears) the range from the anchor; a plain click toggles one', () => {
    const order = [5, 3, 9, 1, 7];
    expect(rangeBetween(order, 3, 1)).toEqual([3, 9, 1]);
    expect(rangeBetween(order, 1, 3)).toEqual([3, 9, 1]);
    expect(rangeBetween(order, null, 9)).toEqual([9]);
    expect([...clickSelect(new Set([3]), order, 3, 7, true)].sort()).toEqual([1, 3, 7, 9]);
    expect([...clickSelect(new Set([5]), order, 5, 1, true)]).toEqual([5, 3, 9, 1]);
    expect([...clickSelect(new Set([5, 3, 9, 1]), order, 5, 9, false)]).toEqual([5, 3, 1]);
    // The anchor is unselected: the range is cleared.
    expect([...clickSelect(new Set([9, 1, 7]), order, 5, 1, true)]).toEqual([7]);
  });

  it('sortContacts and filterContacts: role, subject, grade, archived and search, in the sorted order', () => {
    const list = people(40);
    list[4]!.archived = true;
    list[1]!.lastInteractionAt = '2025-10-01';
    let built = 0;
    const textOf = searchTextCache<Stored<Contact>>((c) => (built++, [c.name, c.email, c.subjects]));
    const f = (patch: Partial<ContactFilters>) => ({ q: '', role: '', subject: '', grade: '', showArchived: false, ...patch }) as ContactFilters;
    const byName = sortContacts([...list].reverse(), { by: 'name', dir: 'asc' });
    expect(byName.map((c) => c.id)).toEqual(list.map((c) => c.id));
    expect(filterContacts(byName, f({}), textOf)).toHaveLength(39);
    // No search, no search text built.
    expect(built).toBe(0);
    expect(filterContacts(byName, f({ showArchived: true }), textOf)).toHaveLength(40);
    expect(filterContacts(byName, f({ role: 'parent' }), textOf).every((c) => c.role === 'parent')).toBe(true);
    expect(filterContacts(byName, f({ subject: 'science' }), textOf).map((c) => c.id)).toEqual(list.filter((c) => c.id % 3 === 1).map((c) => c.id));
    expect(filterContacts(byName, f({ grade: '0' }), textOf).map((c) => c.id)).toEqual([1, 14, 27, 40]);
    expect(filterContacts(byName, f({ q: 'P12@' }), textOf).map((c) => c.id)).toEqual([12]);
    expect(filterContacts(byName, f({ q: 'person 003' }), textOf).map((c) => c.id)).toEqual([30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    // Each contact's text is built once, however many keystrokes.
    expect(built).toBe(39);
    expect(sortContacts(list, { by: 'name', dir: 'desc' })[0]?.name).toBe('Person 0040');
    // Sorting by last contact: never contacted first (longest ago), the one contacted last.
    expect(sortContacts(list, { by: 'last', dir: 'asc' }).at(-1)?.id).toBe(2);
  });

  it('unitTiming: current, upcoming, past, undated', () => {
    expect(unitTiming({ start: '2025-10-01', end: '2025-10-20' }, '2025-10-05')).toBe('current');
    expect(unitTiming({ start: '2025-10-01', end: '2025-10-20' }, '2025-09-30')).toBe('upcoming');
    expect(unitTiming({ start: '2025-10-01', end: '2025-10-20' }, '2025-10-21')).toBe('past');
    expect(unitTiming({}, '2025-10-21')).toBe('undated');
  });

  it('deep links parse to a view and a record', () => {
    expect(parseHash('#/contacts/42')).toMatchObject({ view: 'contacts', id: '42' });
    expect(parseHash('#/units/7')).toMatchObject({ view: 'units', id: '7' });
    expect(parseHash('#/resources/3')).toMatchObject({ view: 'resources', id: '3' });
  });
});

describe('ContactsView with 5,000 contacts', () => {
  it('renders only a window of rows, and keeps the full count for screen readers', async () => {
    await db.contacts.bulkAdd(people(5000));
    render(<ContactsView notify={notify} />, root);
    await until(() => rowsShown().length > 0, 'rows');
    const table = root.querySelector('table[data-testid="contacts-table"]')!;
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    expect(rowsShown().length).toBeLessThan(60);
    expect(rowNames()[0]).toBe('Person 0001');
    expect(rowsShown()[0]!.getAttribute('aria-rowindex')).toBe('2');

    const scroller = root.querySelector<HTMLDivElement>('[data-testid="contacts-table-scroll"]')!;
    await act(async () => {
      scroller.scrollTop = 40 * 3000;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await until(() => rowNames().includes('Person 3001'), 'row 3001 after scrolling');
    expect(rowsShown().length).toBeLessThan(60);
    const tr = rowsShown().find((r) => r.querySelector('a')?.textContent === 'Person 3001')!;
    expect(tr.getAttribute('aria-rowindex')).toBe('3002');
    // The spacers keep the scroll height of the whole list.
    const spacers = [...root.querySelectorAll<HTMLTableRowElement>('tr.ll-spacer')];
    const spacerRows = spacers.reduce((n, s) => n + parseFloat(s.style.height) / 40, 0);
    expect(spacerRows + rowsShown().length).toBe(5000);

    // A new search starts at the top of its results.
    await type(root.querySelector<HTMLInputElement>('#c-q')!, 'person 4');
    await until(() => rowNames()[0] === 'Person 4000', 'the first result at the top');
    expect(scroller.scrollTop).toBe(0);
  });

  it('search and filters narrow the 5,000 at once', async () => {
    await db.contacts.bulkAdd(people(5000));
    render(<ContactsView notify={notify} />, root);
    await until(() => rowsShown().length > 0, 'rows');
    await type(root.querySelector<HTMLInputElement>('#c-q')!, 'person 49');
    await until(() => root.querySelector('[data-testid="contacts-count"]')?.textContent === '100 of 5000 contacts', 'the count after searching');
    await type(root.querySelector<HTMLSelectElement>('#c-role')!, 'parent', 'change');
    await until(() => root.querySelector('[data-testid="contacts-count"]')?.textContent === '25 of 5000 contacts', 'the count after the role filter');
    expect(rowNames().every((n) => n.startsWith('Person 49'))).toBe(true);
  });
});

describe('selection and bulk edit', () => {
  beforeEach(async () => {
    await db.contacts.bulkAdd(people(12));
    render(<ContactsView notify={notify} />, root);
    await until(() => rowsShown().length === 12, 'rows');
  });

  it('Shift-click selects a range; select-all takes the rows shown; the bar counts them', async () => {
    await click(checkbox('Person 0002'));
    await click(checkbox('Person 0005'), { shiftKey: true });
    await until(() => root.querySelector('[data-testid="bulk-bar"]'), 'the bulk bar');
    expect(root.querySelector('.ll-bulk-count strong')?.textContent).toBe('4 selected');
    expect(['0002', '0003', '0004', '0005'].every((n) => checkbox(`Person ${n}`).checked)).toBe(true);
    expect(checkbox('Person 0006').checked).toBe(false);

    // Filtering drops hidden rows from the selection.
    await type(root.querySelector<HTMLSelectElement>('#c-role')!, 'specialist', 'change');
    await until(() => root.querySelector('.ll-bulk-count strong')?.textContent === '1 selected', 'the selection pruned to the filter');
    await click(root.querySelector('[data-testid="contacts-table-select-all"]'));
    await until(() => root.querySelector('.ll-bulk-count strong')?.textContent === '3 selected', 'all shown selected');
  });

  it('sets the cadence of the selected contacts, with Undo', async () => {
    await click(checkbox('Person 0001'));
    await click(checkbox('Person 0003'));
    await until(() => root.querySelector('[data-testid="bulk-bar"]'), 'the bulk bar');
    await type(root.querySelector<HTMLSelectElement>('#bulk-field')!, 'cadence', 'change');
    await type(root.querySelector<HTMLInputElement>('#bulk-value')!, '7');
    await act(async () => {
      root.querySelector('form.ll-bulk-set')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await until(() => toasts.length === 1, 'the toast');
    expect((await db.contacts.bulkGet([1, 2, 3])).map((c) => c?.checkInDays)).toEqual([7, undefined, 7]);
    expect(toasts[0]!.message).toBe('Changed: 2.');
    await toasts[0]!.undo!();
    expect((await db.contacts.bulkGet([1, 3])).map((c) => c?.checkInDays)).toEqual([undefined, undefined]);
  });

  it('refuses a cadence that is not a number of days', async () => {
    await click(checkbox('Person 0001'));
    await until(() => root.querySelector('[data-testid="bulk-bar"]'), 'the bulk bar');
    await type(root.querySelector<HTMLInputElement>('#bulk-value')!, '-3');
    await act(async () => {
      root.querySelector('form.ll-bulk-set')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    const alert = await until(() => root.querySelector('.ll-bulk [role="alert"]'), 'the error');
    expect(alert.textContent).toContain('Enter a number of days');
    expect((await db.contacts.get(1))?.checkInDays).toBeUndefined();
  });

  it('archive hides the rows unless "Show archived"; unarchive brings them back', async () => {
    await click(checkbox('Person 0002'));
    await click(await until(() => root.querySelector('[data-testid="bulk-archive"]'), 'the archive button'));
    await until(() => !rowNames().includes('Person 0002'), 'the archived row to leave the list');
    expect(toasts[0]?.message).toBe('Archived: 1.');
    expect((await db.contacts.get(2))?.archived).toBe(true);
    const show = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) => i.closest('label')?.textContent?.includes('Show archived'))!;
    expect(show.closest('label')?.textContent).toContain('Show archived (1)');
    await act(async () => {
      show.checked = true;
      show.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => rowNames().includes('Person 0002'), 'the archived row shown');
    await click(checkbox('Person 0002'));
    await click(await until(() => root.querySelector('[data-testid="bulk-unarchive"]'), 'the unarchive button'));
    await expect.poll(async () => (await db.contacts.get(2))?.archived).toBe(false);
  });

  it('delete asks first, says what happens to units and the log, and Undo restores', async () => {
    await db.units.add({ title: 'Ecosystems', subject: 'Science', grades: [7], teacherIds: [4], keywords: [], standards: [], description: '', createdAt: CREATED } as Unit);
    await db.interactions.add({ kind: 'check-in', date: '2025-10-01', contactIds: [4], notes: '', createdAt: CREATED } as Interaction);
    await click(checkbox('Person 0004'));
    await click(await until(() => root.querySelector('[data-testid="bulk-delete"]'), 'the delete button'));
    const dialog = await until(() => root.querySelector('[role="alertdialog"]'), 'the confirmation');
    expect(dialog.textContent).toContain('Delete 1 for good?');
    expect(dialog.textContent).toContain('taken off the 1 units');
    expect(dialog.textContent).toContain('Their 1 log entries stay');
    expect(await db.contacts.get(4)).toBeDefined();
    await click(root.querySelector('[data-testid="bulk-delete-confirm"]'));
    await until(() => toasts.length === 1, 'the toast');
    expect(await db.contacts.get(4)).toBeUndefined();
    expect((await db.units.toArray())[0]?.teacherIds).toEqual([]);
    await toasts[0]!.undo!();
    expect((await db.contacts.get(4))?.name).toBe('Person 0004');
    expect((await db.units.toArray())[0]?.teacherIds).toEqual([4]);
  });

  it('keyboard: arrows move between rows in the same column; Shift+arrow extends the selection', async () => {
    const first = checkbox('Person 0001');
    first.focus();
    await act(async () => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await until(() => document.activeElement === checkbox('Person 0002'), 'focus on the next row');
    await click(checkbox('Person 0002'));
    await act(async () => {
      checkbox('Person 0002').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', shiftKey: true, bubbles: true }));
    });
    await until(() => document.activeElement === checkbox('Person 0003'), 'focus after Shift+Down');
    expect(checkbox('Person 0003').checked).toBe(true);
    await act(async () => {
      checkbox('Person 0003').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    await until(() => document.activeElement === checkbox('Person 0012'), 'focus on the last row');
  });
});

describe('units and resources', () => {
  const today = new Date();
  const iso = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

  beforeEach(async () => {
    await db.contacts.bulkAdd(people(3));
    await db.units.bulkAdd([
      { id: 1, title: 'Ecosystems', subject: 'Science', grades: [7], start: iso(-5), end: iso(5), teacherIds: [1], keywords: [], standards: [], description: 'Food webs', createdAt: CREATED },
      { id: 2, title: 'Fractions', subject: 'Math', grades: [5], start: iso(20), end: iso(40), teacherIds: [2], keywords: [], standards: [], description: '', createdAt: CREATED },
      { id: 3, title: 'Poetry', subject: 'ELA', grades: [6], start: iso(-60), end: iso(-40), teacherIds: [], keywords: [], standards: [], description: '', createdAt: CREATED },
    ] as Unit[]);
    await db.resources.bulkAdd([
      { id: 1, title: 'Hatchet', kind: 'book', subjects: [], grades: [], keywords: [], description: '', unitIds: [1], createdAt: CREATED },
      { id: 2, title: 'Wetlands DB', kind: 'database', subjects: [], grades: [], keywords: [], description: '', unitIds: [], createdAt: CREATED },
    ] as Resource[]);
    await db.interactions.add({ kind: 'co-taught-lesson', date: iso(-2), contactIds: [1], unitId: 1, notes: 'Food web lesson', createdAt: CREATED } as Interaction);
  });

  it('units filter by date: current, upcoming, past', async () => {
    render(<UnitsView notify={notify} />, root);
    await until(() => rowsShown().length === 3, 'rows');
    const when = root.querySelector<HTMLSelectElement>('#u-when')!;
    for (const [value, titles] of [
      ['current', ['Ecosystems']],
      ['upcoming', ['Fractions']],
      ['past', ['Poetry']],
    ] as const) {
      await type(when, value, 'change');
      await until(() => rowNames().join() === titles.join(), `${value} units`);
    }
  });

  it('bulk-sets the grades of units, and refuses grades it cannot read', async () => {
    render(<UnitsView notify={notify} />, root);
    await until(() => rowsShown().length === 3, 'rows');
    await click(root.querySelector('[data-testid="units-table-select-all"]'));
    await type(await until(() => root.querySelector<HTMLSelectElement>('#bulk-field'), 'the bulk bar'), 'grades', 'change');
    await type(root.querySelector<HTMLInputElement>('#bulk-value')!, 'thirteen');
    await act(async () => {
      root.querySelector('form.ll-bulk-set')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await until(() => root.querySelector('.ll-bulk [role="alert"]'), 'the error');
    await type(root.querySelector<HTMLInputElement>('#bulk-value')!, '6-8');
    await act(async () => {
      root.querySelector('form.ll-bulk-set')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await until(() => toasts.length === 1, 'the toast');
    expect((await db.units.toArray()).map((u) => u.grades)).toEqual([[6, 7, 8], [6, 7, 8], [6, 7, 8]]);
  });

  it('a unit page links its teachers, resources and log; deleting says what happens to tags and log', async () => {
    render(<UnitDetail id={1} notify={notify} />, root);
    await until(() => root.querySelector('a[href="#/resources/1"]'), 'the resource link');
    expect(root.querySelector('a[href="#/contacts/1"]')?.textContent).toBe('Person 0001');
    expect(root.textContent).toContain('Food web lesson');
    await click(root.querySelector('[data-testid="detail-delete"]'));
    const dialog = await until(() => root.querySelector('[role="alertdialog"]'), 'the confirmation');
    expect(dialog.textContent).toContain('The 1 resources tagged for them stay in the library');
    expect(dialog.textContent).toContain('Their 1 log entries stay but no longer name a unit');
  });

  it('a unit without resources or log says what to do next', async () => {
    render(<UnitDetail id={3} notify={notify} />, root);
    await until(() => root.querySelector('h1'), 'the unit');
    expect(root.textContent).toContain('No resources tagged for this unit yet.');
    expect(root.querySelector('a[href="#/resources"]')).not.toBeNull();
    expect(root.textContent).toContain('Nothing logged for this unit yet.');
    expect(root.textContent).toContain('No teachers named.');
  });

  it('a teacher page links their units and log', async () => {
    render(<ContactDetail id={1} notify={notify} />, root);
    await until(() => root.querySelector('a[href="#/units/1"]'), 'the unit link');
    expect(root.textContent).toContain('Food web lesson');
    // The role's default cadence shows as the placeholder once the settings are read.
    await until(() => root.querySelector<HTMLInputElement>('#cadence')?.placeholder === '21', 'the default cadence');
  });

  it('a resource page (#/resources/2) tags it for a unit, and the unit page then lists it', async () => {
    render(<ResourcesView route={parseHash('#/resources/2')} notify={notify} />, root);
    await until(() => root.querySelector('#r-add-unit'), 'the tag form');
    expect(root.textContent).toContain('Not tagged for any unit yet');
    await type(root.querySelector<HTMLSelectElement>('#r-add-unit')!, '2', 'change');
    await act(async () => {
      root.querySelector('#r-add-unit')!.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await until(() => root.querySelector('a[href="#/units/2"]'), 'the unit link');
    expect((await db.resources.get(2))?.unitIds).toEqual([2]);
    render(null, root);
    render(<UnitDetail id={2} notify={notify} />, root);
    await until(() => root.querySelector('a[href="#/resources/2"]'), 'the resource on the unit page');
  });

  it('archived resources leave the list; the kind can be set in bulk', async () => {
    render(<ResourcesView route={parseHash('#/resources')} notify={notify} />, root);
    await until(() => rowsShown().length === 2, 'rows');
    await click(checkbox('Hatchet'));
    await click(await until(() => root.querySelector('[data-testid="bulk-archive"]'), 'archive'));
    await until(() => rowNames().join() === 'Wetlands DB', 'Hatchet hidden');
    expect((await db.resources.get(1))?.archived).toBe(true);
    await click(checkbox('Wetlands DB'));
    await type(await until(() => root.querySelector<HTMLSelectElement>('#bulk-value'), 'the kind select'), 'website', 'change');
    await act(async () => {
      root.querySelector('form.ll-bulk-set')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await expect.poll(async () => (await db.resources.get(2))?.kind).toBe('website');
  });
});
