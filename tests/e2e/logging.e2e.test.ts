/**
 * Logging in seconds, in real Chromium, with the sample school loaded:
 * - the common case from the popup with the keyboard alone: a few letters of
 *   the name, Enter, Tab, the idea, Enter. The keystrokes and the time are
 *   printed (the closing note asks for them);
 * - Ctrl+Enter saves from any field;
 * - "Log an idea about this page" from the context menu on a Canvas assignment
 *   served on its real hostname: the popup opens with the page's unit and
 *   teacher prefilled.
 *
 * Headless Chromium cannot open a native context menu. The test fires
 * Chromium's own `contextMenus.onClicked` event inside the service worker
 * (`dispatch`, with the tab Chromium reports for the page and the menu item's
 * id), so the listener the background registered runs exactly as for a click:
 * no test hook in the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Interaction } from '../../src/core/types';
import { demoPages } from '../fixtures/demo/index';
import { openExtensionPage, startDemoSession, waitForWorker, type LaunchedExtension } from './harness';

let session: Awaited<ReturnType<typeof startDemoSession>>;
let ext: LaunchedExtension;
const canvas = demoPages.find((p) => p.file === 'canvas-assignment.html')!;

beforeAll(async () => {
  session = await startDemoSession({ sample: true });
  ext = session.ext;
});

afterAll(async () => {
  await session?.close();
});

/** The log as stored, read straight from the extension's IndexedDB in one of its pages. */
function readLog(page: Page): Promise<Interaction[]> {
  return page.evaluate(
    () =>
      new Promise<Interaction[]>((resolve, reject) => {
        const open = indexedDB.open('library-liaison');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('interactions').objectStore('interactions').getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Interaction[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Ids of a unit and a contact, by title and name, from the same database. */
function idsOf(page: Page, unitTitle: string, contactName: string): Promise<{ unitId: number; contactId: number }> {
  return page.evaluate(
    ([title, name]) =>
      new Promise<{ unitId: number; contactId: number }>((resolve, reject) => {
        const open = indexedDB.open('library-liaison');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['units', 'contacts']);
          const units = tx.objectStore('units').getAll();
          const contacts = tx.objectStore('contacts').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              unitId: (units.result as { id: number; title: string }[]).find((u) => u.title === title)!.id,
              contactId: (contacts.result as { id: number; name: string }[]).find((c) => c.name === name)!.id,
            });
          };
        };
      }),
    [unitTitle, contactName] as const,
  );
}

/** Counts what the keyboard sends: one per character typed, one per key pressed. */
function countingKeyboard(page: Page) {
  let keys = 0;
  return {
    get count() {
      return keys;
    },
    async type(text: string) {
      keys += [...text].length;
      await page.keyboard.type(text);
    },
    async press(key: string) {
      keys += 1;
      await page.keyboard.press(key);
    },
  };
}

describe('the quick log, keyboard only', () => {
  it('logs the common case (name, Enter, Tab, idea, Enter), and reports keystrokes and time', async () => {
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
    const started = performance.now();
    const who = popup.getByRole('combobox', { name: 'With' });
    await who.waitFor();
    // The popup opens with the cursor in "With": no click, no Tab to get there.
    await expect(who.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    const kb = countingKeyboard(popup);
    const name = 'Ade';
    const idea = 'Research lesson on pond food webs';
    await kb.type(name);
    await expect(popup.getByRole('option').first().textContent()).resolves.toMatch(/^Samuel Adeyemi/);
    await kb.press('Enter');
    await kb.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.id)).resolves.toBe('ql-notes');
    await kb.type(idea);
    await kb.press('Enter');
    await popup.getByText('Saved to your log.').waitFor();
    const ms = performance.now() - started;

    const besides = kb.count - name.length - idea.length;
    console.log(
      `logging: common keyboard log = ${kb.count} keystrokes (${name.length} for the name, ${idea.length} for the idea, ${besides} more: Enter, Tab, Enter); ` +
        `${ms.toFixed(0)} ms from the popup open to "Saved", typed by the test without delay`,
    );
    expect(besides).toBe(3);

    const { contactId } = await idsOf(popup, 'Ecosystem Dynamics', 'Samuel Adeyemi');
    const saved = (await readLog(popup)).filter((e) => e.notes === idea);
    expect(saved).toEqual([expect.objectContaining({ kind: 'co-teaching-idea', contactIds: [contactId] })]);
    await popup.close();
  });

  it('saves with Ctrl+Enter from any field, kind chosen from the keyboard too', async () => {
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
    await popup.getByRole('combobox', { name: 'With' }).waitFor();
    await popup.keyboard.type('Pemberton');
    await popup.getByRole('option').first().waitFor();
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('Hatchet survival kit display for the library entrance');
    // Tab to "Kind, unit, date…", open it, Tab into Kind, pick "Meeting" by its first letter, save from there.
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.id)).resolves.toBe('ql-kind');
    await popup.keyboard.press('m');
    await expect(popup.locator('#ql-kind').inputValue()).resolves.toBe('meeting');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('Saved to your log.').waitFor();
    const saved = (await readLog(popup)).filter((e) => e.notes === 'Hatchet survival kit display for the library entrance');
    expect(saved).toEqual([expect.objectContaining({ kind: 'meeting' })]);
    await popup.close();
  });
});

describe('"Log an idea about this page" on a mapped LMS page', () => {
  it('opens the log with the unit and the teacher the page matched, and saves with them', async () => {
    const page = await ext.context.newPage();
    await page.goto(canvas.url);
    // The panel shows: the background has read the page and matched it.
    await page.waitForSelector(`iframe[src^="chrome-extension://${ext.extensionId}/panel.html"]`, { timeout: 15_000 });

    const worker = await waitForWorker(ext.context, ext.extensionId);
    const opened = ext.context.waitForEvent('page', { timeout: 15_000 });
    const tabId = await worker.evaluate(async (url) => {
      type Chrome = {
        storage: { session: { get(keys: null): Promise<Record<string, { context?: { url?: string } }>> } };
        tabs: { get(id: number): Promise<object> };
        contextMenus: {
          update(id: string, props: object): Promise<void>;
          onClicked: { dispatch(info: object, tab: object): void };
        };
      };
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      // The menu item exists (update rejects an unknown id).
      await chrome.contextMenus.update('log-page', {});
      // The tab the page is in, as the background recorded it when the content script reported the page
      // (the extension has no "tabs" permission, so tabs.query cannot filter by URL).
      const states = await chrome.storage.session.get(null);
      const key = Object.keys(states).find((k) => k.startsWith('tab:') && states[k]?.context?.url === url);
      if (!key) throw new Error(`the background has no page reading for ${url}`);
      const tab = await chrome.tabs.get(Number(key.slice(4)));
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'log-page', pageUrl: url, frameId: 0, editable: false }, tab);
      return Number(key.slice(4));
    }, canvas.url);
    const popup = await opened;
    await popup.waitForURL(/\/popup\.html\?/);
    expect(new URL(popup.url()).searchParams.get('tab')).toBe(String(tabId));

    const { unitId, contactId } = await idsOf(popup, 'Ecosystem Dynamics', 'Samuel Adeyemi');
    const unit = popup.getByLabel('Unit', { exact: true });
    await expect.poll(() => unit.inputValue()).toBe(String(unitId));
    await expect(unit.locator('option:checked').textContent()).resolves.toBe('Ecosystem Dynamics');
    await expect(popup.locator('.picker .tag').textContent()).resolves.toMatch(/Samuel Adeyemi/);
    const notes = popup.getByLabel('Idea or note', { exact: true });
    await expect(notes.inputValue()).resolves.toBe(`About “${canvas.title}”: `);

    await notes.press('End');
    await popup.keyboard.type('pull the pond field guides for the food web lab');
    await popup.keyboard.press('Enter');
    await popup.getByText('Saved to your log.').waitFor();
    const saved = (await readLog(popup)).filter((e) => e.notes.endsWith('pull the pond field guides for the food web lab'));
    expect(saved).toEqual([expect.objectContaining({ unitId, contactIds: [contactId], kind: 'co-teaching-idea' })]);
    await popup.close();
    await page.close();
  });
});
