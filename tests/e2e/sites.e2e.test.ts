/**
 * Sites: adding a self-hosted Moodle from the options page registers the
 * content script for it (the e2e build pre-grants that one host, because
 * Chromium's permission dialog cannot be automated), removing it unregisters
 * it; and an SPA navigation on Canvas re-reads the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { demoPages } from '../fixtures/demo/index';
import { openExtensionPage, startDemoSession, type LaunchedExtension } from './harness';

let session: Awaited<ReturnType<typeof startDemoSession>>;
let ext: LaunchedExtension;
const moodle = demoPages.find((p) => p.url.includes('moodle.springfield-sd.org'))!;
const canvas = demoPages.find((p) => p.file === 'canvas-assignment.html')!;

beforeAll(async () => {
  session = await startDemoSession({ sample: true });
  ext = session.ext;
});

afterAll(async () => {
  await session?.close();
});

const frameSelector = () => `iframe[src^="chrome-extension://${ext.extensionId}/panel.html"]`;

async function pill(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector(frameSelector(), { timeout: 10_000 })).contentFrame();
  if (!frame) throw new Error('no panel frame');
  await frame.getByTestId('panel-pill').waitFor();
  return frame;
}

async function noPanel(page: Page): Promise<number> {
  await page.waitForTimeout(2500);
  return page.locator(frameSelector()).count();
}

describe('a self-hosted Moodle', () => {
  it('gets no panel before the librarian adds it', async () => {
    const page = await ext.context.newPage();
    await page.goto(moodle.url);
    await expect(page.title()).resolves.toBe(moodle.title);
    expect(await noPanel(page)).toBe(0);
    await page.close();
  });

  it('is added from the Sites view, and its pages then get suggestions', async () => {
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/sites');
    await options.getByTestId('site-host').fill('https://moodle.springfield-sd.org/course/view.php?id=3');
    await options.getByTestId('site-add').click();
    await options.getByTestId('custom-sites').getByText('moodle.springfield-sd.org').waitFor();
    await options.close();

    const page = await ext.context.newPage();
    await page.goto(moodle.url);
    const frame = await pill(page);
    await expect(frame.getByTestId('panel-pill').textContent()).resolves.toMatch(/Civil War and Reconstruction/);
    await page.close();
  });

  it('rejects an address that is not a site, with a clear message', async () => {
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/sites');
    await options.getByTestId('site-host').fill('javascript:alert(1)');
    await options.getByTestId('site-add').click();
    await expect(options.getByRole('alert').textContent()).resolves.toMatch(/is not a web address/);
    await options.close();
  });

  it('is removed again, and its pages go quiet', async () => {
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/sites');
    await options.getByTestId('custom-sites').getByRole('button', { name: 'Remove' }).click();
    await options.getByText('moodle.springfield-sd.org removed.').waitFor();
    await options.close();
    const page = await ext.context.newPage();
    await page.goto(moodle.url);
    expect(await noPanel(page)).toBe(0);
    await page.close();
  });
});

describe('single-page navigation on Canvas', () => {
  it('re-reads the page when the LMS swaps its content without a reload', async () => {
    const page = await ext.context.newPage();
    await page.goto(canvas.url);
    let frame = await pill(page);
    await expect(frame.getByTestId('panel-pill').textContent()).resolves.toMatch(/Ecosystem Dynamics/);
    // What Canvas does on an in-app link: pushState, then new content in the same layout.
    await page.evaluate(() => {
      history.pushState({}, '', '/courses/104/assignments/3003');
      document.title = 'Hatchet: survival journal';
      const main = document.querySelector('#content') ?? document.querySelector('[role="main"]') ?? document.body;
      main.textContent = '';
      const h1 = document.createElement('h1');
      h1.textContent = 'Hatchet survival journal: chapters 6-10';
      const p = document.createElement('p');
      p.textContent =
        'Keep a survival journal as Brian Robeson. After each chapter of Hatchet by Gary Paulsen, write what Brian learned about fire, shelter and food in the Canadian wilderness, and how the hatchet helped him survive after the plane crash.';
      main.append(h1, p);
    });
    await expect
      .poll(async () => {
        const h = await page.$(frameSelector());
        frame = (await h?.contentFrame()) ?? frame;
        return frame.getByTestId('panel-pill').textContent({ timeout: 500 }).catch(() => '');
      }, { timeout: 10_000 })
      .toMatch(/Hatchet/);
    await page.close();
  });
});
