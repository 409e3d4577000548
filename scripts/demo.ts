/**
 * The demo (`npm run demo [-- --headless] [-- --out DIR]`): builds the
 * production extension, serves the demo LMS pages over HTTPS on their real
 * hostnames, starts Chromium with the extension, loads the sample school and
 * opens the options page and the Canvas demo assignment.
 *
 * Headed (default): runs until the browser is closed or Ctrl+C.
 * `--out DIR`: writes popup.png, options.png and canvas.png into DIR.
 * `--headless`: no window; writes the screenshots (into tmp/demo unless
 * `--out` says otherwise) and exits: 0 when everything showed, 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { demoPages } from '../tests/fixtures/demo/index';
import {
  PROD_EXTENSION_PATH,
  ROOT,
  demoFixturePages,
  fixtureRoutes,
  hostsOf,
  launchExtension,
  loadSampleSchool,
  openExtensionPage,
  siteFixturePages,
  startHttpsServer,
} from '../tests/e2e/harness';

const PANEL_WAIT_MS = 5_000;

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { headless: { type: 'boolean', default: false }, out: { type: 'string' } },
});
const headless = args.headless ?? false;
const outDir = args.out ? resolve(args.out) : headless ? join(ROOT, 'tmp/demo') : undefined;

/** What did not show; any entry makes the run exit non-zero. */
const problems: string[] = [];

/** Runs `what`, printing how long it took. */
async function timed<T>(label: string, what: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await what();
  console.log(`  ${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

/** Waits until the page has rendered some text (a Preact app mounts after load). */
async function rendered(page: Page, name: string): Promise<void> {
  try {
    await page.waitForFunction(() => (document.body?.innerText ?? '').trim().length > 0, undefined, { timeout: 5_000 });
  } catch {
    problems.push(`${name} rendered no text within 5 s`);
  }
}

async function screenshotExtensionPage(context: BrowserContext, extensionId: string, file: string, viewport?: { width: number; height: number }) {
  const name = file.replace(/\.png$/, '.html');
  let page: Page;
  try {
    page = await openExtensionPage(context, extensionId, name, { viewport });
  } catch (err) {
    problems.push((err as Error).message);
    return;
  }
  await rendered(page, name);
  await page.screenshot({ path: join(outDir!, file), fullPage: !viewport });
  console.log(`  wrote ${join(outDir!, file)}`);
  await page.close();
}

/** The Canvas demo page, once the content script has mounted the suggestions panel (or after 5 s without it). */
async function openCanvasDemo(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(demoPages[0]!.url);
  const panel = page.locator(`iframe[src^="chrome-extension://${extensionId}/panel.html"]`);
  try {
    await panel.waitFor({ state: 'attached', timeout: PANEL_WAIT_MS });
    const frame = await (await panel.elementHandle())?.contentFrame();
    await frame?.waitForFunction(() => (document.body?.innerText ?? '').trim().length > 0, undefined, { timeout: PANEL_WAIT_MS });
  } catch {
    problems.push(`no suggestions panel (iframe chrome-extension://${extensionId}/panel.html) on ${demoPages[0]!.url} within ${PANEL_WAIT_MS / 1000} s`);
  }
  return page;
}

async function main(): Promise<number> {
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display for a browser window: run `npm run demo -- --headless`, or start the demo under `xvfb-run`.');
    return 1;
  }
  const started = performance.now();
  console.log('Library Liaison demo');
  const build = await timed('build (npx wxt build)', () => spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' }));
  if (build.status !== 0) {
    console.error(`npx wxt build failed:\n${build.stdout}${build.stderr}`);
    return 1;
  }

  const pages = [...demoFixturePages(), ...(await siteFixturePages())];
  const server = await timed('HTTPS server', async () => startHttpsServer({ routes: await fixtureRoutes(pages) }));
  const ext = await timed('Chromium with the extension', () =>
    launchExtension({ extensionPath: PROD_EXTENSION_PATH, headless, hostMap: hostsOf(pages), port: server.port }),
  );
  const { context, extensionId } = ext;
  const shutdown = async () => {
    await ext.close().catch(() => undefined);
    await server.close();
  };

  try {
    await timed('load the sample school', () =>
      loadSampleSchool(context, extensionId).catch((err: Error) => {
        problems.push(`could not load the sample school: ${err.message.split('\n')[0]}`);
      }),
    );

    if (outDir) {
      await mkdir(outDir, { recursive: true });
      await timed('popup.png', () => screenshotExtensionPage(context, extensionId, 'popup.png', { width: 400, height: 600 }));
      await timed('options.png', () => screenshotExtensionPage(context, extensionId, 'options.png'));
      await timed('canvas.png', async () => {
        const page = await openCanvasDemo(context, extensionId);
        await page.screenshot({ path: join(outDir, 'canvas.png') });
        console.log(`  wrote ${join(outDir, 'canvas.png')}`);
        await page.close();
      });
    }

    if (!headless) {
      await openExtensionPage(context, extensionId, 'options.html');
      await openCanvasDemo(context, extensionId);
      console.log(`\nOptions: chrome-extension://${extensionId}/options.html`);
      console.log(`Popup:   chrome-extension://${extensionId}/popup.html`);
      console.log('Demo pages:');
      for (const p of demoPages) console.log(`  ${p.url}`);
      console.log('\nClose the browser or press Ctrl+C to stop.');
      await new Promise<void>((done) => {
        context.once('close', () => done());
        process.once('SIGINT', () => done());
        process.once('SIGTERM', () => done());
      });
    }
  } finally {
    await shutdown();
  }

  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const p of problems) console.error(`✘ ${p}`);
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
