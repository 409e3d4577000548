/**
 * "Nothing leaves the machine", checked three ways:
 *
 * 1. A full session of use in real Chromium (sample school, a CSV import, the
 *    popup and a logged idea, every demo page and
 *    every site-fixture page of the hosted LMSs, every options view, a service
 *    worker restart) with every request recorded from launch: none may go
 *    anywhere but the extension and the mapped test hosts. The extension's CSP
 *    would block a stray `fetch` before it reached the network, so console
 *    reports of CSP refusals count as attempts too.
 * 2. The built manifest's CSP names no remote source.
 * 3. The built JavaScript calls no network API with a remote URL, and has no
 *    `eval(` or `new Function(`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { fixtures as siteFixtures } from '../fixtures/sites/index';
import {
  E2E_EXTENSION_PATH,
  ROOT,
  demoFixturePages,
  fixtureRoutes,
  hostsOf,
  launchExtension,
  loadSampleSchool,
  openExtensionPage,
  recordRequests,
  startHttpsServer,
  stopServiceWorker,
  wakeServiceWorker,
  type FixturePage,
  type HttpsServer,
  type LaunchedExtension,
} from './harness';

/**
 * The site-adapter fixtures at their URLs. Their `file` is relative to
 * tests/fixtures/sites/ (harness.siteFixturePages() puts the adapter folder
 * in front a second time, so each of its pages answers 500).
 */
function siteFixturePages(): FixturePage[] {
  return siteFixtures.map((f) => ({ url: f.url, path: join(ROOT, 'tests/fixtures/sites', f.file) }));
}

const OPTIONS_VIEWS = ['#/contacts', '#/units', '#/resources', '#/log', '#/report', '#/import', '#/sites', '#/settings'];

// ---------------------------------------------------------------- static checks of the build

/** Sources in a CSP that reach the network: hosts, `*`, and network schemes. Keywords, data: and blob: do not. */
function remoteSources(csp: string): string[] {
  const local = /^('[^']*'|data:|blob:|filesystem:|mediastream:)$/i;
  return csp
    .split(';')
    .map((d) => d.trim().split(/\s+/).slice(1))
    .flat()
    .filter((source) => source !== '' && !local.test(source));
}

interface ScanFinding {
  file: string;
  what: string;
  /** The remote URL given to the API as a literal, if any. */
  remoteUrl: string | null;
  excerpt: string;
}

const NETWORK_API = /\b(fetch|importScripts|sendBeacon)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket|EventSource)\b/g;
const REMOTE_LITERAL = /^\s*\(?\s*[`'"]((?:https?|wss?):\/\/[^`'"]*)/;
/** `xhr.open('GET', 'https://…')`: the URL of an XMLHttpRequest is the second argument of open(). */
const XHR_OPEN_REMOTE = /\.open\(\s*[`'"][A-Za-z]+[`'"]\s*,\s*[`'"]((?:https?):\/\/[^`'"]*)/g;
const DYNAMIC_CODE = /(?:^|[^.\w$])(eval)\s*\(|\b(new\s+Function)\s*\(|(?:^|[^.\w$])(Function)\s*\(\s*[`'"]/g;

/** Files under `dir` whose name matches `name`. */
function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && name.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every network API and every dynamic-code construct in the built JavaScript under `dir`. */
function scanBuild(dir: string): { network: ScanFinding[]; dynamicCode: ScanFinding[]; files: number } {
  const network: ScanFinding[] = [];
  const dynamicCode: ScanFinding[] = [];
  const files = filesUnder(dir, /\.js$/);
  for (const path of files) {
    const file = relative(dir, path);
    const code = readFileSync(path, 'utf8');
    const excerpt = (i: number) => code.slice(Math.max(0, i - 60), i + 100).replace(/\s+/g, ' ');
    for (const m of code.matchAll(NETWORK_API)) {
      const end = m.index + m[0].length;
      network.push({ file, what: m[1] ?? `new ${m[2]}`, remoteUrl: REMOTE_LITERAL.exec(code.slice(end, end + 300))?.[1] ?? null, excerpt: excerpt(m.index) });
    }
    for (const m of code.matchAll(XHR_OPEN_REMOTE)) {
      network.push({ file, what: 'XMLHttpRequest.open', remoteUrl: m[1] ?? null, excerpt: excerpt(m.index) });
    }
    for (const m of code.matchAll(DYNAMIC_CODE)) {
      dynamicCode.push({ file, what: m[1] ?? m[2] ?? `${m[3]}("…")`, remoteUrl: null, excerpt: excerpt(m.index) });
    }
  }
  return { network, dynamicCode, files: files.length };
}

describe('the build', () => {
  const manifest = JSON.parse(readFileSync(join(E2E_EXTENSION_PATH, 'manifest.json'), 'utf8')) as {
    content_security_policy?: { extension_pages?: string; sandbox?: string };
  };

  it('remoteSources finds hosts, wildcards and network schemes (check of the checker)', () => {
    expect(remoteSources("script-src 'self' https://cdn.example.com; img-src 'self' data: *; connect-src wss: 'self'")).toEqual([
      'https://cdn.example.com',
      '*',
      'wss:',
    ]);
  });

  it("has a CSP for its pages that names only 'self', data: and keywords", () => {
    const csp = manifest.content_security_policy?.extension_pages;
    expect(csp, 'the manifest must set content_security_policy.extension_pages').toEqual(expect.any(String));
    expect(remoteSources(csp!)).toEqual([]);
    expect(remoteSources(manifest.content_security_policy?.sandbox ?? '')).toEqual([]);
    // Script only from the extension itself: no inline script, no eval.
    expect(/script-src ([^;]*)/.exec(csp!)?.[1]?.trim()).toBe("'self'");
    expect(/connect-src ([^;]*)/.exec(csp!)?.[1]?.trim()).toBe("'self'");
  });

  it('the scanner sees network APIs with remote URLs and dynamic code (check of the checker)', () => {
    const sample = "a=fetch('https://t.example/p');b=new WebSocket(`wss://x.example`);x.open('GET','http://y.example/');c=fetch(u);eval(s);new Function('a','b');o.eval(1);";
    const network = Array.from(sample.matchAll(NETWORK_API), (m) => REMOTE_LITERAL.exec(sample.slice(m.index + m[0].length))?.[1] ?? null);
    expect(network).toEqual(['https://t.example/p', 'wss://x.example', null]);
    expect(Array.from(sample.matchAll(XHR_OPEN_REMOTE), (m) => m[1])).toEqual(['http://y.example/']);
    expect(Array.from(sample.matchAll(DYNAMIC_CODE), (m) => m[1] ?? m[2])).toEqual(['eval', 'new Function']);
  });

  it('calls no network API with a remote URL, and has no eval or new Function', () => {
    const { network, dynamicCode, files } = scanBuild(E2E_EXTENSION_PATH);
    expect(files).toBeGreaterThan(5);
    console.log(
      `no-network: scanned ${files} JS files in ${relative(ROOT, E2E_EXTENSION_PATH)}; network APIs found:\n` +
        (network.length ? network.map((f) => `  ${f.file}: ${f.what} (remote URL: ${f.remoteUrl ?? 'none'}) …${f.excerpt}…`).join('\n') : '  none'),
    );
    expect(network.filter((f) => f.remoteUrl !== null)).toEqual([]);
    expect(dynamicCode).toEqual([]);
  });

  it("never asks papaparse to download (its XMLHttpRequest streamer is then dead code)", () => {
    const { network } = scanBuild(E2E_EXTENSION_PATH);
    const sources = ['src', 'entrypoints'].flatMap((d) => filesUnder(join(ROOT, d), /\.tsx?$/)).map((p) => readFileSync(p, 'utf8'));
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((s) => /\bdownload\s*:\s*(true|!0)/.test(s))).toEqual([]);
    // Any XMLHttpRequest in the build comes from papaparse (its NetworkStreamer).
    for (const f of network.filter((n) => n.what === 'new XMLHttpRequest')) expect(f.excerpt).toMatch(/_config|_chunkLoaded|withCredentials/);
  });
});

// ---------------------------------------------------------------- a full session in Chromium

describe('a full session of use', () => {
  let server: HttpsServer;
  let ext: LaunchedExtension;
  let network: ReturnType<typeof recordRequests>;
  let pages: FixturePage[];
  /** Console messages of the pages (the extension's and the web's) that say a CSP refused a load or a connection. */
  const refusals: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (/Refused to (connect|load)|Content Security Policy/i.test(m.text())) refusals.push(`${m.location().url}: ${m.text()}`);
  };

  beforeAll(async () => {
    pages = [...demoFixturePages(), ...siteFixturePages()];
    server = await startHttpsServer({ routes: await fixtureRoutes(pages) });
    ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap: hostsOf(pages), port: server.port });
    // From launch: the harness hands the context over once the service worker runs.
    network = recordRequests(ext);
    ext.context.on('console', onConsole);
  }, 90_000);

  afterAll(async () => {
    network?.stop();
    ext?.context.off('console', onConsole);
    await ext?.close();
    await server?.close();
  });

  it('loads the sample school from the options page', async () => {
    await loadSampleSchool(ext.context, ext.extensionId);
  });

  it('imports a resources CSV (with web links)', async () => {
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/import');
    try {
      const csv = [
        'title,kind,url,author,call_number,subjects,grades,keywords,description,units',
        'Pond Life Field Guide,book,https://www.example-library.org/catalog/pond-life,Ada Marsh,574.5 MAR,Science,6-8,ponds;food webs,A field guide,Ecosystem Dynamics',
        'Invasive Species Watch,website,https://invasives.example.org/,,,Science,7,invasive species,Tracking invasive species,Ecosystem Dynamics',
      ].join('\n');
      await options.getByTestId('import-file').setInputFiles({ name: 'resources.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await options.getByTestId('import-accept').click();
      await expect(options.getByTestId('import-status').textContent()).resolves.toMatch(/Imported 2 resources/);
    } finally {
      await options.close();
    }
  });

  it('opens the popup and logs an idea with it', async () => {
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html', { viewport: { width: 400, height: 600 } });
    try {
      await popup.getByRole('combobox', { name: 'With' }).fill('Adeyemi');
      await popup.getByRole('option').first().waitFor();
      await popup.keyboard.press('Enter');
      await popup.getByTestId('ql-notes').fill('Pond life field guides for the food web lab');
      await popup.getByTestId('ql-save').click();
      await popup.getByText('Saved to your log.').waitFor();
    } finally {
      await popup.close();
    }
  });

  it('visits every demo page and every site-fixture page, opening each panel that appears', async () => {
    const urls = [...new Set(pages.map((p) => p.url))];
    const tab: Page = await ext.context.newPage();
    const withPanel: string[] = [];
    try {
      for (const url of urls) {
        await tab.goto(url);
        const frameEl = await tab.waitForSelector(`iframe[src^="chrome-extension://${ext.extensionId}/panel.html"]`, { timeout: 2500 }).catch(() => null);
        const frame = await frameEl?.contentFrame();
        if (!frame) continue;
        withPanel.push(url);
        await frame.getByTestId('panel-pill').click({ timeout: 10_000 });
        await frame.getByTestId('panel-unit').first().waitFor({ timeout: 10_000 });
      }
    } finally {
      await tab.close();
    }
    console.log(`no-network: visited ${urls.length} pages, ${withPanel.length} with a panel:\n  ${withPanel.join('\n  ')}`);
    const served = new Set(server.served.filter((s) => s.status === 200).map((s) => `https://${s.host}${s.path}`));
    expect(urls.filter((u) => !served.has(u))).toEqual([]);
    // The panel appeared on the demo pages about the sample school's units on hosted LMSs (the
    // self-hosted Moodle needs the site added first).
    const expected = demoFixturePages().filter((p) => !p.path.endsWith('picture-day.html') && !p.url.includes('springfield-sd.org'));
    expect(withPanel).toEqual(expect.arrayContaining(expected.map((p) => p.url)));
  }, 240_000);

  it('opens every options view, a contact and a unit', async () => {
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/contacts');
    try {
      const contact = options.getByTestId('contacts-table').getByRole('link').first();
      await contact.waitFor();
      const contactHref = await contact.getAttribute('href');
      await options.goto(`chrome-extension://${ext.extensionId}/options.html#/units`);
      const unit = options.getByTestId('units-table').getByRole('link').first();
      await unit.waitFor();
      const unitHref = await unit.getAttribute('href');
      expect([contactHref, unitHref]).toEqual([expect.stringMatching(/^#\/contacts\/\d+$/), expect.stringMatching(/^#\/units\/\d+$/)]);
      for (const hash of [...OPTIONS_VIEWS, contactHref!, unitHref!]) {
        await options.goto(`chrome-extension://${ext.extensionId}/options.html${hash}`);
        await options.locator('main h1, main h2').first().waitFor();
        // Give lazy content (charts, lists) time to render and load whatever it loads.
        await options.waitForLoadState('networkidle');
      }
    } finally {
      await options.close();
    }
  }, 120_000);

  it('restarts the service worker (its start-up runs again under the recorder)', async () => {
    await stopServiceWorker(ext.context, ext.extensionId);
    await wakeServiceWorker(ext.context, ext.extensionId);
    await new Promise((r) => setTimeout(r, 1000));
  });

  it('made no request outside the extension and the mapped test hosts, and no CSP refused one', () => {
    expect(network.requests).toEqual([]);
    expect(refusals).toEqual([]);
  });

  it('would have seen an attempt: a page request and a CSP-blocked fetch from an extension page (check of the checkers)', async () => {
    network.stop();
    const probe = recordRequests(ext);
    const refusedBefore = refusals.length;
    const page = await ext.context.newPage();
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/settings');
    try {
      await page.goto(demoFixturePages()[0]!.url);
      await page.evaluate(() => void fetch('https://tracker.example.net/pixel.gif').catch(() => undefined));
      await options.evaluate(() => void fetch('https://analytics.example.net/collect').catch(() => undefined));
      await expect.poll(() => probe.requests.map((r) => r.url)).toContain('https://tracker.example.net/pixel.gif');
      await expect.poll(() => refusals.slice(refusedBefore).join('\n')).toMatch(/analytics\.example\.net/);
    } finally {
      probe.stop();
      await page.close();
      await options.close();
    }
  });
});
