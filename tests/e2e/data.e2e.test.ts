/**
 * Data in and out, through the options page in real Chromium, as the librarian does it:
 * import contacts from a CSV (with a bad row listed by line), edit a contact, download
 * a backup (a real download), wipe everything (after the warning), restore the backup
 * from the file input and find the edit again; then import a share pack from a
 * colleague and attach standards to one of its units.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, openExtensionPage, startDemoSession, type LaunchedExtension } from './harness';

const FIXTURES = join(ROOT, 'tests/fixtures/data');
let session: Awaited<ReturnType<typeof startDemoSession>>;
let ext: LaunchedExtension;
let page: Page;
const downloads = mkdtempSync(join(tmpdir(), 'll-data-e2e-'));

beforeAll(async () => {
  session = await startDemoSession();
  ext = session.ext;
  page = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/import');
});

afterAll(async () => {
  await session?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const goto = (hash: string) => page.goto(`chrome-extension://${ext.extensionId}/options.html${hash}`);

/** Opens a contact's page from the list, by name. */
async function openContact(name: string): Promise<void> {
  await goto('#/contacts');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}

describe('import, edit, back up, wipe, restore', () => {
  it('imports contacts from a CSV, listing the bad row by its line', async () => {
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'contacts.csv'));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toMatch(/4 of 5 contacts rows are ready to import/);
    const errorRow = page.getByTestId('import-errors').locator('tbody tr');
    await expect(errorRow.count()).resolves.toBe(1);
    await expect.poll(() => errorRow.locator('td').first().textContent(), { timeout: 10_000 }).toBe('5');
    await page.getByTestId('import-accept').click();
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 10_000 }).toMatch(/Imported 4 contacts from contacts\.csv/);
  });

  it('edits a contact, backs up, wipes after the warning, restores from the file, and the edit is back', async () => {
    await openContact('Maria Lopez');
    const cadence = page.getByLabel('Check in every (days)');
    await cadence.fill('45');
    await cadence.press('Tab');
    // The edit is stored: read IndexedDB itself (a reload before the write commits would abort it), then the page shows it after a reload.
    const stored = () =>
      page.evaluate(
        (name) =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open('library-liaison');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('contacts').objectStore('contacts').index('name').get(name);
              req.onsuccess = () => {
                resolve((req.result as { checkInDays?: number } | undefined)?.checkInDays);
                open.result.close();
              };
              req.onerror = () => reject(req.error);
            };
          }),
        'Maria Lopez',
      );
    await expect.poll(stored, { timeout: 10_000 }).toBe(45);
    await page.reload();
    await expect.poll(() => page.getByLabel('Check in every (days)').inputValue(), { timeout: 10_000 }).toBe('45');

    await goto('#/import');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-save').click()]);
    expect(download.suggestedFilename()).toMatch(/^library-liaison-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { format: string; data: { contacts: { name: string; checkInDays?: number }[] } };
    expect(backup.format).toBe('library-liaison-backup');
    expect(backup.data.contacts.find((c) => c.name === 'Maria Lopez')?.checkInDays).toBe(45);
    await expect.poll(() => page.getByTestId('backup-last').textContent(), { timeout: 10_000 }).toMatch(/Last backup: \d{4}-\d{2}-\d{2}/);

    // Wipe: the warning says what will go; dismissing it keeps everything.
    const messages: string[] = [];
    page.once('dialog', (d) => {
      messages.push(d.message());
      void d.dismiss();
    });
    await page.getByTestId('wipe-all').click();
    await expect.poll(() => messages.length).toBe(1);
    expect(messages[0]).toMatch(/Delete everything in your library for good\?.*4 contacts.*Last backup/);
    await expect.poll(() => page.getByTestId('storage-size').textContent(), { timeout: 10_000 }).toMatch(/^4 contacts/);
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('wipe-all').click();
    await expect.poll(() => page.getByTestId('storage-size').textContent()).toMatch(/^0 contacts, 0 units/);
    await goto('#/contacts');
    await expect(page.getByRole('link', { name: 'Maria Lopez', exact: true }).count()).resolves.toBe(0);

    await goto('#/import');
    await page.getByTestId('backup-file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('backup-preview').textContent(), { timeout: 10_000 }).toMatch(/4 contacts, 0 units, 0 resources, 0 log entries/);
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('backup-replace').click();
    await expect.poll(() => page.getByTestId('storage-size').textContent()).toMatch(/^4 contacts/);

    await openContact('Maria Lopez');
    await expect.poll(() => page.getByLabel('Check in every (days)').inputValue(), { timeout: 10_000 }).toBe('45');
  });
});

describe('a colleague’s share pack, and standards', () => {
  it('previews and imports a share pack, then a second import adds nothing', async () => {
    await goto('#/import');
    const pack = join(FIXTURES, 'share-pack.json');
    await page.getByTestId('pack-file').setInputFiles(pack);
    await expect.poll(() => page.getByTestId('pack-preview').textContent(), { timeout: 10_000 }).toMatch(/2 new unit\(s\), 0 already there, 3 resource\(s\) of which 3 new/);
    await page.getByTestId('pack-accept').click();
    await page.getByTestId('pack-preview').waitFor({ state: 'detached' });
    // The pack's units are in the library (listed for the next share pack), with their resources.
    const units = page.getByTestId('share-pack').getByRole('checkbox');
    await expect.poll(() => units.count()).toBe(2);
    await expect(page.getByTestId('share-pack').getByRole('checkbox', { name: /Water Cycle Investigations/ }).count()).resolves.toBe(1);
    await expect.poll(() => page.getByTestId('storage-size').textContent()).toMatch(/^4 contacts, 2 units, 3 resources/);
    await page.getByTestId('pack-file').setInputFiles([]);
    await page.getByTestId('pack-file').setInputFiles(pack);
    await expect.poll(() => page.getByTestId('pack-preview').textContent(), { timeout: 10_000 }).toMatch(/0 new unit\(s\), 2 already there, 3 resource\(s\) of which 0 new/);
    // Contacts were never part of it.
    await expect.poll(() => page.getByTestId('storage-size').textContent(), { timeout: 10_000 }).toMatch(/^4 contacts, 2 units, 3 resources/);
  });

  it('attaches standards from a CSV to the unit it names, and lists the unknown unit by line', async () => {
    await page.getByTestId('standards-file').setInputFiles(join(FIXTURES, 'standards.csv'));
    const preview = page.getByTestId('standards-preview');
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toMatch(/1 unit\(s\) get 1 new code\(s\)\. 1 row\(s\) match no unit/);
    await expect.poll(() => preview.locator('tbody tr').first().textContent(), { timeout: 10_000 }).toMatch(/Water Cycle Investigations.*MS-ESS2-6/);
    await expect.poll(() => page.getByTestId('standards-errors').locator('tbody td').first().textContent(), { timeout: 10_000 }).toBe('3');
    await page.getByTestId('standards-accept').click();
    await preview.waitFor({ state: 'detached' });
  });
});

describe('a large file', () => {
  it('imports 10,000 contact rows with a progress bar, and says how long it took', async () => {
    const lines = ['name,role,email,subjects,grades,organization,check_in_days,notes'];
    for (let i = 1; i <= 10_000; i++) lines.push(`Teacher ${i},teacher,t${i}@district.example.org,Science;Math,${(i % 8) + 1},,,Note ${i}`);
    const file = join(downloads, 'ten-thousand.csv');
    writeFileSync(file, lines.join('\r\n'));
    await goto('#/import');
    // Record every state of the progress bar the page shows.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('#imp-progress');
        if (bar) seen.push(`${document.querySelector('[data-testid="import-progress"] label')?.textContent ?? ''}|${bar.getAttribute('value') ?? ''}|${Date.now()}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const t0 = Date.now();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-accept').waitFor();
    const previewMs = Date.now() - t0;
    await expect.poll(() => page.getByTestId('import-preview').textContent(), { timeout: 10_000 }).toMatch(/10000 of 10000 contacts rows are ready/);
    const t1 = Date.now();
    await page.getByTestId('import-accept').click();
    await page.getByTestId('import-status').waitFor();
    const commitMs = Date.now() - t1;
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 10_000 }).toBe('Imported 10000 contacts from ten-thousand.csv.');
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.some((s) => s.startsWith('Reading the file'))).toBe(true);
    const writing = seen.filter((s) => s.startsWith('Importing')).map((s) => Number(s.split('|')[1]));
    const written = seen.find((s) => s.startsWith('Importing') && s.split('|')[1] === '100');
    const writeMs = written ? Number(written.split('|')[2]) - t1 : NaN;
    expect(writing.some((v) => v > 0 && v < 100)).toBe(true);
    console.log(
      `10,000-row contacts CSV in Chromium: file chosen → preview ${previewMs} ms; import clicked → all rows written ${writeMs} ms → status shown ${commitMs} ms; total ${previewMs + commitMs} ms (budget 1,500 ms; wall-clock, so the machine's load shows here)`,
    );
    await expect.poll(() => page.getByTestId('storage-size').textContent()).toMatch(/^10004 contacts/);
  });
});
