/**
 * Real-browser harness: serves LMS pages over HTTPS on their real hostnames and
 * drives the built extension in the system's Chromium through playwright-core.
 *
 * How the pieces fit: `startHttpsServer` listens on 127.0.0.1 with a throwaway
 * self-signed certificate; `launchExtension` starts Chromium with
 * `--host-resolver-rules` mapping the LMS hostnames to that port and
 * `--ignore-certificate-errors`, so `https://springfield.instructure.com/…`
 * reaches our server and the content scripts see their real URLs.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type WebSocket, type Worker } from 'playwright-core';
import { demoPages } from '../fixtures/demo/index';

/** The repository root (this file is tests/e2e/harness.ts). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Output of `LL_E2E=1 wxt build`: the production build plus the test-only Moodle host permission. */
export const E2E_EXTENSION_PATH = join(ROOT, process.env.LL_OUT_DIR || '.output-e2e', 'chrome-mv3');
/** Output of a plain `wxt build`. */
export const PROD_EXTENSION_PATH = join(ROOT, process.env.LL_OUT_DIR || '.output', 'chrome-mv3');

// ---------------------------------------------------------------- Chromium

export const CHROMIUM_INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

/** The Chromium to drive: env CHROMIUM_PATH, else the system's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Throws the install instruction when Chromium is not there, instead of Playwright's generic launch error. */
export function assertChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it with \`${CHROMIUM_INSTALL_HINT}\``);
  return path;
}

// ---------------------------------------------------------------- HTTPS server

export interface RouteResult {
  body: string | Buffer;
  type: string;
  status?: number;
}
/** Answers a request for `path` (with its query string) on `host` (without port), or null for 404. */
export type Routes = (host: string, path: string) => RouteResult | null;

export interface HttpsServer {
  port: number;
  /** Every request the server received, in order: proves a page really came through the mapped hostname. */
  served: { host: string; path: string; status: number }[];
  close(): Promise<void>;
}

const run = promisify(execFile);

/** A fresh self-signed certificate for this run only; its files are deleted as soon as they are read. */
async function throwawayCertificate(): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), 'll-cert-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-keyout', key, '-out', cert];
    try {
      await run('openssl', args);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error('openssl not found: the e2e HTTPS server needs it for a throwaway certificate; install it with `apt-get install openssl`');
      }
      throw err;
    }
    return { key: await readFile(key), cert: await readFile(cert) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** HTTPS on 127.0.0.1 at a random port; the Host header picks the site, as on the real web. */
export async function startHttpsServer(opts: { routes: Routes }): Promise<HttpsServer> {
  const served: HttpsServer['served'] = [];
  const server = createServer(await throwawayCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    let found: RouteResult | null;
    try {
      found = opts.routes(host, path);
    } catch (err) {
      found = { status: 500, type: 'text/plain; charset=utf-8', body: `route error: ${String(err)}` };
    }
    const answer = found ?? { status: 404, type: 'text/plain; charset=utf-8', body: `Not found: https://${host}${path}` };
    const status = answer.status ?? 200;
    served.push({ host, path, status });
    res.writeHead(status, { 'content-type': answer.type, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return {
    port: (server.address() as AddressInfo).port,
    served,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------- fixture pages

/** A page served by `fixtureRoutes`: its URL and the HTML file on disk. */
export interface FixturePage {
  url: string;
  path: string;
}

const SITES_MANIFEST = join(ROOT, 'tests/fixtures/sites/index.ts');

/** The demo pages of tests/fixtures/demo/. */
export function demoFixturePages(): FixturePage[] {
  return demoPages.map((p) => ({ url: p.url, path: join(ROOT, 'tests/fixtures/demo', p.file) }));
}

/**
 * The site-adapter fixtures listed in tests/fixtures/sites/index.ts
 * (`fixtures: { adapter, file, url }[]`), or none while that manifest does not exist.
 */
export async function siteFixturePages(): Promise<FixturePage[]> {
  if (!existsSync(SITES_MANIFEST)) return [];
  const mod = (await import(/* @vite-ignore */ pathToFileURL(SITES_MANIFEST).href)) as { fixtures?: unknown };
  if (!Array.isArray(mod.fixtures)) throw new Error(`${SITES_MANIFEST} must export \`fixtures: { adapter, file, url }[]\``);
  return mod.fixtures.map((f: { adapter: string; file: string; url: string }) => ({
    url: f.url,
    // `file` is relative to tests/fixtures/sites and already names the adapter's folder (canvas/assignment.html).
    path: join(ROOT, 'tests/fixtures/sites', f.file.endsWith('.html') ? f.file : `${f.file}.html`),
  }));
}

/**
 * Routes serving `pages` (default: the demo pages, then the site fixtures) at
 * their URLs. When two pages share a URL the first wins, so the demo's
 * Canvas assignment takes the adapter example URL it shares. A URL with a
 * query string also answers without it. Files are read on each request, so
 * an edited fixture shows on reload.
 */
export async function fixtureRoutes(pages?: FixturePage[]): Promise<Routes> {
  const list = pages ?? [...demoFixturePages(), ...(await siteFixturePages())];
  const byUrl = new Map<string, string>();
  for (const p of list) {
    const u = new URL(p.url);
    for (const key of [`${u.hostname}${u.pathname}${u.search}`, `${u.hostname}${u.pathname}`]) {
      if (!byUrl.has(key)) byUrl.set(key, p.path);
    }
  }
  return (host, path) => {
    const file = byUrl.get(`${host}${path}`) ?? byUrl.get(`${host}${path.replace(/\?.*$/, '')}`);
    if (!file) return null;
    return { body: readFileSync(file), type: 'text/html; charset=utf-8' };
  };
}

/** The distinct hostnames of `pages`, ready for `launchExtension({ hostMap })`. */
export function hostsOf(pages: FixturePage[]): string[] {
  return [...new Set(pages.map((p) => new URL(p.url).hostname))];
}

/** Serve several route tables as one: the first that answers wins. */
export function combineRoutes(...tables: Routes[]): Routes {
  return (host, path) => {
    for (const routes of tables) {
      const found = routes(host, path);
      if (found) return found;
    }
    return null;
  };
}

// ---------------------------------------------------------------- extension in Chromium

export interface LaunchOptions {
  extensionPath: string;
  headless: boolean;
  /** Hostname patterns sent to the HTTPS server, e.g. `*.instructure.com`, `classroom.google.com`. */
  hostMap: string[];
  /** Port of the HTTPS server. */
  port: number;
  /** A profile to reuse; by default a fresh temporary one, deleted on close. */
  userDataDir?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker. Playwright keeps this handle across worker restarts. */
  worker: Worker;
  hostMap: string[];
  /** Milliseconds from launch to a running service worker. */
  launchMs: number;
  close(): Promise<void>;
}

/** `MAP a 127.0.0.1:PORT,MAP b 127.0.0.1:PORT,EXCLUDE localhost`: every mapped host lands on our server. */
export function hostResolverRules(hostMap: string[], port: number): string {
  return [...hostMap.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'EXCLUDE localhost'].join(',');
}

const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');

export async function launchExtension(opts: LaunchOptions): Promise<LaunchedExtension> {
  const executablePath = assertChromium();
  if (!existsSync(join(opts.extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${opts.extensionPath} (run \`npx wxt build\`, or \`LL_E2E=1 npx wxt build\` for the e2e build)`);
  }
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'll-profile-')));
  const started = performance.now();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    // Plain `--headless` is the new headless mode in this Chromium, which loads extensions.
    headless: opts.headless,
    // Playwright's default `--disable-extensions` contradicts --load-extension; drop it rather than rely on precedence.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: opts.headless ? { width: 1280, height: 800 } : null,
    args: [
      `--disable-extensions-except=${opts.extensionPath}`,
      `--load-extension=${opts.extensionPath}`,
      `--host-resolver-rules=${hostResolverRules(opts.hostMap, opts.port)}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      // Without these Chromium keeps calling home, which is closed here and would pollute the no-network check.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const cleanup = async () => {
    await context.close();
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
    return {
      context,
      extensionId: new URL(worker.url()).host,
      worker,
      hostMap: opts.hostMap,
      launchMs: Math.round(performance.now() - started),
      close: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw new Error(`The extension at ${opts.extensionPath} loaded no service worker: ${(err as Error).message}`);
  }
}

// ---------------------------------------------------------------- extension helpers

/**
 * The extension APIs the helpers call inside the extension's own contexts.
 * The functions passed to `evaluate` run in Chromium, where `chrome` exists;
 * this type only lets them compile here.
 */
interface ChromeApi {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
type WithChrome = { chrome: ChromeApi };

/** The badge text of the toolbar button ('' when none). The worker must be running (see waitForWorker). */
export function getBadgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({}));
}

/** The badge background colour as [r, g, b, a], 0-255. */
export function getBadgeColor(worker: Worker): Promise<[number, number, number, number]> {
  return worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.action.getBadgeBackgroundColor({}));
}

export type ExtensionPage = 'popup.html' | 'options.html' | 'panel.html' | (string & {});

/** Opens an extension page in a new tab, e.g. the popup at popup size: `{ viewport: { width: 400, height: 600 } }`. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  page: ExtensionPage,
  opts: { viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const tab = await context.newPage();
  if (opts.viewport) await tab.setViewportSize(opts.viewport);
  const url = `chrome-extension://${extensionId}/${page}`;
  try {
    await tab.goto(url);
  } catch (err) {
    await tab.close();
    throw new Error(`Could not open ${url} (is ${page} in the build?): ${(err as Error).message.split('\n')[0]}`);
  }
  return tab;
}

/**
 * Loads the sample school through the options page, as a user would: the
 * "Load sample school" button on the Import view, then its confirmation.
 * TODO(options page): relies on `data-testid="load-sample"` and
 * `data-testid="sample-loaded"` on `options.html#/import` (ImportView.tsx);
 * keep these in step if the options page moves them.
 */
export async function loadSampleSchool(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await openExtensionPage(context, extensionId, 'options.html#/import');
  try {
    const loaded = page.getByTestId('sample-loaded');
    if (await loaded.isVisible()) return;
    await page.getByTestId('load-sample').click({ timeout: 15_000 });
    await loaded.waitFor({ timeout: 30_000 });
  } finally {
    await page.close();
  }
}

/** A CDP session on the browser itself, which sees every target including service workers. */
async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('This context has no browser to open a CDP session on');
  return browser.newBrowserCDPSession();
}

/** The DevTools target id of the extension's service worker while it runs; undefined when it is stopped. */
async function workerTargetId(cdp: CDPSession, extensionId: string): Promise<string | undefined> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))?.targetId;
}

async function poll(what: string, timeoutMs: number, done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Is the extension's service worker running right now (as Chromium's DevTools targets say)? */
export async function isWorkerRunning(context: BrowserContext, extensionId: string): Promise<boolean> {
  const cdp = await browserSession(context);
  try {
    return (await workerTargetId(cdp, extensionId)) !== undefined;
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the MV3 service worker for real, as Chromium does when it is idle:
 * its memory is gone and the next event starts a fresh one. Resolves once
 * Chromium no longer lists it as running.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const cdp = await browserSession(context);
  try {
    const targetId = await workerTargetId(cdp, extensionId);
    if (!targetId) throw new Error(`The service worker of ${extensionId} is not running`);
    await cdp.send('Target.closeTarget', { targetId });
    await poll('the service worker to stop', 5_000, async () => (await workerTargetId(cdp, extensionId)) === undefined);
  } finally {
    await cdp.detach();
  }
}

/**
 * Waits until the extension's service worker runs (started by some event) and
 * returns its handle, ready for `evaluate`. Evaluating in a stopped worker
 * hangs, so call this after anything that should have woken it.
 */
export async function waitForWorker(context: BrowserContext, extensionId: string, timeoutMs = 10_000): Promise<Worker> {
  const cdp = await browserSession(context);
  try {
    await poll('the service worker to start', timeoutMs, async () => (await workerTargetId(cdp, extensionId)) !== undefined);
  } finally {
    await cdp.detach();
  }
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find(ours) ?? context.waitForEvent('serviceworker', { predicate: ours, timeout: timeoutMs });
}

/**
 * Wakes a stopped service worker with a real extension event: a runtime
 * message from an extension tab (the manifest, which every build has). The
 * message `{ type: 'e2e:wake' }` is unknown to the background and only
 * answered with an error; the wake-up is what counts.
 */
export async function wakeServiceWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const tab = await context.newPage();
  try {
    await tab.goto(`chrome-extension://${extensionId}/manifest.json`);
    await tab.evaluate(() =>
      (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'e2e:wake' }).catch(() => undefined),
    );
  } finally {
    await tab.close();
  }
  return waitForWorker(context, extensionId);
}

// ---------------------------------------------------------------- network recording

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who asked: a page (its URL) or the extension's service worker. */
  from: string;
}

/** Does `host` match a host-map pattern (`*.instructure.com` matches subdomains only, as in Chromium's rules)? */
export function hostMatches(pattern: string, host: string): boolean {
  return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
}

/**
 * Records every request from the context's pages, frames and service workers
 * (and WebSockets) that leaves for somewhere other than the extension itself
 * or the mapped fixture hosts. For the "sends nothing anywhere" check:
 * an empty `requests` after a session means no attempt was made.
 */
export function recordRequests(ext: Pick<LaunchedExtension, 'context' | 'extensionId' | 'hostMap'>): {
  requests: RecordedRequest[];
  stop(): void;
} {
  const requests: RecordedRequest[] = [];
  const outside = (url: string) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return true;
    }
    if (['data:', 'blob:', 'about:', 'javascript:'].includes(u.protocol)) return false;
    if (u.protocol === 'chrome-extension:') return u.host !== ext.extensionId;
    return !ext.hostMap.some((pattern) => hostMatches(pattern, u.hostname));
  };
  const onRequest = (req: Request) => {
    if (!outside(req.url())) return;
    const sw = req.serviceWorker();
    let from = sw ? sw.url() : '';
    if (!from) {
      try {
        from = req.frame().url();
      } catch {
        from = 'unknown';
      }
    }
    requests.push({ url: req.url(), method: req.method(), resourceType: req.resourceType(), from });
  };
  const onWebSocket = (page: Page) => (ws: WebSocket) => {
    if (outside(ws.url())) requests.push({ url: ws.url(), method: 'GET', resourceType: 'websocket', from: page.url() });
  };
  const watched = new Map<Page, (ws: WebSocket) => void>();
  const watchPage = (page: Page) => {
    const listener = onWebSocket(page);
    watched.set(page, listener);
    page.on('websocket', listener);
  };
  ext.context.on('request', onRequest);
  ext.context.on('page', watchPage);
  ext.context.pages().forEach(watchPage);
  return {
    requests,
    stop() {
      ext.context.off('request', onRequest);
      ext.context.off('page', watchPage);
      for (const [page, listener] of watched) page.off('websocket', listener);
    },
  };
}

/**
 * The usual test file's session: the demo pages served over HTTPS, the e2e build
 * launched with their hosts mapped, and (optionally) the sample school loaded.
 * Call `close()` in afterAll.
 */
export async function startDemoSession(opts: { sample?: boolean } = {}): Promise<{ server: HttpsServer; ext: LaunchedExtension; close(): Promise<void> }> {
  const pages = demoFixturePages();
  const server = await startHttpsServer({ routes: await fixtureRoutes(pages) });
  const ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap: hostsOf(pages), port: server.port });
  if (opts.sample) await loadSampleSchool(ext.context, ext.extensionId);
  return {
    server,
    ext,
    close: async () => {
      await ext.close();
      await server.close();
    },
  };
}
