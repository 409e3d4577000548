/**
 * The calendar budgets, in a real browser, on the production build (the
 * output folder of `npm run bench`, LL_OUT_DIR), headless Chromium, with the
 * sample school loaded through the options page. The week views of
 * tests/fixtures/calendar (Google Calendar and Outlook on the web) are served
 * over HTTPS on their real hostnames, so calendar.js runs on them.
 *
 * (a) Dialog → panel. A click on a chip makes the page open the event as the
 *     app does (Google appends its detail dialog to body, Outlook puts a peek
 *     card in its layer host) and note, right after the insertion,
 *     `__llDialogAt` (wall clock). An init script in the panel frame notes the
 *     first animation frame after its pill exists (`__llPillAt`), its own
 *     navigation start (when the content script mounted it) and its
 *     DOMContentLoaded. Latency = pill painted − dialog in the DOM. Each open
 *     is closed again (the panel goes), and the next open starts from there;
 *     the worker is warm (an earlier open built its index). Budget: p50 < 100 ms,
 *     p95 reported.
 * (b) Scrolling the week view, side by side: A, browser A with the extension
 *     (its marks on the chips, the observer running); C, the same page in the
 *     same browser served on a hostname no content script matches (only the
 *     script differs); B, plain Chromium with the same flags (the extension's
 *     other processes differ too). In each, the page's own script scrolls the
 *     week's grid one step per animation frame (down and back up) and records
 *     the frame intervals and the Long Tasks API's entries. Runs alternate
 *     A,B,C,C,B,A,... Per run: the p50 and p95 frame interval and the long-task
 *     total; the medians over runs are compared, so that one run another
 *     process slowed down does not decide. Budget: long tasks unchanged (with ≤
 *     without + one frame, 17 ms) and frame interval p95 within 10%.
 *     On a machine other processes keep busy, that comparison is mostly noise,
 *     so the scroll with the extension is also traced (devtools.timeline) and
 *     the content script's own main-thread work during it is summed (in
 *     separate runs, so tracing does not slow side A): budget under 1 ms per
 *     run (scrolling mutates nothing, so the script should not run at all). A
 *     control run adds a chip after the scroll, inside the trace: the script
 *     must be seen reacting, or the attribution is not trusted.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import {
  PROD_EXTENSION_PATH,
  assertChromium,
  hostResolverRules,
  launchExtension,
  loadSampleSchool,
  startHttpsServer,
  type LaunchedExtension,
  type Routes,
} from '../../tests/e2e/harness';
import { calendarHosts, calendarRoutes, calendarUrl, weekPages, type WeekPage } from '../../tests/fixtures/calendar/index';
import type { BenchRow } from './types';

const TABS = 3;
const OPENS_PER_TAB = 6;
const SCROLL_ROUNDS = 8;
const SCROLL_FRAMES = 240;
const TRACED_ROUNDS = 3;
const MARK = 'data-library-liaison-contact';
/** The same pages on a hostname no content script matches: browser A without the extension's script. */
const COPY_HOST = 'calendar-copy.example.org';

type Marks = Record<string, number>;

/** In the panel frame only: when it started, when its DOM was ready, when its pill was first painted. */
function panelMarks(): void {
  if (location.protocol !== 'chrome-extension:' || location.pathname !== '/panel.html') return;
  const w = window as unknown as Record<string, number>;
  w.__llFrameStart = performance.timeOrigin;
  document.addEventListener('DOMContentLoaded', () => (w.__llFrameReady = performance.timeOrigin + performance.now()), { once: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="panel-pill"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__llPillAt = performance.timeOrigin + performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Plain Chromium with the flags `launchExtension` (tests/e2e/harness.ts) uses, minus the extension. */
async function launchPlain(port: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'll-bench-cal-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: assertChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    args: [
      `--host-resolver-rules=${hostResolverRules(calendarHosts, port)}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** The calendar pages, also on COPY_HOST (each path answered as on the calendar host that has it). */
function routesWithCopy(day: string): Routes {
  const routes = calendarRoutes(day);
  return (host, path) => {
    if (host !== COPY_HOST) return routes(host, path);
    for (const h of calendarHosts) {
      const found = routes(h, path);
      if (found) return found;
    }
    return null;
  };
}

/** The next panel frame of `page` once its pill is painted (call before the action that opens it). */
function nextPill(page: Page, extensionId: string): Promise<Frame> {
  const panel = `chrome-extension://${extensionId}/panel.html`;
  const painted = page.waitForEvent('framenavigated', { predicate: (f) => f.url().startsWith(panel), timeout: 30_000 }).then(async (frame) => {
    await frame.waitForFunction(() => (window as unknown as Marks).__llPillAt, undefined, { polling: 50, timeout: 30_000 });
    return frame;
  });
  // If the click fails first, nobody awaits this: keep its rejection from ending the process.
  painted.catch(() => undefined);
  return painted;
}

interface OpenTiming {
  /** Dialog in the DOM → pill painted. */
  total: number;
  /** → the content script mounted the panel iframe (the frame's navigation start). */
  mount: number;
  /** → the panel frame's DOMContentLoaded. */
  ready: number;
}

/** Opens the week page's dialog chip `n` times in one tab, closing it in between; times each open. */
async function dialogOpens(ext: LaunchedExtension, week: WeekPage, day: string, n: number): Promise<{ times: OpenTiming[]; pill: string }> {
  const page = await ext.context.newPage();
  try {
    await page.goto(calendarUrl(week, day));
    // The content script is at work once the marks are there.
    await page.locator(`[data-ll-chip="${week.dialogChip}"][${MARK}]`).waitFor({ timeout: 30_000 });
    const times: OpenTiming[] = [];
    let pill = '';
    for (let i = 0; i < n; i++) {
      const painted = nextPill(page, ext.extensionId);
      await page.locator(`[data-ll-chip="${week.dialogChip}"]`).click();
      const frame = await painted;
      const m = await frame.evaluate(() => {
        const w = window as unknown as Marks;
        return { pill: w.__llPillAt!, start: w.__llFrameStart!, ready: w.__llFrameReady! };
      });
      const at = await page.evaluate(() => (window as unknown as Marks).__llDialogAt!);
      times.push({ total: m.pill - at, mount: m.start - at, ready: m.ready - at });
      pill = (await frame.getByTestId('panel-pill').textContent())?.trim() ?? '';
      await page.getByRole('button', { name: 'Close' }).first().click();
      await page.waitForSelector(`iframe[src^="chrome-extension://${ext.extensionId}/panel.html"]`, { state: 'detached', timeout: 10_000 });
      await page.waitForTimeout(100);
    }
    return { times, pill };
  } finally {
    await page.close();
  }
}

interface ScrollRun {
  frames: number[];
  longTasks: number[];
  /** When traced: main-thread time (ms, wall) of trace events that ran the content script's code. */
  extMs: number;
  extEvents: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** The outermost trace events that run the extension's content scripts, and their total wall time in ms. */
function contentScriptWork(events: TraceEvent[], extensionId: string): { ms: number; events: number } {
  const ours = `chrome-extension://${extensionId}/content-scripts/`;
  const mine = events.filter((e) => e.ph === 'X' && e.args?.data?.url?.startsWith(ours)).sort((a, b) => a.ts - b.ts);
  let until = -1;
  let total = 0;
  let count = 0;
  for (const e of mine) {
    if (e.ts < until) continue;
    until = e.ts + (e.dur ?? 0);
    total += (e.dur ?? 0) / 1000;
    count++;
  }
  return { ms: total, events: count };
}

/**
 * Scrolls the week grid one step per animation frame, down and back, in the
 * page's own script. `host`: serve it on another hostname (where no content
 * script runs); `marks`: wait for the extension's marks first; `traceFor`
 * (the extension id): trace the scroll to find any work of the content script;
 * `control`: then add a chip inside the trace, which the script must notice.
 */
async function scrollOnce(
  context: BrowserContext,
  week: WeekPage,
  day: string,
  opts: { marks: boolean; host?: string; traceFor?: string; control?: boolean },
): Promise<ScrollRun> {
  const page = await context.newPage();
  const browser = context.browser();
  const extensionId = opts.traceFor;
  let tracing = false;
  try {
    const url = new URL(calendarUrl(week, day));
    if (opts.host) url.hostname = opts.host;
    await page.goto(url.href, { waitUntil: 'load' });
    if (opts.marks) await page.locator(`[${MARK}]`).first().waitFor({ timeout: 30_000 });
    // Every side settles as long before scrolling (the extension's idle work is done by now).
    await page.waitForTimeout(500);
    if (extensionId && browser) {
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      tracing = true;
    }
    const run = await page.evaluate(async (frames) => {
      const grid = document.querySelector('[data-ll-scroll]')!;
      const range = grid.scrollHeight - grid.clientHeight;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push(e.duration);
      });
      observer.observe({ type: 'longtask' });
      const intervals: number[] = [];
      const step = (2 * range) / frames;
      let last = performance.now();
      for (let i = 1; i <= frames; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        intervals.push(now - last);
        last = now;
        const pos = i * step;
        grid.scrollTop = pos <= range ? pos : 2 * range - pos;
      }
      await new Promise((r) => setTimeout(r, 100));
      observer.disconnect();
      return { frames: intervals, longTasks };
    }, SCROLL_FRAMES);
    if (opts.control) {
      // Positive control: a change the content script does react to (a new chip), inside the trace.
      await page.evaluate(() => {
        const chip = document.querySelector('[data-ll-chip]')!;
        chip.parentElement!.append(chip.cloneNode(true));
      });
      await page.waitForTimeout(1500);
    }
    let work = { ms: 0, events: 0 };
    if (tracing && browser && extensionId) {
      tracing = false;
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      work = contentScriptWork(trace.traceEvents, extensionId);
    }
    return { ...run, extMs: work.ms, extEvents: work.events };
  } finally {
    if (tracing) await browser?.stopTracing().catch(() => undefined);
    await page.close();
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (x: number, d = 0) => `${x.toFixed(d)} ms`;

/** Today as YYYY-MM-DD in this machine's zone (the fixtures are dated at serve time). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function benchCalendar(): Promise<BenchRow[]> {
  assertChromium();
  if (!existsSync(join(PROD_EXTENSION_PATH, 'manifest.json'))) throw new Error(`no production build at ${PROD_EXTENSION_PATH} (run \`npx wxt build\`)`);
  const day = localToday();
  const server = await startHttpsServer({ routes: routesWithCopy(day) });
  let a: LaunchedExtension | undefined;
  let b: Awaited<ReturnType<typeof launchPlain>> | undefined;
  try {
    a = await launchExtension({ extensionPath: PROD_EXTENSION_PATH, headless: true, hostMap: [...calendarHosts, COPY_HOST], port: server.port });
    b = await launchPlain(server.port);
    await a.context.addInitScript(panelMarks);
    await loadSampleSchool(a.context, a.extensionId);

    const rows: BenchRow[] = [];
    for (const week of weekPages) {
      // Warm-up: the worker builds its match index on the first open.
      await dialogOpens(a, week, day, 1);
      const times: OpenTiming[] = [];
      let pill = '';
      for (let t = 0; t < TABS; t++) {
        const got = await dialogOpens(a, week, day, OPENS_PER_TAB);
        times.push(...got.times);
        pill = got.pill;
      }
      const at = (f: (x: OpenTiming) => number) => ms(quantile(times.map(f), 0.5));
      const total = times.map((x) => x.total);
      rows.push({
        name: `calendar: ${week.site} event opened -> panel pill painted (sample school, warm worker)`,
        budget: 'p50 < 100 ms',
        measured: `p50 ${ms(quantile(total, 0.5))}, p95 ${ms(quantile(total, 0.95))}, max ${ms(Math.max(...total))} (${times.length} opens); p50 of the steps: iframe mounted +${at((x) => x.mount)}, panel frame loaded +${at((x) => x.ready)}, pill +${at((x) => x.total)}; pill "${pill}"`,
        ok: quantile(total, 0.5) < 100,
      });
    }

    for (const week of weekPages) {
      const withExt: ScrollRun[] = [];
      const plain: ScrollRun[] = [];
      const sameBrowser: ScrollRun[] = [];
      for (let i = 0; i < SCROLL_ROUNDS; i++) {
        const order = i % 2 === 0 ? (['A', 'B', 'C'] as const) : (['C', 'B', 'A'] as const);
        for (const side of order) {
          if (side === 'A') withExt.push(await scrollOnce(a.context, week, day, { marks: true }));
          else if (side === 'B') plain.push(await scrollOnce(b.context, week, day, { marks: false }));
          else sameBrowser.push(await scrollOnce(a.context, week, day, { marks: false, host: COPY_HOST }));
        }
      }
      // Per run, then the median over runs: one run another process slowed down does not decide.
      const median = (runs: ScrollRun[], f: (r: ScrollRun) => number) => quantile(runs.map(f), 0.5);
      const p50 = (r: ScrollRun) => quantile(r.frames, 0.5);
      const p95 = (r: ScrollRun) => quantile(r.frames, 0.95);
      const long = (r: ScrollRun) => sum(r.longTasks);
      const all = (runs: ScrollRun[]) => `${ms(sum(runs.map(long)))} in ${sum(runs.map((r) => r.longTasks.length))}`;
      const compare = (what: string, other: ScrollRun[]): BenchRow => {
        const p95A = median(withExt, p95);
        const p95B = median(other, p95);
        const longA = median(withExt, long);
        const longB = median(other, long);
        return {
          name: `calendar: ${week.site} week view scrolled with the extension / ${what} (${SCROLL_ROUNDS} runs of ${SCROLL_FRAMES} frames each, alternated)`,
          budget: 'long tasks <= without + 17 ms; frame p95 <= 1.10x (medians of runs)',
          measured: `frame interval p50 ${ms(median(withExt, p50), 1)} vs ${ms(median(other, p50), 1)}, p95 ${ms(p95A, 1)} vs ${ms(p95B, 1)} (${(p95A / p95B).toFixed(3)}x); long tasks per run ${ms(longA)} vs ${ms(longB)} (all runs: ${all(withExt)} vs ${all(other)})`,
          ok: longA <= longB + 17 && p95A / p95B <= 1.1,
        };
      };
      rows.push(compare('the same page in the same browser on a host it does not run on', sameBrowser));
      rows.push(compare('plain Chromium', plain));

      // Traced apart, so that tracing's own cost does not weigh on side A above.
      const traced: ScrollRun[] = [];
      for (let i = 0; i < TRACED_ROUNDS; i++) traced.push(await scrollOnce(a.context, week, day, { marks: true, traceFor: a.extensionId }));
      const control = await scrollOnce(a.context, week, day, { marks: true, traceFor: a.extensionId, control: true });
      const extMs = traced.map((r) => r.extMs);
      rows.push({
        name: `calendar: ${week.site} content-script work on the main thread while the week view scrolls (traced, ${TRACED_ROUNDS} runs)`,
        budget: '< 1 ms per run; control seen',
        measured: `max ${ms(Math.max(...extMs), 2)} per run, ${sum(traced.map((r) => r.extEvents))} script events in all runs; control (a chip added after the scroll): ${control.extEvents} events, ${ms(control.extMs, 2)}`,
        ok: Math.max(...extMs) < 1 && control.extEvents > 0,
      });
    }
    return rows;
  } finally {
    await a?.close();
    await b?.close();
    await server.close();
  }
}
