/**
 * Popup open → usable, on the production build in the system's Chromium,
 * headless, with a library at the design's scale (2,000 contacts and 20,000
 * log entries; the same generated library as the browser benchmark, see
 * dataset.ts) restored through the options page as a librarian would.
 *
 * popup.html is opened in a tab at popup size, as the toolbar button would
 * show it. Measured from its navigation start (the page's own clock) to the
 * first animation frame in which the quick-log combobox "With", the "Today"
 * heading and the "Due today" list exist. Each open is a fresh page, like a
 * click on the toolbar button. Two series: with the service worker running
 * (the usual case: it keeps the library cached) and with it stopped before
 * the open (the popup then wakes it).
 *
 * Budget: p50 < 100 ms with a running worker; p95 shown beside it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  PROD_EXTENSION_PATH,
  assertChromium,
  isWorkerRunning,
  launchExtension,
  openExtensionPage,
  startHttpsServer,
  stopServiceWorker,
  type LaunchedExtension,
} from '../../tests/e2e/harness';
import { makeBackup, parseBackup } from '../../src/io/backup';
import { benchLibrary } from './dataset';
import type { BenchRow } from './types';

const WARM = 20;
const COLD = 5;
const SIZES = { contacts: 2_000, units: 500, resources: 10_000, interactions: 20_000 };

type Marks = Record<string, number>;

/**
 * Init script: in popup.html only, notes `__llFirstScript` (when its first
 * script ran) and `__llUsableAt` (the first animation frame once the quick log
 * and the Today lists exist), both in ms since the page's navigation start.
 */
function popupMarks(): void {
  if (location.protocol !== 'chrome-extension:' || location.pathname !== '/popup.html') return;
  const w = window as unknown as Record<string, number>;
  w.__llFirstScript = performance.now();
  const ready = () =>
    document.querySelector('input[role="combobox"]') !== null &&
    [...document.querySelectorAll('h2')].some((h) => h.textContent?.trim() === 'Today') &&
    document.querySelector('#s-today') !== null;
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__llUsableAt = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Restores the bench library through the options page's "Restore from a file", accepting its confirm(). */
async function loadLibrary(ext: LaunchedExtension, json: Buffer): Promise<void> {
  const page = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/import');
  try {
    page.on('dialog', (d) => void d.accept());
    await page.getByTestId('backup-file').setInputFiles({ name: 'bench-library.json', mimeType: 'application/json', buffer: json });
    await page.getByTestId('backup-replace').click({ timeout: 120_000 });
    await page.getByText(/^Restored: /).waitFor({ timeout: 180_000 });
  } finally {
    await page.close();
  }
}

interface Open {
  total: number;
  firstScript: number;
}

/** One open of the popup; checks that what was marked really is the quick log and the Today lists. */
async function openPopup(ext: LaunchedExtension): Promise<Open> {
  const page = await openExtensionPage(ext.context, ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
  try {
    await page.waitForFunction(() => (window as unknown as Marks).__llUsableAt, undefined, { polling: 50, timeout: 30_000 });
    const marks = await page.evaluate(() => ({ usable: (window as unknown as Marks).__llUsableAt!, first: (window as unknown as Marks).__llFirstScript! }));
    if (!(await page.getByRole('combobox', { name: 'With' }).isVisible()) || !(await page.getByRole('heading', { name: 'Today', exact: true }).isVisible())) {
      throw new Error('the popup was marked usable without its "With" combobox and "Today" heading');
    }
    return { total: marks.usable, firstScript: marks.first };
  } finally {
    await page.close();
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
const ms = (x: number) => `${x.toFixed(0)} ms`;
const latency = (xs: Open[]) => {
  const t = xs.map((x) => x.total);
  return `p50 ${ms(quantile(t, 0.5))}, p95 ${ms(quantile(t, 0.95))}, max ${ms(Math.max(...t))} (${xs.length} opens); first script at p50 ${ms(quantile(xs.map((x) => x.firstScript), 0.5))}`;
};

export async function benchPopup(): Promise<BenchRow[]> {
  assertChromium();
  if (!existsSync(join(PROD_EXTENSION_PATH, 'manifest.json'))) throw new Error(`no production build at ${PROD_EXTENSION_PATH} (run \`npx wxt build\`)`);

  const now = new Date();
  const json = Buffer.from(JSON.stringify(makeBackup(benchLibrary(now, SIZES), now)));
  const check = parseBackup(json.toString('utf8'));
  if (!check.ok) throw new Error(`the generated backup does not validate: ${check.error}`);

  // No pages are visited; the server only satisfies launchExtension's host mapping.
  const server = await startHttpsServer({ routes: () => null });
  let ext: LaunchedExtension | undefined;
  try {
    ext = await launchExtension({ extensionPath: PROD_EXTENSION_PATH, headless: true, hostMap: [], port: server.port });
    await ext.context.addInitScript(popupMarks);
    const restoreStart = performance.now();
    await loadLibrary(ext, json);
    const restoreMs = performance.now() - restoreStart;
    process.stderr.write(`  popup: library restored through the options page in ${(restoreMs / 1000).toFixed(1)} s\n`);

    await openPopup(ext); // warm-up, not measured: the worker loads its cache, the browser its code cache.
    const warm: Open[] = [];
    for (let i = 0; i < WARM; i++) warm.push(await openPopup(ext));
    const cold: Open[] = [];
    for (let i = 0; i < COLD; i++) {
      if (await isWorkerRunning(ext.context, ext.extensionId)) await stopServiceWorker(ext.context, ext.extensionId);
      cold.push(await openPopup(ext));
    }
    const scale = `${SIZES.contacts.toLocaleString('en-US')} contacts, ${SIZES.interactions.toLocaleString('en-US')} log entries`;
    return [
      {
        name: `popup: open -> usable, worker running ("With" combobox and Today lists; ${scale})`,
        budget: 'p50 < 100 ms',
        measured: latency(warm),
        ok: quantile(warm.map((x) => x.total), 0.5) < 100,
      },
      {
        name: 'popup: open -> usable, worker stopped before the open (information)',
        budget: '-',
        measured: latency(cold),
        ok: true,
      },
    ];
  } finally {
    await ext?.close();
    await server.close();
  }
}
