import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_LOG_PAGE, MENU_SAVE_LINK, MENU_SAVE_SELECTION, onContextMenuClick, selectionNote, setupContextMenus, SELECTION_NOTE_MAX } from '../../../src/background/menus';
import { createService } from '../../../src/background/service';
import { openDb } from '../../../src/db/schema';
import { loadSampleSchool } from '../../../src/db/sample';
import { buildSampleSchool } from '../../../src/sample/school';
import type { PageContext } from '../../../src/core/types';
import type { TabMatch } from '../../../src/messaging/responses';

const NOW = new Date('2025-11-05T10:00:00');
const TAB = { id: 12, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: true, discarded: false, autoDiscardable: true, groupId: -1, frozen: false };
const ecosystemsPage: PageContext = {
  site: 'canvas',
  kind: 'assignment',
  url: 'https://springfield.instructure.com/courses/7/assignments/1',
  title: 'Food web lab: producers, consumers and decomposers',
  courseName: 'Science 7',
  text: 'Build a food web for the pond ecosystem. Identify producers, primary consumers, decomposers and show energy flow between trophic levels.',
  dates: [],
  people: [],
};

/** The URL of the popup window the last click opened, as the popup reads it. */
function openedPopup(spy: ReturnType<typeof vi.spyOn>): URL {
  const arg = spy.mock.calls.at(-1)?.[0] as { url: string; type: string };
  expect(arg.type).toBe('popup');
  return new URL(arg.url);
}

let windowsCreate: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  windowsCreate = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 2, focused: true, alwaysOnTop: false, incognito: false });
});

describe('selectionNote', () => {
  it('keeps plain text, trimmed, with runs of spaces and blank lines collapsed', () => {
    expect(selectionNote('  Read   chapter\u00a03\u200b \r\n\r\n\r\n\n  then\tdiscuss\u0007.  ')).toBe('Read chapter 3\n\nthen discuss.');
  });

  it('keeps pasted markup as text, never as HTML', () => {
    expect(selectionNote('<img src=x onerror=alert(1)> <b>bold</b>')).toBe('<img src=x onerror=alert(1)> <b>bold</b>');
  });

  it('cuts a long selection at a word, with an ellipsis, within the cap', () => {
    const long = 'ecosystem '.repeat(500);
    const note = selectionNote(long);
    expect(note.length).toBeLessThanOrEqual(SELECTION_NOTE_MAX);
    expect(note.endsWith('ecosystem…')).toBe(true);
    // A single 3,000-character word is cut mid-word rather than dropped.
    expect(selectionNote('x'.repeat(3000), 100)).toBe(`${'x'.repeat(99)}…`);
  });
});

describe('context menus', () => {
  it('registers the three menus with their titles from the English messages', async () => {
    const created: { id: string; title: string; contexts: string[] }[] = [];
    const menus = { removeAll: vi.fn(async () => undefined), create: vi.fn((p: (typeof created)[number]) => void created.push(p)) };
    Object.assign(fakeBrowser, { contextMenus: menus });
    setupContextMenus();
    await vi.waitFor(() => expect(created).toHaveLength(3));
    expect(created.find((m) => m.id === MENU_SAVE_SELECTION)).toEqual({ id: MENU_SAVE_SELECTION, title: 'Save selection as a note for…', contexts: ['selection'] });
    expect(created.find((m) => m.id === MENU_LOG_PAGE)?.title).toBe('Log an idea about this page');
    expect(created.find((m) => m.id === MENU_SAVE_LINK)?.contexts).toEqual(['link']);
  });

  it('"Save selection as a note for…" opens the quick log with the selection and the page’s matched unit, and no contact', async () => {
    const db = openDb(`menus-${Math.random()}`);
    const school = buildSampleSchool(NOW);
    await loadSampleSchool(db, school);
    const service = createService({ db, now: () => NOW, log: () => undefined });
    const content = { id: fakeBrowser.runtime.id, url: ecosystemsPage.url, tab: { id: TAB.id }, frameId: 0 };
    expect(await service.onMessage({ type: 'page:context', context: ecosystemsPage }, content)).toEqual({ show: true });
    const deps = { tabMatch: (tabId: number) => service.handle({ type: 'tab:match', tabId }, {}) as Promise<TabMatch | null> };

    await onContextMenuClick({ menuItemId: MENU_SAVE_SELECTION, editable: false, pageUrl: ecosystemsPage.url, selectionText: '  Students  could map   the pond\n\n\n\nfood web  ' }, TAB, deps);
    const url = openedPopup(windowsCreate);
    expect(url.pathname).toBe('/popup.html');
    expect(url.searchParams.get('text')).toBe('Students could map the pond\n\nfood web');
    expect(url.searchParams.get('contacts')).toBe('');
    const unit = await db.units.get(Number(url.searchParams.get('unit')));
    expect(unit?.title).toBe('Ecosystem Dynamics');
  });

  it('leaves the unit empty on a page with no match, or when the match fails', async () => {
    await onContextMenuClick({ menuItemId: MENU_SAVE_SELECTION, editable: false, pageUrl: 'https://example.org', selectionText: 'a thought' }, TAB, { tabMatch: async () => null });
    let url = openedPopup(windowsCreate);
    expect(url.searchParams.get('text')).toBe('a thought');
    expect(url.searchParams.has('unit')).toBe(false);
    await onContextMenuClick({ menuItemId: MENU_SAVE_SELECTION, editable: false, pageUrl: 'https://example.org', selectionText: 'again' }, TAB, {
      tabMatch: () => Promise.reject(new Error('worker restarted')),
    });
    url = openedPopup(windowsCreate);
    expect(url.searchParams.get('text')).toBe('again');
    expect(url.searchParams.has('unit')).toBe(false);
  });

  it('"Log an idea about this page" still names the tab so the popup asks for its match', async () => {
    await onContextMenuClick({ menuItemId: MENU_LOG_PAGE, editable: false, pageUrl: 'https://example.org' }, TAB);
    const url = openedPopup(windowsCreate);
    expect(url.searchParams.get('tab')).toBe('12');
    expect(url.searchParams.has('contacts')).toBe(false);
  });
});
