/**
 * The budgets only a real browser can measure, on the production build
 * (.output/chrome-mv3) in the system's Chromium, headless, with a library at
 * the design's scale loaded the way a librarian would: a JSON backup (the
 * sample school grown to 2,000 contacts, 500 units, 10,000 resources and
 * 20,000 log entries, see dataset.ts) restored through the options page.
 *
 * The page is a ~5,000-element Canvas assignment (canvas-page.ts) that
 * matches the sample school's Hatchet unit, served over HTTPS on its real
 * hostname, so canvas.js runs on it, asks the background, and mounts the panel.
 *
 * (a) Content-script cost. Two browsers side by side in one run: A with the
 *     extension, B plain Chromium with the same flags. Page loads alternate
 *     A,B,B,A,... (PAIRS each, after one unmeasured warm-up each) and every
 *     load is traced with the Chrome trace categories DevTools uses, from
 *     before the navigation until, with the extension, the panel's pill is
 *     painted plus SETTLE_MS, and without it, as long after load.
 *     - Main-thread work of the content script: on the page's renderer main
 *       thread, the top-level tasks that run the extension's content-script
 *       code: its injection (EvaluateScript of content-scripts/canvas.js), the
 *       idle callback that reads the page, the message reply whose microtasks
 *       mount the iframe, its observer and timer callbacks. A whole task
 *       counts, so the continuation of `await sendMessage` (a microtask with
 *       no script URL of its own) and the iframe creation it does are
 *       included, and so is garbage collection that happens to run inside it.
 *       If a task also runs the page's own scripts, only the extension's own
 *       events in it count. Measured as thread CPU time (the trace's `tdur`):
 *       the time the main thread spent on this work, not the time it waited
 *       for a core other processes held; wall time is shown beside it.
 *       Budget: p95 over the A loads < 8 ms.
 *     - Page load (loadEventEnd of the navigation timing, from navigation
 *       start) and long-task total (the wall duration of main-thread tasks
 *       over 50 ms, the Long Tasks API definition, summed over all loads of a
 *       side) with versus without: ratios, budget within 3%. The median main-
 *       thread CPU of the whole load, A versus B, is shown as a cross-check of
 *       the attributed cost (it also catches work such as style recalculation
 *       that the extension causes outside its own tasks).
 * (b) Panel latency: navigation start of the page → the panel's pill painted.
 *     An init script in the panel frame notes the first animation frame after
 *     the pill element exists (`performance.timeOrigin + now()`, wall-clock
 *     milliseconds; the processes of one browser agree to about 1 ms), minus the page's
 *     `performance.timeOrigin`. Warm: the worker running and its index built by
 *     an earlier page. Cold: the service worker stopped (as Chromium does when
 *     idle) before the navigation, so it starts, opens the database, loads the
 *     library and builds its index. Budgets: p50 < 150 ms warm, < 400 ms cold.
 *     The same figure is also given from the page's DOMContentLoaded (its
 *     document parsed: "page open" for a reader), since the content script runs
 *     at document_idle and the panel waits for the page's own load event, which
 *     the page's size and subresources decide.
 * (The popup's open-to-usable budget is measured by popup.bench.ts.)
 *
 * Latency budgets are held against the median, with p95 reported beside it.
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
  isWorkerRunning,
  launchExtension,
  openExtensionPage,
  startHttpsServer,
  stopServiceWorker,
  type LaunchedExtension,
} from '../../tests/e2e/harness';
import { makeBackup, parseBackup } from '../../src/io/backup';
import { bigCanvasPage, CANVAS_URL } from './canvas-page';
import { benchLibrary } from './dataset';
import type { BenchRow } from './types';

const PAIRS = 20;
const WARM = 10;
const COLD = 4;
/** After load (and, with the extension, the pill): time for the content script's debounced re-check and the panel's resize message. */
const SETTLE_MS = 400;
const SIZES = { contacts: 2_000, units: 500, resources: 10_000, interactions: 20_000 };
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const HOST = new URL(CANVAS_URL).hostname;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

/** What one traced page load cost on the page's main thread, in ms. */
interface LoadCost {
  extCpu: number;
  extWall: number;
  /** The extension's CPU time by what started the task (see PHASES). */
  phases: Record<string, number>;
  mainCpu: number;
  longTaskMs: number;
  longTasks: number;
}

/** What starts each kind of content-script task, by the first trace event inside it. */
const PHASES: Record<string, string> = {
  EvaluateScript: 'injection',
  FireIdleCallback: 'idle read',
  TimerFire: 'timers',
};
/** Tasks started by anything else: the reply to page:context (whose microtasks mount the iframe), other messages, observers. */
const phaseOf = (inside: TraceEvent[]) => PHASES[inside.find((e) => Object.hasOwn(PHASES, e.name))?.name ?? ''] ?? 'messages + mount';

/**
 * Splits the page's renderer main thread into its top-level tasks and
 * attributes to the extension the tasks that run its content-script code
 * (see the module comment). `extensionId` null: the browser without it.
 */
function analyseTrace(events: TraceEvent[], extensionId: string | null): LoadCost {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(CANVAS_URL));
  if (!parse) throw new Error(`the trace has no parse of ${CANVAS_URL}`);
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const ours = extensionId ? `chrome-extension://${extensionId}/content-scripts/` : null;
  const isOurs = (e: TraceEvent) => ours !== null && (e.args?.data?.url?.startsWith(ours) ?? false);
  const isPageScript = (e: TraceEvent) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && /^https?:/.test(e.args?.data?.url ?? '');

  const cost: LoadCost = { extCpu: 0, extWall: 0, phases: {}, mainCpu: 0, longTaskMs: 0, longTasks: 0 };
  let i = 0;
  while (i < thread.length) {
    const task = thread[i]!;
    if (task.name !== 'RunTask') {
      i++;
      continue;
    }
    const end = task.ts + (task.dur ?? 0);
    const inside: TraceEvent[] = [];
    for (i++; i < thread.length && thread[i]!.ts < end; i++) inside.push(thread[i]!);
    const wall = (task.dur ?? 0) / 1000;
    const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
    cost.mainCpu += cpu;
    if (wall > 50) {
      cost.longTasks++;
      cost.longTaskMs += wall;
    }
    const mine = inside.filter(isOurs);
    if (mine.length === 0) continue;
    const phase = phaseOf(inside);
    const add = (c: number, w: number) => {
      cost.extCpu += c;
      cost.extWall += w;
      cost.phases[phase] = (cost.phases[phase] ?? 0) + c;
    };
    if (!inside.some(isPageScript)) {
      add(cpu, wall);
      continue;
    }
    // A task shared with the page's scripts: only the extension's outermost events.
    let until = -1;
    for (const e of mine) {
      if (e.ts < until) continue;
      until = e.ts + (e.dur ?? 0);
      add((e.tdur ?? e.dur ?? 0) / 1000, (e.dur ?? 0) / 1000);
    }
  }
  return cost;
}

/**
 * Marks, in extension pages, the first animation frame after they became
 * usable. Panel: `__llPillAt` (absolute wall-clock ms), the frame's own
 * navigation start `__llFrameStart` (when the content script mounted it) and
 * `__llFrameReady`, its DOMContentLoaded (its module script has run and
 * rendered; what follows is mostly the panel:get round trip to the worker).
 * Does nothing on other pages.
 */
function timingMarks(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const w = window as unknown as Record<string, number>;
  const mark = (ready: () => boolean, done: () => void) => {
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      requestAnimationFrame(done);
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  if (location.pathname === '/panel.html') {
    w.__llFrameStart = performance.timeOrigin;
    document.addEventListener('DOMContentLoaded', () => (w.__llFrameReady = performance.timeOrigin + performance.now()), { once: true });
    mark(
      () => document.querySelector('[data-testid="panel-pill"]') !== null,
      () => (w.__llPillAt = performance.timeOrigin + performance.now()),
    );
  }
}

/** Plain Chromium with the flags `launchExtension` (tests/e2e/harness.ts) uses, minus loading the extension: keep them in step. */
async function launchPlain(port: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'll-bench-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: assertChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    args: [
      `--host-resolver-rules=${hostResolverRules([HOST], port)}`,
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

type Marks = Record<string, number>;

/**
 * Resolves with the panel frame once its pill is painted. Call it before the
 * navigation. It waits on Playwright's frame events, so nothing runs in the
 * page's main thread that the benchmark would then count, and reads the mark
 * in the panel frame every 100 ms (the mark itself is taken by the frame).
 */
function pillPainted(page: Page, extensionId: string): Promise<Frame> {
  const panel = `chrome-extension://${extensionId}/panel.html`;
  const painted = page
    .waitForEvent('framenavigated', { predicate: (f) => f.url().startsWith(panel), timeout: 60_000 })
    .then(async (frame) => {
      await frame.waitForFunction(() => (window as unknown as Marks).__llPillAt, undefined, { polling: 100, timeout: 60_000 });
      return frame;
    })
    .catch((err: unknown) => {
      throw new Error(`no panel pill on the benchmark page within 60 s (does it still match the sample school's Hatchet unit?): ${(err as Error).message.split('\n')[0]}`);
    });
  // If the navigation fails first, nobody awaits this: keep its rejection from ending the process.
  painted.catch(() => undefined);
  return painted;
}

/**
 * One traced load of the page. With the extension: until its pill is painted,
 * then SETTLE_MS. Without: after load, as long as the last load with the
 * extension waited, so both sides trace windows of the same length.
 */
async function tracedLoad(context: BrowserContext, extensionId: string | null, wait: { ms: number }): Promise<LoadCost & { loadEventEnd: number }> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to trace');
  const page = await context.newPage();
  try {
    await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
    let stopped = false;
    try {
      const pill = extensionId ? pillPainted(page, extensionId) : null;
      await page.goto(CANVAS_URL, { waitUntil: 'load' });
      const loaded = performance.now();
      if (pill) {
        await pill;
        await page.waitForTimeout(SETTLE_MS);
        wait.ms = performance.now() - loaded;
      } else {
        await page.waitForTimeout(wait.ms);
      }
      const loadEventEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      stopped = true;
      return { ...analyseTrace(trace.traceEvents, extensionId), loadEventEnd };
    } finally {
      if (!stopped) await browser.stopTracing().catch(() => undefined);
    }
  } finally {
    await page.close();
  }
}

interface PanelTiming {
  /** Navigation start → pill painted. */
  total: number;
  /** Navigation start → the page's DOMContentLoaded event started (the document is parsed). */
  dcl: number;
  /** Navigation start → the page's own load event ended (the panel frame is mounted only after it, not to hold it back). */
  loaded: number;
  /** Navigation start → the content script mounted the panel iframe. */
  mount: number;
  /** Navigation start → the panel frame's DOMContentLoaded. */
  ready: number;
}

/** One load of the page, timed from its navigation start (ms). */
async function panelLatency(context: BrowserContext, extensionId: string): Promise<PanelTiming> {
  const page = await context.newPage();
  try {
    const pill = pillPainted(page, extensionId);
    await page.goto(CANVAS_URL, { waitUntil: 'commit' });
    const frame = await pill;
    const marks = await frame.evaluate(() => {
      const w = window as unknown as Marks;
      return { pill: w.__llPillAt!, mounted: w.__llFrameStart!, ready: w.__llFrameReady! };
    });
    const nav = await page.evaluate(() => {
      const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { origin: performance.timeOrigin, dcl: timing.domContentLoadedEventStart, loaded: timing.loadEventEnd };
    });
    return { total: marks.pill - nav.origin, dcl: nav.dcl, loaded: nav.loaded, mount: marks.mounted - nav.origin, ready: marks.ready - nav.origin };
  } finally {
    await page.close();
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (x: number, d = 0) => `${x.toFixed(d)} ms`;
const progress = (what: string, since: number) => process.stderr.write(`  browser: ${what} in ${((performance.now() - since) / 1000).toFixed(1)} s\n`);

export async function benchBrowser(): Promise<BenchRow[]> {
  assertChromium();
  if (!existsSync(join(PROD_EXTENSION_PATH, 'manifest.json'))) throw new Error(`no production build at ${PROD_EXTENSION_PATH} (run \`npx wxt build\`)`);

  const now = new Date();
  const backup = makeBackup(benchLibrary(now, SIZES), now);
  const json = Buffer.from(JSON.stringify(backup));
  const check = parseBackup(json.toString('utf8'));
  if (!check.ok) throw new Error(`the generated backup does not validate: ${check.error}`);
  const html = bigCanvasPage();

  const server = await startHttpsServer({ routes: (host, path) => (host === HOST && path.split('?')[0] === new URL(CANVAS_URL).pathname ? { body: html, type: 'text/html; charset=utf-8' } : null) });
  let a: LaunchedExtension | undefined;
  let b: Awaited<ReturnType<typeof launchPlain>> | undefined;
  try {
    a = await launchExtension({ extensionPath: PROD_EXTENSION_PATH, headless: true, hostMap: [HOST], port: server.port });
    b = await launchPlain(server.port);
    await a.context.addInitScript(timingMarks);
    await b.context.addInitScript(timingMarks);
    const restoreStart = performance.now();
    await loadLibrary(a, json);
    progress('library restored through the options page', restoreStart);

    // Warm-up, not measured: first loads in each browser; in A it also builds the match index.
    const warmA = await a.context.newPage();
    const pill = pillPainted(warmA, a.extensionId);
    await warmA.goto(CANVAS_URL);
    const pillText = (await (await pill).getByTestId('panel-pill').textContent())?.trim() ?? '';
    await warmA.close();
    const warmB = await b.context.newPage();
    await warmB.goto(CANVAS_URL);
    const elements = await warmB.evaluate(() => document.getElementsByTagName('*').length);
    await warmB.close();

    // (a) A,B,B,A,... so that neither side always goes first.
    let phase = performance.now();
    const withExt: (LoadCost & { loadEventEnd: number })[] = [];
    const without: (LoadCost & { loadEventEnd: number })[] = [];
    const traceWindow = { ms: SETTLE_MS };
    for (let i = 0; i < PAIRS; i++) {
      const order = i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
      for (const side of order) {
        if (side === 'A') withExt.push(await tracedLoad(a.context, a.extensionId, traceWindow));
        else without.push(await tracedLoad(b.context, null, traceWindow));
      }
    }

    progress(`${PAIRS} traced loads with and without the extension`, phase);
    phase = performance.now();

    // (b) Warm worker, then cold.
    const warm: PanelTiming[] = [];
    for (let i = 0; i < WARM; i++) warm.push(await panelLatency(a.context, a.extensionId));
    const cold: PanelTiming[] = [];
    for (let i = 0; i < COLD; i++) {
      if (await isWorkerRunning(a.context, a.extensionId)) await stopServiceWorker(a.context, a.extensionId);
      cold.push(await panelLatency(a.context, a.extensionId));
    }

    progress('panel latency, warm and cold', phase);
    phase = performance.now();


    const extCpu = withExt.map((x) => x.extCpu);
    const extWall = withExt.map((x) => x.extWall);
    const loadA = quantile(withExt.map((x) => x.loadEventEnd), 0.5);
    const loadB = quantile(without.map((x) => x.loadEventEnd), 0.5);
    const longA = sum(withExt.map((x) => x.longTaskMs));
    const longB = sum(without.map((x) => x.longTaskMs));
    const longRatio = longB === 0 ? (longA === 0 ? 1 : Infinity) : longA / longB;
    const mainA = quantile(withExt.map((x) => x.mainCpu), 0.5);
    const mainB = quantile(without.map((x) => x.mainCpu), 0.5);
    const phases = [...new Set(withExt.flatMap((x) => Object.keys(x.phases)))]
      .map((p) => `${p} ${quantile(withExt.map((x) => x.phases[p] ?? 0), 0.5).toFixed(1)}`)
      .join(', ');
    const scale = `${SIZES.units} units, ${SIZES.resources.toLocaleString('en-US')} resources, ${SIZES.contacts.toLocaleString('en-US')} contacts, ${SIZES.interactions.toLocaleString('en-US')} log entries`;
    const latency = (xs: number[]) => `p50 ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))}, max ${ms(Math.max(...xs))}`;
    const panel = (xs: PanelTiming[]) => {
      const at = (f: (x: PanelTiming) => number) => ms(quantile(xs.map(f), 0.5));
      return `${latency(xs.map((x) => x.total))} (${xs.length} loads); from the page's DOMContentLoaded: ${latency(xs.map((x) => x.total - x.dcl))}; p50 of the steps: DOMContentLoaded ${at((x) => x.dcl)}, page's own load ends ${at((x) => x.loaded)}, iframe mounted ${at((x) => x.mount)}, panel frame loaded +${at((x) => x.ready - x.mount)}, then pill (panel:get) +${at((x) => x.total - x.ready)}`;
    };
    const p50 = (xs: { total: number }[]) => quantile(xs.map((x) => x.total), 0.5);

    return [
      {
        name: `content script: main-thread work per load (canvas.js, ${elements.toLocaleString('en-US')}-element page, ${PAIRS} loads)`,
        budget: 'p95 < 8 ms',
        measured: `CPU p95 ${ms(quantile(extCpu, 0.95), 1)}, p50 ${ms(quantile(extCpu, 0.5), 1)} (p50 by task: ${phases}; wall p95 ${ms(quantile(extWall, 0.95), 1)}); whole load's main-thread CPU, medians, with ${ms(mainA, 1)} vs without ${ms(mainB, 1)}`,
        ok: quantile(extCpu, 0.95) < 8,
      },
      {
        name: `page load with / without the extension (loadEventEnd, medians of ${PAIRS} each, A/B alternated)`,
        budget: '<= 1.03x',
        measured: `${(loadA / loadB).toFixed(3)}x (${ms(loadA, 1)} vs ${ms(loadB, 1)})`,
        ok: loadA / loadB <= 1.03,
      },
      {
        name: `long tasks with / without the extension (total of tasks > 50 ms over ${PAIRS} loads each)`,
        budget: '<= 1.03x',
        measured: `${Number.isFinite(longRatio) ? longRatio.toFixed(3) : 'inf'}x (${ms(longA)} in ${sum(withExt.map((x) => x.longTasks))} tasks vs ${ms(longB)} in ${sum(without.map((x) => x.longTasks))})`,
        ok: longRatio <= 1.03,
      },
      {
        name: `panel: page open -> pill visible, warm worker (${scale})`,
        budget: 'p50 < 150 ms',
        measured: `${panel(warm)}; pill "${pillText}"`,
        ok: p50(warm) < 150,
      },
      {
        name: 'panel: page open -> pill visible, cold worker (stopped before the load)',
        budget: 'p50 < 400 ms',
        measured: panel(cold),
        ok: p50(cold) < 400,
      },
    ];
  } finally {
    await a?.close();
    await b?.close();
    await server.close();
  }
}
