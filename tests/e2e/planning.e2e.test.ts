/**
 * Planning and the log in real Chromium, on the sample school: from a unit's
 * page, fill its collaboration plan, save it, print it to Letter and A4 PDFs
 * (only the sheet prints), draft the public-library note, then edit a log
 * entry and find it, edited, in the log's timeline.
 * Also "Save selection as a note for…" on a mapped Canvas page: the quick log
 * opens with the selection and the page's unit, and the librarian picks who.
 * The PDFs and screenshots (the form, the sheet in print media, the log) are written to tmp/planning/ (ignored by git) for a person to look at.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPages } from '../fixtures/demo/index';
import { ROOT, openExtensionPage, startDemoSession, waitForWorker, type LaunchedExtension } from './harness';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page as it is now (rule, impact and the first targets). */
async function severeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const api = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await api.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' ; ')}`);
  });
}

let session: Awaited<ReturnType<typeof startDemoSession>>;
let ext: LaunchedExtension;
const OUT = join(ROOT, 'tmp/planning');

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  session = await startDemoSession({ sample: true });
  ext = session.ext;
});

afterAll(async () => {
  await session?.close();
});

describe('planning a co-taught unit', () => {
  it('fills the plan from the unit’s page, saves it, and prints just the sheet', async () => {
    const page = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/units', { viewport: { width: 1200, height: 1400 } });
    await page.getByRole('link', { name: 'Ecosystem Dynamics' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Ecosystem Dynamics' }).waitFor();
    await page.getByRole('link', { name: 'Plan the collaboration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Collaboration plan: Ecosystem Dynamics' }).waitFor();
    expect(page.url()).toMatch(/#\/units\/\d+\/plan$/);

    // Prefilled from the unit: its teachers and the librarian, its dates.
    await expect(page.getByLabel('Who, row 1').inputValue()).resolves.not.toBe('');
    await expect(page.getByLabel('Step 1', { exact: true }).inputValue()).resolves.toBe('Planning meeting');
    await page.locator('#plan-goals').fill('Students model the pond food web and explain what an invasive species does to it.');
    const librarianRow = (await page.getByLabel(/^Who, row \d+$/).all()).length;
    await page.getByLabel(`Their part, row ${librarianRow}`).fill('Teach database searching and source evaluation');
    await page.getByRole('button', { name: 'Add a step' }).click();
    const steps = (await page.getByLabel(/^Step \d+$/).all()).length;
    await page.getByLabel(`Step ${steps}`, { exact: true }).fill('Gallery walk for families');
    await page.locator('#plan-assessment').fill('Food web poster with a rubric; the librarian grades the sources part.');
    await page.screenshot({ path: join(OUT, 'plan-form.png'), fullPage: true });
    await page.getByTestId('plan-save').click();
    await page.getByRole('status').filter({ hasText: 'Plan saved.' }).waitFor();
    await page.getByText(/^Saved \d{4}-\d{2}-\d{2}$/).waitFor();

    // Print: the form, the navigation and the toast give way to the sheet.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.plan-form').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Sections' }).isVisible()).resolves.toBe(false);
    const sheet = page.getByTestId('plan-sheet');
    await expect(sheet.isVisible()).resolves.toBe(true);
    await expect(sheet.textContent()).resolves.toContain('Gallery walk for families');
    await expect(sheet.textContent()).resolves.toContain('Teach database searching');
    await page.screenshot({ path: join(OUT, 'plan-print.png'), fullPage: true });
    for (const format of ['Letter', 'A4'] as const) {
      const path = join(OUT, `plan-${format.toLowerCase()}.pdf`);
      await page.pdf({ path, format, printBackground: true });
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
      expect(statSync(path).size).toBeGreaterThan(5_000);
    }
    await page.emulateMedia({ media: 'screen' });

    // The plan is on the unit: reopening the page shows it.
    await page.reload();
    await expect(page.locator('#plan-goals').inputValue()).resolves.toMatch(/^Students model the pond food web/);

    // From the plan, the note for the public library: plain text, ready to copy.
    await page.getByRole('link', { name: 'Draft a note for the public library' }).first().click();
    const note = page.getByTestId('publib-body');
    await note.waitFor();
    const text = await note.inputValue();
    expect(text).toContain('Unit: Ecosystem Dynamics');
    expect(text).toMatch(/Grade: 7/);
    expect(text).toContain('Titles students will look for:');
    console.log(`planning: PDFs in ${OUT}; note of ${text.split('\n').length} lines`);
    await page.close();
  });

  it('edits a log entry in place and shows it edited in the timeline', async () => {
    const page = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/log', { viewport: { width: 1200, height: 1400 } });
    const list = page.getByTestId('log-list');
    const first = list.locator(':scope > li').first();
    await first.waitFor();
    await first.getByRole('button', { name: /^Edit log entry of / }).click();
    const form = page.getByTestId('log-edit');
    await form.waitFor();
    await form.getByLabel('Notes').fill('Edited from the e2e test: planned the pond lab together');
    await form.getByLabel('Kind').selectOption('event');
    await form.getByLabel('Event type').selectOption('workshop');
    await form.getByLabel('Attendance (people who came)').fill('24');
    await page.screenshot({ path: join(OUT, 'log-edit.png') });
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Log entry saved.' }).waitFor();
    await form.waitFor({ state: 'detached' });

    await page.getByLabel('Search').fill('Edited from the e2e test');
    const edited = list.locator(':scope > li');
    await expect(edited.count()).resolves.toBe(1);
    await expect(edited.textContent()).resolves.toContain('Workshop');
    await expect(edited.textContent()).resolves.toContain('24 attended');
    await expect(edited.locator('.log-notes').textContent()).resolves.toBe('Edited from the e2e test: planned the pond lab together');

    // The Events filter counts it with its attendance.
    await page.getByLabel('Search').fill('');
    await page.getByRole('button', { name: 'Events', exact: true }).click();
    await expect(page.getByTestId('event-totals').textContent()).resolves.toMatch(/Workshop\s*1\s*24/);
    await page.screenshot({ path: join(OUT, 'log-events.png') });
    await page.close();
  });

  it('has no serious accessibility problems on the plan, the note and the log being edited, light and dark', async () => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/units');
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('link', { name: 'Ecosystem Dynamics' }).first().click();
      await page.getByTestId('unit-plan-links').getByRole('link').first().click();
      await page.locator('#plan-goals').waitFor();
      // With a problem shown, so the error state is checked too.
      await page.getByRole('button', { name: 'Add a step' }).click();
      const steps = (await page.getByLabel(/^Date of step \d+$/).all()).length;
      await page.getByLabel(`Date of step ${steps}`).fill('2026-12-01');
      await page.getByTestId('plan-save').click();
      await page.getByRole('alert').waitFor();
      found.push(...(await severeViolations(page)).map((v) => `plan ${scheme}: ${v}`));
      await page.getByRole('link', { name: 'Draft a note for the public library' }).first().click();
      await page.getByTestId('publib-body').waitFor();
      found.push(...(await severeViolations(page)).map((v) => `note ${scheme}: ${v}`));
      await page.goto(`chrome-extension://${ext.extensionId}/options.html#/log`);
      await page.getByRole('button', { name: 'Events', exact: true }).click();
      await page.getByTestId('event-totals').waitFor();
      await page.getByTestId('log-list').getByRole('button', { name: /^Edit log entry of / }).first().click();
      await page.getByTestId('log-edit').waitFor();
      found.push(...(await severeViolations(page)).map((v) => `log ${scheme}: ${v}`));
      await page.close();
    }
    expect(found).toEqual([]);
  });
});

describe('"Save selection as a note for…" on a mapped LMS page', () => {
  it('opens the quick log with the selected text and the page’s unit, for the librarian to pick who', async () => {
    const canvas = demoPages.find((p) => p.file === 'canvas-assignment.html')!;
    const page = await ext.context.newPage();
    await page.goto(canvas.url);
    // The panel shows: the background has read the page and matched it.
    await page.waitForSelector(`iframe[src^="chrome-extension://${ext.extensionId}/panel.html"]`, { timeout: 15_000 });
    const selection = '  Students   build a food web\n\n\n\nfor the pond ecosystem  ';

    // Headless Chromium opens no native context menu: fire the menu's own click event in the service worker.
    const worker = await waitForWorker(ext.context, ext.extensionId);
    const opened = ext.context.waitForEvent('page', { timeout: 15_000 });
    await worker.evaluate(
      async ([url, text]) => {
        type Chrome = {
          storage: { session: { get(keys: null): Promise<Record<string, { context?: { url?: string } }>> } };
          tabs: { get(id: number): Promise<object> };
          contextMenus: { update(id: string, props: object): Promise<void>; onClicked: { dispatch(info: object, tab: object): void } };
        };
        const { chrome } = globalThis as unknown as { chrome: Chrome };
        await chrome.contextMenus.update('save-selection', {});
        const states = await chrome.storage.session.get(null);
        const key = Object.keys(states).find((k) => k.startsWith('tab:') && states[k]?.context?.url === url);
        if (!key) throw new Error(`the background has no page reading for ${url}`);
        const tab = await chrome.tabs.get(Number(key.slice(4)));
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'save-selection', pageUrl: url, frameId: 0, editable: false, selectionText: text }, tab);
      },
      [canvas.url, selection] as const,
    );
    const popup = await opened;
    await popup.waitForURL(/\/popup\.html\?/);
    const notes = popup.getByLabel('Idea or note', { exact: true });
    await expect.poll(() => notes.inputValue()).toBe('Students build a food web\n\nfor the pond ecosystem');
    const unit = popup.getByLabel('Unit', { exact: true });
    await expect.poll(async () => unit.locator('option:checked').textContent()).toBe('Ecosystem Dynamics');
    // No one is picked for her: the note is "for…" whoever she chooses.
    await expect(popup.locator('.picker .tag').count()).resolves.toBe(0);
    await popup.getByRole('combobox').first().fill('Samuel');
    await popup.keyboard.press('Enter');
    await expect(popup.locator('.picker .tag').textContent()).resolves.toMatch(/Samuel Adeyemi/);
    await notes.focus();
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('Saved to your log.').waitFor();
    await popup.close();

    const log = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/log');
    await log.getByLabel('Search').fill('for the pond ecosystem');
    const entry = log.getByTestId('log-list').locator(':scope > li');
    await expect.poll(() => entry.count()).toBe(1);
    await expect(entry.textContent()).resolves.toMatch(/Samuel Adeyemi · Ecosystem Dynamics/);
    await log.close();
    await page.close();
  });
});
