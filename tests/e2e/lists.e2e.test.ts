/**
 * The options page's contacts list in real Chromium, on the sample school:
 * select three contacts (a click, then Shift+Down twice), set their check-in
 * cadence in bulk, archive one that the popup lists as due, see it leave the
 * list and the popup's due list, then bring it back with Unarchive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, startDemoSession } from './harness';

let session: Awaited<ReturnType<typeof startDemoSession>>;

beforeAll(async () => {
  session = await startDemoSession({ sample: true });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Ids of the contacts whose check-ins the popup lists as due (overdue, today or this week). */
async function dueCheckIns(): Promise<number[]> {
  const popup = await openExtensionPage(session.ext.context, session.ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
  try {
    await popup.locator('[data-testid="due-list"] li').first().waitFor({ timeout: 15_000 });
    // Every section in full, not only its first items.
    for (const more of await popup.getByRole('button', { name: /^Show all/ }).all()) await more.click();
    const keys = await popup.locator('[data-testid="due-list"] li[data-key^="checkin:"]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')!));
    return keys.map((k) => Number(k.split(':')[1]));
  } finally {
    await popup.close();
  }
}

const row = (page: Page, id: number) => page.locator(`[data-testid="contacts-table"] tbody tr:has(a[href="#/contacts/${id}"])`);

/** Scrolls the windowed list until the row of contact `id` is rendered. */
async function scrollToContact(page: Page, id: number): Promise<void> {
  const scroller = page.getByTestId('contacts-table-scroll');
  for (let top = 0; top < 200_000; top += 300) {
    if ((await row(page, id).count()) > 0) {
      await row(page, id).scrollIntoViewIfNeeded();
      return;
    }
    await scroller.evaluate((el, y) => (el.scrollTop = y), top);
    await page.waitForTimeout(30);
  }
  throw new Error(`contact ${id} is not in the list`);
}

describe('contacts list: bulk edit and archive', () => {
  it('bulk-sets the cadence of three contacts, archives one out of the list and the popup, and unarchives it', async () => {
    const due = await dueCheckIns();
    expect(due.length, 'the sample school has check-ins due').toBeGreaterThan(0);
    const target = due[0]!;

    const page = await openExtensionPage(session.ext.context, session.ext.extensionId, 'options.html#/contacts');
    try {
      await page.getByTestId('contacts-table').waitFor();
      const [shown, total] = (await page.getByTestId('contacts-count').textContent())!.match(/\d+/g)!.map(Number) as [number, number];
      await scrollToContact(page, target);
      const targetName = (await row(page, target).locator('a').first().textContent())!;

      // Select three rows from the keyboard: this one, then Shift+Down (or Up at the end of the list) twice.
      const box = row(page, target).getByRole('checkbox');
      await box.check();
      const index = Number(await row(page, target).getAttribute('aria-rowindex'));
      // aria-rowindex counts the header row: the row at 0-based position p has p + 2, so two rows follow when p + 2 < shown.
      const key = index < shown ? 'Shift+ArrowDown' : 'Shift+ArrowUp';
      await page.keyboard.press(key);
      await page.keyboard.press(key);
      const bar = page.getByTestId('bulk-bar');
      await expect.poll(() => bar.locator('.ll-bulk-count strong').textContent()).toBe('3 selected');
      const chosen = await page
        .locator('[data-testid="contacts-table"] tbody tr.ll-selected a[href^="#/contacts/"]')
        .evaluateAll((as) => as.map((a) => Number(a.getAttribute('href')!.split('/')[2])));
      expect(chosen).toHaveLength(3);
      expect(chosen).toContain(target);

      // Bulk: check in every 5 days.
      await page.getByLabel('Change').selectOption('cadence');
      await page.getByLabel('To', { exact: true }).fill('5');
      await page.getByTestId('bulk-apply').click();
      await page.getByRole('status').getByText('Changed: 3.').waitFor();
      for (const id of chosen) {
        const detail = await openExtensionPage(session.ext.context, session.ext.extensionId, `options.html#/contacts/${id}`);
        await expect.poll(() => detail.locator('#cadence').inputValue()).toBe('5');
        await detail.close();
      }

      // Archive the one the popup lists as due.
      await bar.getByRole('button', { name: 'Clear selection' }).click();
      await scrollToContact(page, target);
      await row(page, target).getByRole('checkbox').check();
      await page.getByTestId('bulk-archive').click();
      await page.getByRole('status').getByText('Archived: 1.').waitFor();
      await expect.poll(() => row(page, target).count()).toBe(0);
      await expect.poll(() => page.getByTestId('contacts-count').textContent()).toBe(`${shown - 1} of ${total} contacts`);
      await expect.poll(() => page.getByRole('link', { name: targetName, exact: true }).count()).toBe(0);
      expect(await dueCheckIns()).not.toContain(target);

      // Show archived, then bring it back.
      await page.getByLabel(/^Show archived/).check();
      await scrollToContact(page, target);
      await expect(row(page, target).locator('.tag').textContent()).resolves.toBe('archived');
      await row(page, target).getByRole('checkbox').check();
      await page.getByTestId('bulk-unarchive').click();
      await page.getByRole('status').getByText('Brought back: 1.').waitFor();
      await page.getByLabel(/^Show archived/).uncheck();
      await scrollToContact(page, target);
      await expect.poll(() => page.getByTestId('contacts-count').textContent()).toBe(`${shown} of ${total} contacts`);
      expect(await dueCheckIns()).toContain(target);
    } finally {
      await page.close();
    }
  });

  it('opens a record from a deep link, and the unit page links back to its teachers', async () => {
    const page = await openExtensionPage(session.ext.context, session.ext.extensionId, 'options.html#/units');
    try {
      const first = page.locator('[data-testid="units-table"] tbody tr a[href^="#/units/"]').first();
      const href = (await first.getAttribute('href'))!;
      await page.goto(`chrome-extension://${session.ext.extensionId}/options.html${href}`);
      await page.getByRole('heading', { level: 2, name: 'Teachers' }).waitFor();
      const teacher = page.locator('a[href^="#/contacts/"]').first();
      const name = (await teacher.textContent())!;
      await teacher.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.locator(`a[href="${href}"]`).first().waitFor();
    } finally {
      await page.close();
    }
  });
});
