/**
 * Sites, in the production code paths on the real hostnames, with the sample
 * school loaded: a fixture page of every adapter (tests/fixtures/sites) gets
 * the right unit and resources in the panel, and a page about nothing in the
 * library gets no panel; adding a self-hosted domain from the options page
 * registers the content script for it (the e2e build pre-grants that one host,
 * because Chromium's permission dialog cannot be automated), where Moodle, a
 * district's own Canvas and any other page (the generic reading) are read, and
 * removing it unregisters it; in-page navigation (Canvas, Classroom) re-reads the page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { demoPages } from '../fixtures/demo/index';
import { fixtures } from '../fixtures/sites/index';
import {
  E2E_EXTENSION_PATH,
  ROOT,
  demoFixturePages,
  fixtureRoutes,
  hostsOf,
  launchExtension,
  loadSampleSchool,
  openExtensionPage,
  siteFixturePages,
  startHttpsServer,
  type FixturePage,
  type HttpsServer,
  type LaunchedExtension,
} from './harness';

let server: HttpsServer;
let ext: LaunchedExtension;
const moodle = demoPages.find((p) => p.url.includes('moodle.springfield-sd.org'))!;
const canvas = demoPages.find((p) => p.file === 'canvas-assignment.html')!;

/** The self-hosted domain the e2e build pre-grants (wxt.config.ts). */
const DISTRICT = 'https://moodle.springfield-sd.org';
/** Site fixtures also served on the district's domain: its own Canvas, and a page of no LMS at all. */
const onDistrictDomain: FixturePage[] = [
  { url: `${DISTRICT}/courses/101`, path: join(ROOT, 'tests/fixtures/sites/canvas/course-home.html') },
  { url: `${DISTRICT}/booklists/civil-war`, path: join(ROOT, 'tests/fixtures/sites/generic/article.html') },
];

beforeAll(async () => {
  // The demo pages first: where a demo page and a site fixture share a URL, the demo page is served.
  const pages = [...demoFixturePages(), ...(await siteFixturePages()), ...onDistrictDomain];
  server = await startHttpsServer({ routes: await fixtureRoutes(pages) });
  ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap: hostsOf(pages), port: server.port });
  await loadSampleSchool(ext.context, ext.extensionId);
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The URL of a site fixture, by its file. */
function fixtureUrl(file: string): string {
  const f = fixtures.find((x) => x.file === file);
  if (!f) throw new Error(`no site fixture ${file} in tests/fixtures/sites/index.ts`);
  return f.url;
}

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

/** Opens the panel from its pill; the units' headings and the resources' titles it lists. */
async function expand(frame: Frame): Promise<{ units: string[]; resources: string[] }> {
  await frame.getByTestId('panel-pill').click();
  await frame.getByTestId('panel-unit').first().waitFor();
  return {
    units: (await frame.getByTestId('panel-unit').allTextContents()).map((x) => x.trim()),
    resources: (await frame.getByTestId('panel-resource').allTextContents()).map((x) => x.trim()),
  };
}

/** The panel frame of the page now, or null: SPA re-reads replace the frame. */
async function currentPill(page: Page): Promise<string | null> {
  const handle = await page.$(frameSelector());
  const frame = await handle?.contentFrame();
  if (!frame) return null;
  return frame.getByTestId('panel-pill').textContent({ timeout: 500 }).catch(() => null);
}

/**
 * One fixture page per adapter (and per Blackboard generation), each read on
 * its hosted hostname by that site's content script, with a unit of the sample
 * school it is about and one of the resources tagged for that unit.
 */
const EVERY_ADAPTER = [
  { adapter: 'canvas', file: 'canvas/course-home.html', unit: 'Hatchet: Survival Stories', resource: "Brian's Winter" },
  { adapter: 'classroom', file: 'classroom/water-cycle.html', unit: 'The Water Cycle', resource: 'Water Cycle in a Bag Lab' },
  { adapter: 'schoology', file: 'schoology/assignment.html', unit: 'Ecosystem Dynamics', resource: 'Food Web Builder' },
  { adapter: 'moodle (MoodleCloud)', file: 'moodle/course.html', unit: 'Matter and Energy in Ecosystems', resource: 'Who Eats Whom? Food Chains' },
  { adapter: 'brightspace', file: 'brightspace/course-home.html', unit: 'Ecosystem Dynamics', resource: 'Tangled Webs: How Ecosystems Work' },
  { adapter: 'blackboard (Original)', file: 'blackboard/original-content.html', unit: 'Ecosystem Dynamics', resource: 'Food Web Builder' },
  { adapter: 'blackboard (Ultra)', file: 'blackboard/ultra-outline.html', unit: 'Ecosystem Dynamics', resource: 'Tangled Webs: How Ecosystems Work' },
];

describe('every site adapter on its real hostname', () => {
  it.each(EVERY_ADAPTER)('$adapter: $file shows $unit with its resources', async ({ file, unit, resource }) => {
    const page = await ext.context.newPage();
    try {
      await page.goto(fixtureUrl(file));
      const frame = await pill(page);
      await expect(frame.getByTestId('panel-pill').textContent()).resolves.toContain(unit);
      const shown = await expand(frame);
      expect(shown.units[0]).toBe(unit);
      expect(shown.resources).toContain(resource);
    } finally {
      await page.close();
    }
  });

  it.each(['schoology/discussion.html', 'classroom/stream.html', 'blackboard/ultra-assessment.html'])(
    'shows no panel on %s, a page about nothing in the library',
    async (file) => {
      const page = await ext.context.newPage();
      try {
        await page.goto(fixtureUrl(file));
        expect(await noPanel(page)).toBe(0);
      } finally {
        await page.close();
      }
    },
  );
});

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

  it('reads a Moodle site fixture on the added domain, recognised from its markup', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixtureUrl('moodle/assign.html'));
    const shown = await expand(await pill(page));
    expect(shown.units[0]).toBe('Civil War and Reconstruction');
    expect(shown.resources).toContain('Civil War Letters Collection');
    await page.close();
  });

  it("reads the district's own Canvas on the added domain, recognised from its markup", async () => {
    const page = await ext.context.newPage();
    await page.goto(`${DISTRICT}/courses/101`);
    const shown = await expand(await pill(page));
    expect(shown.units[0]).toBe('Hatchet: Survival Stories');
    expect(shown.resources).toContain("Brian's Winter");
    await page.close();
  });

  it('reads any other page on the added domain with the generic reading', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${DISTRICT}/booklists/civil-war`);
    const shown = await expand(await pill(page));
    expect(shown.units).toContain('Civil War and Reconstruction');
    expect(shown.resources).toContain('Civil War Letters Collection');
    await page.close();
  });

  it('shows no panel on a page of the added domain about nothing in the library', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixtureUrl('moodle/forum.html'));
    expect(await noPanel(page)).toBe(0);
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

describe('single-page navigation', () => {
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

  it('on Classroom, drops the panel when the new page is about nothing, and shows it again when it is', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixtureUrl('classroom/water-cycle.html'));
    await expect((await pill(page)).getByTestId('panel-pill').textContent()).resolves.toContain('The Water Cycle');
    // What Classroom does on an in-app link: pushState, the old page hidden, the new one a new <c-wiz> at the end of body.
    const open = (path: string, title: string, text: string) =>
      page.evaluate(
        ([p, h, t]) => {
          history.pushState({}, '', p);
          for (const old of Array.from(document.body.children)) {
            if (old.localName === 'c-wiz') {
              old.setAttribute('aria-hidden', 'true');
              old.setAttribute('style', 'display: none;');
            }
          }
          const wiz = document.createElement('c-wiz');
          const main = document.createElement('div');
          main.setAttribute('role', 'main');
          const h1 = document.createElement('h1');
          h1.textContent = h!;
          const body = document.createElement('p');
          body.textContent = t!;
          main.append(h1, body);
          wiz.append(main);
          document.body.append(wiz);
        },
        [path, title, text],
      );
    await open('/c/NDQ1NTY2/p/OTk4ODc3', 'Picture day is Thursday', 'Wear your school shirt on Thursday. Retakes are in two weeks; bring the envelope from the front office.');
    await expect.poll(() => page.locator(frameSelector()).count(), { timeout: 10_000 }).toBe(0);
    await open(
      '/c/NDQ1NTY2/a/NzcxMjM1/details',
      'Water cycle diagram',
      'Label evaporation, condensation, precipitation and runoff on the water cycle diagram, and explain where the clouds come from.',
    );
    await expect.poll(() => currentPill(page), { timeout: 10_000 }).toContain('The Water Cycle');
    await page.close();
  });
});
