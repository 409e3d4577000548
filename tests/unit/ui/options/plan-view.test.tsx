// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact, Resource, Unit } from '../../../../src/core/types';
import { getDb } from '../../../../src/db/schema';
import { updateSettings } from '../../../../src/db/settings';
import { PlanningView } from '../../../../src/ui/options/PlanningView';
import { PublicLibraryNoteView } from '../../../../src/ui/options/PublicLibraryNoteView';
import { parseHash } from '../../../../src/ui/options/router';
import type { UndoToast } from '../../../../src/ui/Toast';

const db = getDb();
const CREATED = '2026-08-01T12:00:00.000Z';
const contact = (name: string, over: Partial<Contact> = {}): Contact => ({ name, role: 'teacher', subjects: [], grades: [], archived: false, createdAt: CREATED, ...over });
const resource = (title: string, unitIds: number[], over: Partial<Resource> = {}): Resource => ({
  title,
  kind: 'book',
  subjects: [],
  grades: [],
  keywords: [],
  description: '',
  unitIds,
  createdAt: CREATED,
  ...over,
});

let root: HTMLDivElement;
let toasts: UndoToast[];
const notify = (t: UndoToast) => void toasts.push(t);
let unitId: number, ana: number, eve: number, pondLife: number, gale: number;

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  toasts = [];
  ana = (await db.contacts.add(contact('Ana Rivera'))) as number;
  eve = (await db.contacts.add(contact('Eve Moreau', { role: 'public-librarian', organization: 'Springfield Public Library', email: 'eve@spl.example' }))) as number;
  const unit: Unit = {
    title: 'Ecosystem Dynamics',
    subject: 'Science',
    grades: [7],
    start: '2099-03-02',
    end: '2099-03-20',
    teacherIds: [ana],
    keywords: ['food webs'],
    standards: ['MS-LS2-3', 'MS-LS2-4'],
    description: '',
    createdAt: CREATED,
  };
  unitId = (await db.units.add(unit)) as number;
  pondLife = (await db.resources.add(resource('Pond Life', [unitId], { author: 'Jean George' }))) as number;
  gale = (await db.resources.add(resource('GALE Science', [unitId], { kind: 'database' }))) as number;
  await db.interactions.add({ kind: 'co-taught-lesson', date: '2026-10-01', contactIds: [ana], unitId, notes: '', students: 112, createdAt: CREATED });
  await updateSettings(db, { schoolName: 'Springfield Hills K-8' });
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
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
const labelled = (label: string) => root.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
const checkboxFor = (text: string) => [...root.querySelectorAll('label.check')].find((l) => l.textContent?.includes(text))?.querySelector('input');

describe('the collaboration planning sheet', () => {
  it('has its own address under the unit', () => {
    expect(parseHash('#/units/7/plan')).toMatchObject({ view: 'units', id: '7', sub: 'plan' });
    expect(parseHash('#/units/7/public-library')).toMatchObject({ view: 'units', id: '7', sub: 'public-library' });
    expect(parseHash('#/units/7').sub).toBeUndefined();
  });

  it('starts prefilled from the unit, saves to it, and undoes the first save', async () => {
    render(<PlanningView unitId={unitId} notify={notify} />, root);
    await until(() => root.querySelector('#plan-goals'), 'the form');
    expect(root.querySelector('h1')?.textContent).toBe('Collaboration plan: Ecosystem Dynamics');
    expect(labelled('Who, row 1')?.value).toBe('Ana Rivera');
    expect(labelled('Who, row 2')?.value).toBe('Librarian');
    expect(labelled('Step 1')?.value).toBe('Planning meeting');
    expect(labelled('Date of step 1')?.value).toBe('2099-02-16');
    expect(checkboxFor('MS-LS2-4')?.checked).toBe(true);
    expect(checkboxFor('Pond Life')?.checked).toBe(true);
    // A prefilled sheet nobody has touched has nothing unsaved.
    expect(root.textContent).not.toContain('Unsaved changes');

    await type(root.querySelector('#plan-goals'), 'Students model a pond food web.');
    await click(checkboxFor('MS-LS2-4'));
    await click(checkboxFor('GALE Science'));
    await type(root.querySelector('#plan-new-standard'), 'RST.6-8.7');
    await click(button('Add'));
    await type(labelled('Their part, row 2'), 'Teach source evaluation');
    await click(button('Add a step'));
    await type(labelled('Step 4'), 'Presentations to families');
    await type(labelled('Date of step 4'), '2099-03-19');
    expect(root.textContent).toContain('Unsaved changes');
    await click(root.querySelector('[data-testid="plan-save"]'));
    await until(() => toasts.length === 1, 'the saved toast');
    expect(toasts[0]!.message).toBe('Plan saved.');

    const plan = (await db.units.get(unitId))?.plan;
    expect(plan?.goals).toBe('Students model a pond food web.');
    expect(plan?.standards).toEqual(['MS-LS2-3', 'RST.6-8.7']);
    expect(plan?.resourceIds).toEqual([pondLife]);
    expect(plan?.roles).toEqual([
      { contactId: ana, who: 'Ana Rivera', task: '' },
      { who: 'Librarian', task: 'Teach source evaluation' },
    ]);
    // Sorted by date: the new step comes before the unit's end.
    expect(plan?.timeline.map((s) => s.step)).toEqual(['Planning meeting', 'Unit starts', 'Presentations to families', 'Unit ends']);
    // The print copy shows what was written.
    const sheet = root.querySelector('[data-testid="plan-sheet"]')!;
    expect(sheet.textContent).toContain('Students model a pond food web.');
    expect(sheet.textContent).toContain('Springfield Hills K-8');
    expect(sheet.textContent).toContain('Pond Life — Jean George');
    expect(sheet.textContent).not.toContain('GALE');

    await act(async () => {
      await toasts[0]!.undo!();
    });
    const after = await db.units.get(unitId);
    expect(after && 'plan' in after).toBe(false);
    expect(after?.title).toBe('Ecosystem Dynamics');
  });

  it('drops from the plan a resource no longer tagged for the unit', async () => {
    await db.units.update(unitId, {
      plan: { goals: 'Saved before', standards: [], resourceIds: [pondLife, gale], roles: [], timeline: [], assessment: '', reflection: '', updatedAt: CREATED },
    });
    await db.resources.update(gale, { unitIds: [] });
    render(<PlanningView unitId={unitId} notify={notify} />, root);
    await until(() => (root.querySelector('#plan-goals') as HTMLTextAreaElement | null)?.value === 'Saved before', 'the saved plan');
    expect(checkboxFor('GALE')).toBeUndefined();
    await click(root.querySelector('[data-testid="plan-save"]'));
    await until(() => toasts.length === 1, 'the saved toast');
    expect((await db.units.get(unitId))?.plan?.resourceIds).toEqual([pondLife]);
  });

  it('says what to fix and saves nothing while a step has a date but no text', async () => {
    render(<PlanningView unitId={unitId} notify={notify} />, root);
    await until(() => root.querySelector('#plan-goals'), 'the form');
    await click(button('Add a step'));
    await type(labelled('Date of step 4'), '2099-03-05');
    await type(labelled('Who, row 1'), '');
    await type(labelled('Their part, row 1'), 'Science content');
    await click(root.querySelector('[data-testid="plan-save"]'));
    const alert = await until(() => root.querySelector('[role="alert"]'), 'the problems');
    expect(alert.textContent).toContain('Row 1 of who teaches what names no one.');
    expect(alert.textContent).toContain('Step 4 of the timeline has a date but no description.');
    expect(labelled('Date of step 4')?.getAttribute('aria-invalid')).toBe('true');
    expect((await db.units.get(unitId))?.plan).toBeUndefined();
    expect(toasts).toHaveLength(0);
  });

  it('prints with the browser’s print dialog', async () => {
    // happy-dom has no print(): stand in for the browser's dialog.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    render(<PlanningView unitId={unitId} notify={notify} />, root);
    await until(() => root.querySelector('#plan-goals'), 'the form');
    await click(button('Print…'));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says so when the unit does not exist', async () => {
    render(<PlanningView unitId={9999} notify={notify} />, root);
    await until(() => root.textContent?.includes('This unit no longer exists.'), 'the message');
  });
});

describe('the public-library note', () => {
  it('drafts the note from the unit, addressed to the chosen public librarian, and copies it', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<PublicLibraryNoteView unitId={unitId} notify={notify} />, root);
    const body = await until(() => root.querySelector<HTMLTextAreaElement>('[data-testid="publib-body"]'), 'the note');
    expect(body.readOnly).toBe(true);
    expect(body.value).toContain('Unit: Ecosystem Dynamics');
    // The largest class count logged for the unit is the starting guess.
    expect(body.value).toContain('Number of students: about 112');
    expect(body.value).toContain('- Pond Life (Jean George)');
    expect(body.value).not.toContain('GALE');
    expect(body.value.startsWith('Hello,')).toBe(true);
    expect((root.querySelector('#publib-subject') as HTMLInputElement).value).toBe('Assignment alert: Ecosystem Dynamics at Springfield Hills K-8');

    await type(root.querySelector('#publib-to'), String(eve), 'change');
    await type(root.querySelector('#publib-students'), '90');
    await until(() => body.value.startsWith('Hello Eve Moreau,') && body.value.includes('about 90'), 'the note for Eve');
    expect(root.textContent).toContain('Email: eve@spl.example');
    await click(button('Copy note'));
    expect(writeText).toHaveBeenCalledWith(body.value);
    await until(() => root.textContent?.includes('Note copied.'), 'the copied status');

    await click(button('Log as emailed to Eve Moreau'));
    await until(() => toasts.length === 1, 'the logged toast');
    const logged = await db.interactions.where('kind').equals('email').toArray();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ contactIds: [eve], unitId, notes: 'Assignment alert: Ecosystem Dynamics at Springfield Hills K-8' });
  });

  it('leaves the note selected to copy by hand when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true });
    render(<PublicLibraryNoteView unitId={unitId} notify={notify} />, root);
    await until(() => root.querySelector('[data-testid="publib-body"]'), 'the note');
    await click(button('Copy note'));
    await until(() => root.textContent?.includes('Could not copy'), 'the fallback message');
  });
});
