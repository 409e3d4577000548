/**
 * The report for the principal, in real Chromium: opened on the sample school,
 * switched to the school year, printed to PDF with the print stylesheet (the
 * period controls and the navigation must not print), and screenshotted.
 * The PDF and PNG are written to tmp/report/ (ignored by git) for a person to look at.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, openExtensionPage, startDemoSession, type LaunchedExtension } from './harness';

let session: Awaited<ReturnType<typeof startDemoSession>>;
let ext: LaunchedExtension;
const OUT = join(ROOT, 'tmp/report');

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  session = await startDemoSession({ sample: true });
  ext = session.ext;
});

afterAll(async () => {
  await session?.close();
});

describe('the report', () => {
  it('lists a log entry the librarian marks as a highlight', async () => {
    const log = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/log');
    const candidate = log.locator('[data-testid="log-list"] li').filter({ has: log.getByRole('button', { name: '☆ Highlight' }) }).first();
    await candidate.waitFor();
    const note = (await candidate.locator('div').nth(1).textContent())!.trim();
    // Pin the entry by its text: the filter above stops matching it once it is marked.
    const entry = log.locator('[data-testid="log-list"] li', { hasText: note }).first();
    await entry.getByRole('button', { name: '☆ Highlight' }).click();
    await entry.getByRole('button', { name: '★ Highlight', pressed: true }).waitFor();
    await log.goto(`chrome-extension://${ext.extensionId}/options.html#/report`);
    await log.getByRole('radio', { name: /school year/i }).check();
    const highlights = log.getByRole('region', { name: 'Highlights' });
    await highlights.waitFor();
    await expect(highlights.textContent()).resolves.toContain(note);
    await log.close();
  });

  it('shows the sample school’s school year with charts backed by data tables, and prints to a PDF', async () => {
    const page = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/report', { viewport: { width: 1200, height: 1600 } });
    const started = Date.now();
    await page.getByRole('radio', { name: /school year/i }).check();
    const heading = page.getByRole('heading', { level: 1, name: /Library report/ });
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toMatch(/Springfield Hills K-8 School/);
    const shownMs = Date.now() - started;
    // Numbers from the sample log, not an empty report.
    await expect(page.locator('.ll-report').textContent()).resolves.not.toMatch(/No log entries in this period/);
    expect(await page.locator('.ll-report svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.ll-report details table').count()).toBeGreaterThan(0);

    await page.screenshot({ path: join(OUT, 'report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ll-report-page__controls').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Sections' }).isVisible()).resolves.toBe(false);
    await page.pdf({ path: join(OUT, 'report-letter.pdf'), format: 'Letter', printBackground: true });
    await page.pdf({ path: join(OUT, 'report-a4.pdf'), format: 'A4', printBackground: true });
    for (const f of ['report-letter.pdf', 'report-a4.pdf']) {
      const pdf = readFileSync(join(OUT, f));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(statSync(join(OUT, f)).size).toBeGreaterThan(10_000);
    }
    console.log(`report: shown ${shownMs} ms after choosing the school year; PDFs and report.png in ${OUT}`);
    await page.close();
  });
});
