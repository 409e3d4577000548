/**
 * The foundation, as a librarian meets it: the production-mode e2e build in
 * real Chromium, the sample school loaded through the options page, the badge,
 * a co-teaching idea logged from the popup with the keyboard, a CSV import with
 * a bad row, the suggestion panel on a Canvas page served on its real hostname,
 * and a page script that tries to read the panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { demoPages } from '../fixtures/demo/index';
import {
  E2E_EXTENSION_PATH,
  demoFixturePages,
  fixtureRoutes,
  getBadgeText,
  hostsOf,
  launchExtension,
  loadSampleSchool,
  openExtensionPage,
  recordRequests,
  siteFixturePages,
  startHttpsServer,
  stopServiceWorker,
  wakeServiceWorker,
  waitForWorker,
  type HttpsServer,
  type LaunchedExtension,
} from './harness';

let server: HttpsServer;
let ext: LaunchedExtension;
let network: ReturnType<typeof recordRequests>;
const canvasDemo = demoPages.find((p) => p.file === 'canvas-assignment.html')!;

beforeAll(async () => {
  const pages = [...demoFixturePages(), ...(await siteFixturePages())];
  server = await startHttpsServer({ routes: await fixtureRoutes(pages) });
  ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap: hostsOf(pages), port: server.port });
  network = recordRequests(ext);
});

afterAll(async () => {
  network?.stop();
  await ext?.close();
  await server?.close();
});

async function badge(): Promise<string> {
  const worker = await waitForWorker(ext.context, ext.extensionId);
  return getBadgeText(worker);
}

/** Polls until the badge satisfies `ok` (the background recomputes it after a message). */
async function badgeWhere(ok: (text: string) => boolean, timeoutMs = 5000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = await badge();
  while (!ok(text) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    text = await badge();
  }
  return text;
}

async function panelFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe[src^="chrome-extension://${ext.extensionId}/panel.html"]`, { timeout: 10_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('panel iframe has no frame');
  return frame;
}

describe('a new library', () => {
  it('shows no badge and an empty-state popup before any data', async () => {
    expect(await badge()).toBe('');
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
    await popup.getByText('No contacts yet.').waitFor({ timeout: 10_000 });
    await popup.close();
  });
});

describe('with the sample school', () => {
  let initialBadge = 0;

  beforeAll(async () => {
    await loadSampleSchool(ext.context, ext.extensionId);
  });

  it('lights the badge with the number of due check-ins', async () => {
    const text = await badgeWhere((t) => t !== '');
    initialBadge = Number(text);
    expect(initialBadge).toBeGreaterThan(0);
  });

  it('logs a co-teaching idea from the popup with the keyboard alone, and shows it in the log', async () => {
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
    const who = popup.getByRole('combobox', { name: 'With' });
    await expect(who.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await popup.keyboard.type('Adeyemi');
    await popup.getByRole('option').first().waitFor();
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('Co-teach a research lesson on food webs with period 3');
    await popup.keyboard.press('Enter');
    await popup.getByText('Saved to your log.').waitFor();
    await popup.close();

    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/log');
    await options.getByText('Co-teach a research lesson on food webs with period 3').waitFor();
    const entry = options.locator('[data-testid="log-list"] li', { hasText: 'period 3' });
    await expect(entry.textContent()).resolves.toMatch(/Samuel Adeyemi/);
    await options.close();
  });

  it('marks an overdue check-in done from the popup, and the badge goes down by one', async () => {
    const before = Number(await badgeWhere((t) => t !== ''));
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
    const first = popup.locator('[data-testid="due-list"] li').first();
    await first.waitFor();
    await first.getByRole('button', { name: /^Done:/ }).click();
    await popup.getByText('Logged as done.').waitFor();
    await popup.close();
    expect(Number(await badgeWhere((t) => Number(t) === before - 1))).toBe(before - 1);
  });

  it('keeps the right badge after the service worker is killed and wakes again', async () => {
    const before = await badge();
    await stopServiceWorker(ext.context, ext.extensionId);
    const worker = await wakeServiceWorker(ext.context, ext.extensionId);
    // The worker recomputes the badge when it starts.
    await new Promise((r) => setTimeout(r, 500));
    expect(await getBadgeText(worker)).toBe(before);
  });

  it('imports a contacts CSV: shows the bad row with its line, imports the good rows when accepted', async () => {
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/import');
    const csv = [
      'name,role,email,subjects,grades,organization,check_in_days,notes',
      'Dana Whitfield,teacher,dana.whitfield@example.org,Science,5,,,New this year',
      'Pat Quinn,principle,pat@example.org,,,,,',
      '"Lee, Jordan",specialist,jordan.lee@example.org,Reading,K-2,,30,"Reading interventionist,',
      'works with K-2"',
    ].join('\n');
    await options.getByTestId('import-file').setInputFiles({ name: 'new-staff.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const errors = options.getByTestId('import-errors');
    await errors.waitFor();
    await expect(errors.textContent()).resolves.toMatch(/3.*role.*principle/);
    await options.getByTestId('import-accept').click();
    await expect(options.getByTestId('import-status').textContent()).resolves.toMatch(/Imported 2 contacts/);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#/contacts`);
    await options.getByRole('link', { name: 'Lee, Jordan' }).waitFor();
    await expect(options.getByRole('link', { name: 'Pat Quinn' }).count()).resolves.toBe(0);
    await options.close();
  });

  it('shows the suggestion panel on a Canvas assignment, with the unit, resources and the teacher', async () => {
    const page = await ext.context.newPage();
    await page.goto(canvasDemo.url);
    const frame = await panelFrame(page);
    const pill = frame.getByTestId('panel-pill');
    await pill.waitFor();
    await expect(pill.textContent()).resolves.toMatch(/Ecosystem Dynamics · \d+ resources/);
    await pill.click();
    await expect(frame.getByTestId('panel-unit').first().textContent()).resolves.toBe('Ecosystem Dynamics');
    expect(await frame.getByTestId('panel-resource').count()).toBeGreaterThan(0);
    await expect(frame.getByTestId('panel-contact-status').first().textContent()).resolves.toMatch(/contact/i);
    await expect(frame.getByRole('complementary', { name: 'Library Liaison suggestions' }).count()).resolves.toBe(1);

    // The page's own scripts cannot reach into the panel.
    const seen = await page.evaluate(() => {
      const f = document.querySelector('iframe[src^="chrome-extension://"]') as HTMLIFrameElement | null;
      let doc: unknown = 'threw';
      try {
        doc = f?.contentDocument ?? null;
      } catch {
        doc = 'threw';
      }
      return { doc: doc === null ? null : String(doc), bodyHasUnit: document.body.innerText.includes('Ecosystem Dynamics ·') };
    });
    expect(seen).toEqual({ doc: null, bodyHasUnit: false });
    await page.close();
  });

  it('shows no panel on a page about nothing in the library', async () => {
    const page = await ext.context.newPage();
    const decoy = demoPages.find((p) => p.file === 'canvas-picture-day.html')!;
    await page.goto(decoy.url);
    await expect(page.title()).resolves.toBe(decoy.title);
    await page.waitForTimeout(2500);
    expect(await page.locator('iframe[src^="chrome-extension://"]').count()).toBe(0);
    await page.close();
  });

  it('made no request anywhere outside the extension and the mapped test hosts', () => {
    expect(network.requests).toEqual([]);
  });
});
