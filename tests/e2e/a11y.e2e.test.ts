/**
 * Accessibility in real Chromium: axe-core over the popup (empty, and with the
 * sample school), every options view, and the suggestion panel expanded on a
 * Canvas page (axe runs inside the panel's frame), each in light and in dark
 * mode since colour contrast differs. No `serious` or `critical` violation is
 * allowed; every violation found is printed in one table at the end.
 * Then the keyboard: Tab reaches every control of the popup, focus is always
 * visible, and nothing traps it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { demoPages } from '../fixtures/demo/index';
import {
  E2E_EXTENSION_PATH,
  ROOT,
  demoFixturePages,
  fixtureRoutes,
  hostsOf,
  launchExtension,
  loadSampleSchool,
  openExtensionPage,
  startHttpsServer,
  type HttpsServer,
  type LaunchedExtension,
} from './harness';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const MODES = ['light', 'dark'] as const;
type Mode = (typeof MODES)[number];
const POPUP_SIZE = { width: 400, height: 600 };
const canvasDemo = demoPages.find((p) => p.file === 'canvas-assignment.html')!;

interface Violation {
  page: string;
  mode: Mode;
  rule: string;
  impact: string;
  help: string;
  nodes: number;
  targets: string[];
}

let server: HttpsServer;
let ext: LaunchedExtension;
const found: Violation[] = [];

beforeAll(async () => {
  const pages = demoFixturePages();
  server = await startHttpsServer({ routes: await fixtureRoutes(pages) });
  ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap: hostsOf(pages), port: server.port });
}, 90_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
  const order = ['critical', 'serious', 'moderate', 'minor'];
  const rows = [...found].sort((a, b) => order.indexOf(a.impact) - order.indexOf(b.impact) || a.page.localeCompare(b.page) || a.mode.localeCompare(b.mode));
  const byImpact = order.map((i) => `${i}: ${found.filter((v) => v.impact === i).length}`).join(', ');
  console.log(
    `a11y: ${found.length} violation(s) (${byImpact})\n` +
      (rows.length
        ? ['impact   | page                     | mode  | rule                      | nodes | first targets', ...rows.map((v) => `${v.impact.padEnd(8)} | ${v.page.padEnd(24)} | ${v.mode.padEnd(5)} | ${v.rule.padEnd(25)} | ${String(v.nodes).padEnd(5)} | ${v.targets.join(' ; ')}`)].join('\n')
        : '  none'),
  );
});

/**
 * Runs axe in a page or frame. The extension's CSP (script-src 'self') blocks
 * the inline <script> that addScriptTag would insert, so axe is evaluated
 * through DevTools, which the page's CSP does not govern.
 */
async function axe(target: Page | Frame, page: string, mode: Mode, record = true): Promise<Violation[]> {
  await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const api = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await api.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'unknown', help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const list = violations.map((v) => ({ page, mode, ...v }));
  if (record) found.push(...list);
  return list;
}

const severe = (list: Violation[]) => list.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** An extension page in the given colour scheme, settled: no "Loading…" left. */
async function openIn(mode: Mode, path: string, opts: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: mode });
  if (opts.viewport) await page.setViewportSize(opts.viewport);
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && document.body.innerText.trim().length > 0);
  return page;
}

async function checkExtensionPage(path: string, label: string, mode: Mode, ready?: (p: Page) => Promise<unknown>): Promise<void> {
  const page = await openIn(mode, path, path.startsWith('popup') ? { viewport: POPUP_SIZE } : {});
  try {
    await ready?.(page);
    await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(mode === 'dark');
    expect(severe(await axe(page, label, mode))).toEqual([]);
  } finally {
    await page.close();
  }
}

describe('an empty library', () => {
  it('axe finds a contrast failure and an unnamed button when a page has them (check of the checker)', async () => {
    const page = await openIn('dark', 'popup.html', { viewport: POPUP_SIZE });
    try {
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Faint text';
        p.style.cssText = 'color:#777;background:#888';
        document.body.append(p, document.createElement('button'));
      });
      const rules = (await axe(page, 'probe', 'dark', false)).map((v) => `${v.rule}:${v.impact}`);
      expect(rules).toEqual(expect.arrayContaining(['color-contrast:serious', 'button-name:critical']));
    } finally {
      await page.close();
    }
  });

  it.each(MODES)('popup (%s): no serious or critical violations', async (mode) => {
    await checkExtensionPage('popup.html', 'popup (empty)', mode, (p) => p.getByText('No contacts yet.').waitFor());
  });
});

describe('with the sample school', () => {
  const views: [string, string][] = [
    ['#/contacts', 'options #/contacts'],
    ['#/units', 'options #/units'],
    ['#/resources', 'options #/resources'],
    ['#/log', 'options #/log'],
    ['#/report', 'options #/report'],
    ['#/import', 'options #/import'],
    ['#/sites', 'options #/sites'],
    ['#/settings', 'options #/settings'],
  ];

  beforeAll(async () => {
    await loadSampleSchool(ext.context, ext.extensionId);
    // A contact and a unit to open: the first of each list.
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/contacts');
    const contact = options.getByTestId('contacts-table').getByRole('link').first();
    await contact.waitFor();
    views.push([(await contact.getAttribute('href'))!, 'options #/contacts/<id>']);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#/units`);
    const unit = options.getByTestId('units-table').getByRole('link').first();
    await unit.waitFor();
    views.push([(await unit.getAttribute('href'))!, 'options #/units/<id>']);
    await options.close();
  }, 60_000);

  it.each(MODES)('popup (%s): no serious or critical violations', async (mode) => {
    await checkExtensionPage('popup.html', 'popup (sample school)', mode, (p) => p.getByTestId('due-list').first().waitFor());
  });

  it.each(MODES)('every options view, a contact and a unit (%s): no serious or critical violations', async (mode) => {
    expect(views).toHaveLength(10);
    const failures: Violation[] = [];
    for (const [hash, label] of views) {
      expect(hash).toMatch(/^#\/[a-z]+(\/\d+)?$/);
      const page = await openIn(mode, `options.html${hash}`);
      try {
        await page.locator('main h1').first().waitFor();
        failures.push(...severe(await axe(page, label, mode)));
      } finally {
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it.each(MODES)('the panel expanded on a Canvas page (%s): no serious or critical violations', async (mode) => {
    const page = await ext.context.newPage();
    try {
      await page.emulateMedia({ colorScheme: mode });
      await page.goto(canvasDemo.url);
      const handle = await page.waitForSelector(`iframe[src^="chrome-extension://${ext.extensionId}/panel.html"]`, { timeout: 15_000 });
      const frame = (await handle.contentFrame())!;
      await frame.getByTestId('panel-pill').click();
      await frame.getByTestId('panel-unit').first().waitFor();
      await expect(frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(mode === 'dark');
      expect(severe(await axe(frame, 'panel (expanded, Canvas)', mode))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the popup with the keyboard', () => {
  /** A short, stable description of the focused element, and how its focus shows. */
  const focusState = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
      // The focus ring is the element's outline, or its box's (a picker draws it with :focus-within).
      let ring: string | null = null;
      for (let node: HTMLElement | null = el, depth = 0; node && depth < 3 && !ring; node = node.parentElement, depth++) {
        const s = getComputedStyle(node);
        if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) ring = `${depth === 0 ? 'own' : `ancestor ${depth}`} outline ${s.outlineWidth} ${s.outlineStyle}`;
      }
      return { name, index: Array.from(document.querySelectorAll('*')).indexOf(el), focusVisible: el.matches(':focus-visible'), ring };
    });

  /** Every element Tab should stop at: enabled, rendered, not taken out of the order. */
  const tabbable = (page: Page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'))
        .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name && document.querySelector(`input[type=radio][name="${el.name}"]:checked`)))
        .map((el) => Array.from(document.querySelectorAll('*')).indexOf(el)),
    );

  it('Tab reaches every control and comes back round, Shift+Tab goes back, and focus is always visible', async () => {
    const page = await openIn('light', 'popup.html', { viewport: POPUP_SIZE });
    try {
      await page.getByTestId('due-list').first().waitFor();
      const all = await tabbable(page);
      expect(all.length).toBeGreaterThan(5);
      const first = await focusState(page);
      expect(first?.name, 'the popup opens with focus in the log form').toMatch(/^input/);

      const forward: NonNullable<Awaited<ReturnType<typeof focusState>>>[] = [];
      const invisible: string[] = [];
      for (let i = 0; i < all.length + 3; i++) {
        await page.keyboard.press('Tab');
        const state = await focusState(page);
        if (!state) continue; // focus left the page (to the browser) between the last control and the first
        forward.push(state);
        if (!state.focusVisible || !state.ring) invisible.push(`${state.name}: focus-visible ${state.focusVisible}, ring ${state.ring}`);
        if (state.index === first!.index) break;
      }
      expect(invisible, 'focused without a visible focus ring').toEqual([]);
      // Every control was reached, and Tab came back round to where it started: no trap on the way.
      const reached = new Set(forward.map((s) => s.index));
      expect(all.filter((i) => !reached.has(i))).toEqual([]);
      expect(forward.at(-1)?.index).toBe(first!.index);

      // Backwards from the first control: out of the page and round to the last one, then on.
      const backward: number[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Shift+Tab');
        const state = await focusState(page);
        if (state) backward.push(state.index);
      }
      const order = forward.map((s) => s.index);
      const lastBeforeFirst = order.at(-2);
      expect(backward[0]).toBe(lastBeforeFirst);
      expect(new Set(backward).size).toBe(backward.length);
    } finally {
      await page.close();
    }
  });

  it('Escape closes the suggestion list of the contact picker, and Tab leaves the picker with or without it', async () => {
    const page = await openIn('light', 'popup.html', { viewport: POPUP_SIZE });
    try {
      const who = page.getByRole('combobox', { name: 'With' });
      await expect(who.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.type('a');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('option').count()).resolves.toBe(0);
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('ql-notes');
      // With the list open, Tab still moves on.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.type('a');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Tab');
      await expect(who.evaluate((el) => el === document.activeElement)).resolves.toBe(false);
    } finally {
      await page.close();
    }
  });
});
