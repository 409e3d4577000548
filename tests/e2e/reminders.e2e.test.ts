/**
 * Reminders in real Chromium: the toolbar badge and the popup's Today view
 * follow what the librarian does. Starting from the sample school (its first
 * badge and "Done" are covered in foundation.e2e.test.ts), this file checks
 * the badge text
 * - after a CSV import made through the options page's Import view (forty new
 *   teachers light up nothing; a unit starting soon adds its prompt),
 * - after a check-in logged with the popup's quick log (the contact leaves the
 *   due list and the "losing touch" list: the timer was reset),
 * - after a snooze in the popup,
 * - after the service worker is stopped and started again, with the badge
 *   cleared first, so that only a recomputation can bring it back.
 * Throughout, the badge must equal what the popup shows as overdue + due today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDaysIso, toIsoDate } from '../../src/core/dates';
import { ROOT, getBadgeText, openExtensionPage, startDemoSession, stopServiceWorker, wakeServiceWorker, waitForWorker, type LaunchedExtension } from './harness';

const FIXTURES = join(ROOT, 'tests/fixtures/import');

let session: Awaited<ReturnType<typeof startDemoSession>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  session = await startDemoSession({ sample: true });
  ext = session.ext;
});

afterAll(async () => {
  await session?.close();
});

async function badge(): Promise<string> {
  return getBadgeText(await waitForWorker(ext.context, ext.extensionId));
}

/** Polls until the badge reads `expected` (the background recomputes it after each write), and returns what it read. */
async function badgeBecomes(expected: string, timeoutMs = 8000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = await badge();
  while (text !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    text = await badge();
  }
  return text;
}

/** Opens the popup with every Today section expanded ("Show all"). */
async function openPopup(): Promise<Page> {
  const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
  await popup.getByRole('heading', { name: 'Today', exact: true }).waitFor();
  const more = popup.getByRole('button', { name: /^Show all \d+$/ });
  for (let n = await more.count(); n > 0; n = await more.count()) {
    await more.first().click();
    await expect.poll(() => more.count()).toBeLessThan(n);
  }
  return popup;
}

const section = (id: 's-overdue' | 's-today' | 's-week') => `section[aria-labelledby="${id}"]`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The count a Today section shows in its heading, "Overdue (12)". */
async function sectionCount(popup: Page, id: 's-overdue' | 's-today' | 's-week'): Promise<number> {
  const text = (await popup.locator(`#${id}`).textContent()) ?? '';
  const m = /\((\d+)\)/.exec(text);
  if (!m) throw new Error(`no count in "${text}"`);
  return Number(m[1]);
}

/** What the badge should say according to the popup: items overdue or due today ('' when none). */
async function popupBadge(popup: Page): Promise<string> {
  const n = (await sectionCount(popup, 's-overdue')) + (await sectionCount(popup, 's-today'));
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}

async function importCsv(name: string, csv: string, expected: RegExp): Promise<void> {
  const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/import');
  try {
    await options.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await options.getByTestId('import-accept').click();
    await expect(options.getByTestId('import-status').textContent()).resolves.toMatch(expected);
  } finally {
    await options.close();
  }
}

describe('the badge and the Today view', () => {
  let expected = '';

  it('starts from the sample school, with the badge equal to what the popup shows', async () => {
    const popup = await openPopup();
    expected = await popupBadge(popup);
    await popup.close();
    expect(Number(expected)).toBeGreaterThan(0);
    expect(await badgeBecomes(expected)).toBe(expected);
  });

  it('after importing forty new teachers from a CSV file, lights up nothing new', async () => {
    await importCsv('new-staff.csv', readFileSync(join(FIXTURES, 'new-staff.csv'), 'utf8'), /Imported 40 contacts/);
    const popup = await openPopup();
    // They are there: the quick log finds them, and they lead "losing touch" (never contacted)...
    await popup.getByRole('combobox', { name: 'With' }).fill('Lindqvist');
    await expect(popup.getByRole('option', { name: /Aisha Lindqvist/ }).count()).resolves.toBe(1);
    await expect(popup.getByTestId('losing-touch').textContent()).resolves.toMatch(/never contacted/);
    // ...but a contact falls due one cadence after it was added: the badge does not move.
    expect(await popupBadge(popup)).toBe(expected);
    await popup.close();
    // Give the background time to finish what the import announced, then check nothing changed.
    await new Promise((r) => setTimeout(r, 500));
    expect(await badge()).toBe(expected);
  });

  it('after importing a unit that starts soon, adds its "reach out" prompt', async () => {
    const today = toIsoDate(new Date());
    const csv = readFileSync(join(FIXTURES, 'units-starting-soon.csv'), 'utf8')
      .replace('{{START}}', addDaysIso(today, 3))
      .replace('{{END}}', addDaysIso(today, 24));
    await importCsv('units-starting-soon.csv', csv, /Imported 1 unit/);
    const popup = await openPopup();
    const prompt = popup.locator('[data-key^="unit-start:"]', { hasText: 'Rivers and Watersheds' });
    await prompt.waitFor();
    await expect(prompt.textContent()).resolves.toMatch(/Aisha Lindqvist and Bruno Oyelaran/);
    // The prompt fell due 11 days before today's date (moved onto a school day): it counts, unless a
    // long break moved it past today, in which case it shows as upcoming and does not.
    const counts = (await popup.locator(`${section('s-week')} [data-key^="unit-start:"]`, { hasText: 'Rivers and Watersheds' }).count()) === 0;
    const next = String(Number(expected) + (counts ? 1 : 0));
    expect(await popupBadge(popup)).toBe(next);
    await popup.close();
    expect(await badgeBecomes(next)).toBe(next);
    expected = next;
  });

  it('after logging a check-in in the popup, drops that reminder and resets the timer in the Today view', async () => {
    const popup = await openPopup();
    const item = popup.locator(`${section('s-overdue')} [data-key^="checkin:"]`).first();
    const key = (await item.getAttribute('data-key'))!;
    const who = /Check in with (.+?) \(/.exec((await item.textContent()) ?? '')?.[1];
    expect(who).toBeTruthy();
    const losing = popup.getByTestId('losing-touch').locator('li').first().locator('a');
    const longest = (await losing.textContent())!.trim();

    // One check-in with both: the overdue contact and the one longest out of touch.
    const combo = popup.getByRole('combobox', { name: 'With' });
    for (const name of new Set([who!, longest])) {
      await combo.fill(name);
      await popup.getByRole('option', { name: new RegExp(`^${escape(name)}`) }).first().waitFor();
      await combo.press('Enter');
    }
    await popup.getByRole('button', { name: 'Kind, unit, date…' }).click();
    await popup.getByLabel('Kind').selectOption('check-in');
    await popup.getByLabel('Idea or note').fill('Stopped by to say hello and share the new databases');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('Saved to your log.').waitFor();

    // The Today view is refreshed: the reminder is gone and neither contact is losing touch any more.
    await expect.poll(() => popup.locator(`[data-key="${key}"]`).count()).toBe(0);
    const losingNames = (await popup.getByTestId('losing-touch').locator('a').allTextContents()).map((s) => s.trim());
    expect(losingNames).not.toContain(longest);
    expect(losingNames).not.toContain(who);
    const next = String(Number(expected) - 1);
    expect(await popupBadge(popup)).toBe(next);
    await popup.close();
    expect(await badgeBecomes(next)).toBe(next);
    expected = next;
  });

  it('after a snooze in the popup, hides the item and lowers the badge', async () => {
    const popup = await openPopup();
    const item = popup.locator(`${section('s-overdue')} [data-key]`).first();
    const key = (await item.getAttribute('data-key'))!;
    await item.getByRole('button', { name: /^Tomorrow:/ }).click();
    await popup.getByText(/^Snoozed until \d{4}-\d{2}-\d{2}\.$/).waitFor();
    await expect.poll(() => popup.locator(`[data-key="${key}"]`).count()).toBe(0);
    const next = String(Number(expected) - 1);
    expect(await popupBadge(popup)).toBe(next);
    await popup.close();
    expect(await badgeBecomes(next)).toBe(next);
    expected = next;
  });

  it('after the service worker is stopped and started again, recomputes the same badge', async () => {
    // Clear the badge first: Chromium keeps the text across worker restarts, so only a recomputation can restore it.
    const worker = await waitForWorker(ext.context, ext.extensionId);
    await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { setBadgeText(d: { text: string }): Promise<void> } } }).chrome.action.setBadgeText({ text: '' }));
    expect(await badge()).toBe('');
    await stopServiceWorker(ext.context, ext.extensionId);
    await wakeServiceWorker(ext.context, ext.extensionId);
    expect(await badgeBecomes(expected)).toBe(expected);

    // The fresh worker has no cache: the popup it serves still reflects the snooze and the check-in.
    await stopServiceWorker(ext.context, ext.extensionId);
    const popup = await openPopup();
    expect(await popupBadge(popup)).toBe(expected);
    await popup.close();
  });
});
