/**
 * Trust, in real Chromium: a hostile page served on a real Canvas hostname
 * (tests/fixtures/hostile/canvas-assignment.html), about one of the sample
 * school's units so that the suggestion panel appears. Its own script tries
 * to read the panel, forges protocol messages with postMessage, calls the
 * extension through `chrome.runtime`, frames the extension's other pages,
 * and carries markup and `javascript:` URLs in its course name, title and
 * text. None of it may work: the panel stays unreadable and unchanged, the
 * payloads never run, and the librarian's database is exactly as before.
 *
 * Forged messages from a content script or an unknown sender never reach a
 * real browser from a page; they are covered by tests/unit/background/forgery.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  E2E_EXTENSION_PATH,
  ROOT,
  combineRoutes,
  demoFixturePages,
  fixtureRoutes,
  hostsOf,
  launchExtension,
  loadSampleSchool,
  openExtensionPage,
  siteFixturePages,
  startHttpsServer,
  type HttpsServer,
  type LaunchedExtension,
  type Routes,
} from './harness';

const HOSTILE_URL = 'https://springfield.instructure.com/courses/666/assignments/6660';
const HOSTILE_FILE = join(ROOT, 'tests/fixtures/hostile/canvas-assignment.html');
/** The markup the page carries as text in its title (the h1). */
const TITLE_PAYLOAD = '<img src=x onerror="window.__pwned=true">';

/** What the page's attack script records (see the fixture). */
interface AttackReport {
  extensionId: string | null;
  reads: Record<string, string>;
  posts: number;
  runtime: string | null;
  done: boolean;
}

let server: HttpsServer;
let ext: LaunchedExtension;

/** The hostile page, on a Canvas hostname the extension's content script matches. */
const hostileRoutes: Routes = (host, path) =>
  `https://${host}${path}` === HOSTILE_URL ? { body: readFileSync(HOSTILE_FILE), type: 'text/html; charset=utf-8' } : null;

beforeAll(async () => {
  const pages = [...demoFixturePages(), ...(await siteFixturePages())];
  server = await startHttpsServer({ routes: combineRoutes(hostileRoutes, await fixtureRoutes(pages)) });
  const hostMap = hostsOf(pages);
  expect(hostMap).toContain(new URL(HOSTILE_URL).hostname);
  ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap, port: server.port });
  await loadSampleSchool(ext.context, ext.extensionId);
}, 90_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Every object store of the extension's database, read with plain IndexedDB from an extension page. */
async function readDatabase(): Promise<Record<string, unknown[]>> {
  const page = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
  try {
    return await page.evaluate(
      () =>
        new Promise<Record<string, unknown[]>>((resolve, reject) => {
          const open = indexedDB.open('library-liaison');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = Array.from(db.objectStoreNames);
            const tx = db.transaction(names, 'readonly');
            const out: Record<string, unknown[]> = {};
            tx.oncomplete = () => {
              db.close();
              resolve(out);
            };
            tx.onerror = () => reject(tx.error);
            for (const name of names) {
              const req = tx.objectStore(name).getAll();
              req.onsuccess = () => {
                out[name] = req.result as unknown[];
              };
            }
          };
        }),
    );
  } finally {
    await page.close();
  }
}

async function panelFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe#library-liaison-panel[src^="chrome-extension://${ext.extensionId}/panel.html"]`, { timeout: 15_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the panel iframe has no frame');
  return frame;
}

describe('a hostile page on a Canvas hostname', () => {
  let page: Page;
  let frame: Frame;
  let attack: AttackReport;
  let databaseBefore: Record<string, unknown[]>;
  const dialogs: string[] = [];

  beforeAll(async () => {
    databaseBefore = await readDatabase();
    expect(Object.keys(databaseBefore)).toEqual(expect.arrayContaining(['contacts', 'units', 'resources', 'settings']));
    page = await ext.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(HOSTILE_URL);
    frame = await panelFrame(page);
    await frame.getByTestId('panel-pill').waitFor();
    await page.waitForFunction(() => (window as unknown as { __attack: AttackReport }).__attack.done, undefined, { timeout: 15_000 });
    attack = await page.evaluate(() => (window as unknown as { __attack: AttackReport }).__attack);
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  it('was served on the real hostname and learned the extension id from the panel frame', () => {
    expect(server.served).toContainEqual({ host: 'springfield.instructure.com', path: new URL(HOSTILE_URL).pathname, status: 200 });
    expect(attack.extensionId).toBe(ext.extensionId);
  });

  it('cannot read the panel: every read gives null or throws', () => {
    expect(Object.keys(attack.reads)).toHaveLength(4);
    for (const [read, result] of Object.entries(attack.reads)) {
      expect(['null', 'threw'], `${read} gave ${result}`).toContain(result);
    }
  });

  it('has no chrome.runtime to message the extension with (no externally_connectable)', () => {
    expect(attack.runtime).toBe('unavailable');
  });

  it('cannot frame the extension pages that are not web-accessible (options, popup)', async () => {
    await expect(page.locator('iframe.attacker-frame').count()).resolves.toBe(2);
    const attackerFrames = page.mainFrame().childFrames().filter((f) => f !== frame);
    // Chromium answers a blocked extension resource with its own error page, never the extension's page.
    expect(attackerFrames.map((f) => f.url())).toEqual(['chrome-error://chromewebdata/', 'chrome-error://chromewebdata/']);
  });

  it('forged postMessages do nothing: the panel is still there, visible and working', async () => {
    expect(attack.posts).toBe(240);
    const iframe = page.locator('iframe#library-liaison-panel');
    await expect(iframe.count()).resolves.toBe(1);
    const box = await iframe.evaluate((el) => ({ display: getComputedStyle(el).display, height: el.getBoundingClientRect().height }));
    expect(box.display).not.toBe('none');
    expect(box.height).toBeGreaterThan(0);
    await expect(frame.getByTestId('panel-pill').textContent()).resolves.toMatch(/Ecosystem Dynamics/);
  });

  it('its markup stays text: no element from it in the panel, and no payload ever runs', async () => {
    await frame.getByTestId('panel-pill').click();
    await frame.getByTestId('panel-unit').first().waitFor();
    const inFrame = await frame.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      inlineScripts: Array.from(document.scripts).filter((s) => !s.src).length,
      foreignScripts: Array.from(document.scripts).filter((s) => s.src && !s.src.startsWith(location.origin)).length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
      jsLinks: Array.from(document.querySelectorAll('a[href]')).filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    }));
    expect(inFrame).toEqual({ imgs: 0, inlineScripts: 0, foreignScripts: 0, handlers: 0, jsLinks: 0, pwned: undefined });
    // The page shows its payloads as text too (the fixture is escaped), so any run would be the extension's doing.
    await expect(page.locator('h1.title').textContent()).resolves.toContain(TITLE_PAYLOAD);
    expect(await page.evaluate(() => (window as unknown as { __pwned: unknown }).__pwned)).toBe(false);
    expect(dialogs).toEqual([]);
  });

  it('the popup prefilled from this tab shows the page title as literal text', async () => {
    const tabId = await frame.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } } }).chrome;
      return (await chromeApi.tabs.getCurrent())?.id;
    });
    expect(tabId).toEqual(expect.any(Number));
    const popup = await openExtensionPage(ext.context, ext.extensionId, `popup.html?tab=${tabId}`, { viewport: { width: 400, height: 600 } });
    try {
      const notes = popup.getByTestId('ql-notes');
      await expect.poll(() => notes.inputValue(), { timeout: 10_000 }).toContain(TITLE_PAYLOAD);
      const inPopup = await popup.evaluate(() => ({
        imgs: document.querySelectorAll('img').length,
        inlineScripts: Array.from(document.scripts).filter((s) => !s.src).length,
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      }));
      expect(inPopup).toEqual({ imgs: 0, inlineScripts: 0, pwned: undefined });
    } finally {
      await popup.close();
    }
  });

  it('changed nothing in the database, and Canvas is still on in the options', async () => {
    expect(await readDatabase()).toEqual(databaseBefore);
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/sites');
    try {
      const row = options.getByRole('row').filter({ has: options.getByRole('cell', { name: 'Canvas', exact: true }) });
      await row.first().waitFor();
      await expect(row.count()).resolves.toBe(1);
      await expect(row.getByRole('checkbox').isChecked()).resolves.toBe(true);
      await expect(row.getByRole('cell').last().textContent()).resolves.toBe('On');
    } finally {
      await options.close();
    }
  });

  it('still shows the panel when the page is loaded again (nothing was dismissed)', async () => {
    await page.reload();
    const again = await panelFrame(page);
    await expect(again.getByTestId('panel-pill').textContent({ timeout: 10_000 })).resolves.toMatch(/Ecosystem Dynamics/);
  });
});
