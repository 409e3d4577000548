/**
 * Nothing lost, in the real browser: an import killed in the middle leaves the
 * library as it was before or as it is after, never in between.
 *
 * Imports run in the options page (ImportView → commitImport, one IndexedDB
 * transaction written in chunks of 1,000 rows, with a progress bar after each
 * chunk), not in the service worker. So the honest interruptions are: the
 * page's tab closed mid-write (from the page itself, the moment the progress
 * bar shows a chunk written), the page's renderer crashed mid-write, and the
 * service worker stopped while the page writes. Each time a 5,000-contact CSV
 * generated here is imported through the UI, and the contacts are counted
 * afterwards straight from IndexedDB in a fresh extension tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_EXTENSION_PATH, launchExtension, openExtensionPage, stopServiceWorker, isWorkerRunning, type LaunchedExtension } from './harness';

const ROWS = 5000;
let ext: LaunchedExtension;
/** What each interruption found, printed at the end. */
const outcomes: string[] = [];

beforeAll(async () => {
  // No web page is visited: no HTTPS server and no mapped hosts are needed.
  ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap: [], port: 9 });
});

afterAll(async () => {
  if (outcomes.length > 0) console.info(`reliability: ${outcomes.join('; ')}`);
  await ext?.close();
});

/** A contacts CSV in our format with `n` teachers, each with an email unique to this `tag`. */
function contactsCsv(n: number, tag: string): Buffer {
  const rows = Array.from({ length: n }, (_, i) => `Teacher ${tag} ${i},teacher,t${i}.${tag}@school.example.org,Science;Math,6-8,Springfield,21,row ${i}`);
  return Buffer.from(['name,role,email,subjects,grades,organization,check_in_days,notes', ...rows].join('\r\n'));
}

/** Runs `fn` in a fresh extension tab (the extension's origin, so its IndexedDB), then closes the tab. */
async function inExtension<T>(fn: () => Promise<T>): Promise<T> {
  const tab = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
  try {
    return await tab.evaluate(fn);
  } finally {
    await tab.close();
  }
}

/** Contacts stored, read with the plain IndexedDB API (no app code involved). */
function countContacts(): Promise<number> {
  return inExtension(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('library-liaison');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('contacts')) {
            db.close();
            resolve(0);
            return;
          }
          const req = db.transaction('contacts').objectStore('contacts').count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Opens the Import view, chooses the file, and waits until the preview offers to import every row. */
async function previewImport(csv: Buffer, name: string): Promise<Page> {
  const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/import');
  await options.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: csv });
  const accept = options.getByTestId('import-accept');
  await accept.waitFor({ timeout: 30_000 });
  await expect.poll(() => accept.isEnabled(), { timeout: 30_000 }).toBe(true);
  return options;
}

/**
 * Arms the page to report (in `window.__ll`) the moment the progress bar first
 * shows part of the rows written, and, when `closeItself`, to close its own tab
 * right then through the tabs API, with no round trip to the test.
 */
async function armMidWrite(page: Page, closeItself: boolean): Promise<void> {
  await page.evaluate((close) => {
    const w = window as unknown as { __ll?: { seen: number }; chrome: { tabs: { getCurrent(cb: (t?: { id?: number }) => void): void; remove(id: number): void } } };
    w.__ll = { seen: -1 };
    const check = () => {
      const bar = document.getElementById('imp-progress') as HTMLProgressElement | null;
      const value = bar && bar.hasAttribute('value') ? bar.value : 0;
      if (value > 0 && value < 100) {
        w.__ll!.seen = value;
        if (close) w.chrome.tabs.getCurrent((t) => t?.id !== undefined && w.chrome.tabs.remove(t.id));
        return;
      }
      setTimeout(check, 0);
    };
    check();
  }, closeItself);
}

const beforeOrAfter = (count: number, before: number) => count === before || count === before + ROWS;

describe('an import interrupted in the middle is all or nothing', () => {
  it('the options tab closed by the page itself the moment a first chunk is written', async () => {
    const before = await countContacts();
    const options = await previewImport(contactsCsv(ROWS, 'close'), 'close.csv');
    await armMidWrite(options, true);
    const closed = options.waitForEvent('close', { timeout: 30_000 });
    await options.getByTestId('import-accept').click();
    await closed;
    const after = await countContacts();
    outcomes.push(`tab closed mid-write: ${after - before} of ${ROWS} new contacts`);
    expect(beforeOrAfter(after, before), `${after - before} new contacts`).toBe(true);
    // The library is usable afterwards: the same import, done again, goes through whole.
    const again = await previewImport(contactsCsv(ROWS, 'close'), 'close.csv');
    const expected = after === before ? before + ROWS : after;
    if (after === before) {
      await again.getByTestId('import-accept').click();
      await again.getByTestId('import-status').waitFor({ timeout: 60_000 });
    }
    await again.close();
    expect(await countContacts()).toBe(expected);
  });

  it('the options page renderer crashed mid-write', async () => {
    const before = await countContacts();
    const options = await previewImport(contactsCsv(ROWS, 'crash'), 'crash.csv');
    await armMidWrite(options, false);
    const cdp = await options.context().newCDPSession(options);
    await options.getByTestId('import-accept').click();
    const seen = await options
      .waitForFunction(() => {
        const seen = (window as unknown as { __ll: { seen: number } }).__ll.seen;
        return seen > 0 ? seen : false;
      }, undefined, { polling: 5, timeout: 30_000 })
      .then(async (h) => `${String(await h.jsonValue())}%`)
      .catch(() => 'the write finished before the bar was seen');
    // The crash answers no reply: wait for Playwright's crash event instead.
    const crashed = options.waitForEvent('crash', { timeout: 10_000 });
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await Promise.race([options.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
    const after = await countContacts();
    outcomes.push(`renderer crashed at ${seen}: ${after - before} of ${ROWS} new contacts`);
    expect(beforeOrAfter(after, before), `${after - before} new contacts`).toBe(true);
  });

  it('the service worker stopped while the page writes: the import completes whole', async () => {
    const before = await countContacts();
    const options = await previewImport(contactsCsv(ROWS, 'worker'), 'worker.csv');
    await armMidWrite(options, false);
    await options.getByTestId('import-accept').click();
    await options.waitForFunction(() => (window as unknown as { __ll: { seen: number } }).__ll.seen > 0, undefined, { polling: 5, timeout: 30_000 }).catch(() => undefined);
    const running = await isWorkerRunning(ext.context, ext.extensionId);
    if (running) await stopServiceWorker(ext.context, ext.extensionId);
    const seen = await options.evaluate(() => (window as unknown as { __ll: { seen: number } }).__ll.seen);
    await options.getByTestId('import-status').waitFor({ timeout: 60_000 });
    await options.close();
    const after = await countContacts();
    outcomes.push(`worker ${running ? 'stopped' : 'already stopped'} (progress seen: ${seen}%): ${after - before} of ${ROWS} new contacts`);
    expect(after).toBe(before + ROWS);
  });
});
