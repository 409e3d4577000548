/**
 * Smoke test of the e2e machinery itself: the e2e build loads in Chromium,
 * LMS pages arrive over HTTPS on their real hostnames, the badge and network
 * helpers see what really happens, and the service worker can be killed and
 * woken. If any of this breaks, every other e2e test would lie.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPages } from '../fixtures/demo/index';
import {
  E2E_EXTENSION_PATH,
  demoFixturePages,
  fixtureRoutes,
  getBadgeColor,
  getBadgeText,
  hostsOf,
  isWorkerRunning,
  launchExtension,
  recordRequests,
  siteFixturePages,
  startHttpsServer,
  stopServiceWorker,
  wakeServiceWorker,
  type HttpsServer,
  type LaunchedExtension,
} from './harness';

/** The extension APIs these checks call inside the worker (they exist there, not here). */
type InWorker = {
  chrome: {
    action: { setBadgeText(d: { text: string }): Promise<void>; setBadgeBackgroundColor(d: { color: string }): Promise<void> };
    runtime: { id: string; getManifest(): { host_permissions?: string[] } };
  };
  llMarker?: string;
};

const canvas = demoPages[0]!;

let server: HttpsServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  const pages = [...demoFixturePages(), ...(await siteFixturePages())];
  server = await startHttpsServer({ routes: await fixtureRoutes(pages) });
  ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap: hostsOf(pages), port: server.port });
  console.log(`smoke: Chromium with the extension up in ${ext.launchMs} ms`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('e2e harness', () => {
  it('loads the e2e build and finds its service worker', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
    const manifest = await ext.worker.evaluate(() => (globalThis as unknown as InWorker).chrome.runtime.getManifest());
    // Only the e2e build carries the test Moodle host: proves global setup built and we loaded the right one.
    expect(manifest.host_permissions).toContain('https://moodle.springfield-sd.org/*');
  });

  it('serves a fixture page over HTTPS on its real hostname', async () => {
    const page = await ext.context.newPage();
    try {
      const response = await page.goto(canvas.url);
      expect(response?.status()).toBe(200);
      expect(await response?.securityDetails()).not.toBeNull();
      expect(page.url()).toBe(canvas.url);
      expect(await page.title()).toBe(canvas.title);
      expect(server.served).toContainEqual({ host: 'springfield.instructure.com', path: '/courses/101/assignments/2001', status: 200 });

      const missing = await page.goto('https://springfield.instructure.com/courses/101/nothing-here');
      expect(missing?.status()).toBe(404);
    } finally {
      await page.close();
    }
  });

  it('reads the badge the extension sets', async () => {
    await ext.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as InWorker;
      await chrome.action.setBadgeText({ text: '7' });
      await chrome.action.setBadgeBackgroundColor({ color: '#123456' });
    });
    expect(await getBadgeText(ext.worker)).toBe('7');
    expect(await getBadgeColor(ext.worker)).toEqual([0x12, 0x34, 0x56, 255]);
  });

  it('records requests to unmapped hosts from pages, and only those', async () => {
    const recorder = recordRequests(ext);
    const page = await ext.context.newPage();
    try {
      await page.goto(canvas.url);
      await page.evaluate(() => {
        void fetch('/api/v1/courses/101').catch(() => undefined);
        void fetch('https://tracker.example.net/pixel.gif').catch(() => undefined);
      });
      await expect.poll(() => recorder.requests.map((r) => r.url)).toEqual(['https://tracker.example.net/pixel.gif']);
      expect(recorder.requests[0]?.from).toBe(canvas.url);
    } finally {
      recorder.stop();
      await page.close();
    }
  });

  it("sees the service worker's requests", async () => {
    // The extension's CSP (connect-src 'self') lets the worker fetch only its own files, so a recorder
    // told that the extension is someone else is the way to see that worker requests reach it at all.
    const recorder = recordRequests({ ...ext, extensionId: 'a'.repeat(32) });
    try {
      const status = await ext.worker.evaluate(async () => (await fetch('/manifest.json')).status);
      expect(status).toBe(200);
      await expect.poll(() => recorder.requests).toEqual([
        expect.objectContaining({ url: `chrome-extension://${ext.extensionId}/manifest.json`, from: ext.worker.url() }),
      ]);
    } finally {
      recorder.stop();
    }
  });

  it('stops the service worker for real, and a runtime message starts a fresh one', async () => {
    await ext.worker.evaluate(() => {
      (globalThis as unknown as InWorker).llMarker = 'before the stop';
    });
    await stopServiceWorker(ext.context, ext.extensionId);
    expect(await isWorkerRunning(ext.context, ext.extensionId)).toBe(false);

    const started = performance.now();
    const worker = await wakeServiceWorker(ext.context, ext.extensionId);
    console.log(`smoke: service worker woke in ${Math.round(performance.now() - started)} ms`);
    expect(await isWorkerRunning(ext.context, ext.extensionId)).toBe(true);
    // A fresh worker: same extension, but the old one's memory is gone.
    expect(await worker.evaluate(() => (globalThis as unknown as InWorker).chrome.runtime.id)).toBe(ext.extensionId);
    expect(await worker.evaluate(() => (globalThis as unknown as InWorker).llMarker ?? 'gone')).toBe('gone');
  });
});
