/**
 * Prompts on the calendar, as the librarian meets them: the e2e build in real
 * Chromium with the sample school, Google Calendar and Outlook on the web served
 * on their real hostnames (pages in tests/fixtures/calendar/, dated yesterday at
 * serve time), the panel for a meeting with a teacher, silence for a meeting of
 * strangers, a hostile event title that stays text, "Log this meeting" through
 * to the log and the contact's check-in status, the week view's marker on
 * chips that involve a contact, and the calendar import screen.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  HOSTILE_TITLE,
  SCHOOL_YEAR_ICS,
  calendarHosts,
  calendarPages,
  calendarRoutes,
  calendarUrl,
  fillIcsDates,
  weekPages,
  type CalendarPage,
} from '../fixtures/calendar/index';
import {
  E2E_EXTENSION_PATH,
  launchExtension,
  loadSampleSchool,
  openExtensionPage,
  recordRequests,
  startHttpsServer,
  type HttpsServer,
  type LaunchedExtension,
} from './harness';

/** A local calendar day, `offset` days from today, as YYYY-MM-DD (the browser runs on this machine's clock and zone). */
function localDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const today = localDay(0);
const yesterday = localDay(-1);
const page = (id: CalendarPage['id']) => calendarPages.find((p) => p.id === id)!;
const urlOf = (id: CalendarPage['id']) => calendarUrl(page(id), yesterday);

let server: HttpsServer;
let ext: LaunchedExtension;
let network: ReturnType<typeof recordRequests>;
/** Per page, what the pill said and the milliseconds from navigation to it: printed at the end; the times set the wait for "nothing appears". */
const timings: Record<string, number | string> = {};

beforeAll(async () => {
  server = await startHttpsServer({ routes: calendarRoutes(yesterday) });
  ext = await launchExtension({ extensionPath: E2E_EXTENSION_PATH, headless: true, hostMap: calendarHosts, port: server.port });
  network = recordRequests(ext);
  await loadSampleSchool(ext.context, ext.extensionId);
});

afterAll(async () => {
  if (Object.keys(timings).length > 0) console.table(timings);
  network?.stop();
  await ext?.close();
  await server?.close();
});

const PANEL = () => `iframe[src^="chrome-extension://${ext.extensionId}/panel.html"]`;

async function panelFrame(tab: Page): Promise<Frame> {
  const handle = await tab.waitForSelector(PANEL(), { timeout: 10_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('panel iframe has no frame');
  return frame;
}

/** Opens a calendar page and waits for the panel's pill; records how long it took. */
async function openWithPanel(id: CalendarPage['id']): Promise<{ tab: Page; frame: Frame; pill: string }> {
  const tab = await ext.context.newPage();
  const started = performance.now();
  await tab.goto(urlOf(id));
  const frame = await panelFrame(tab);
  const pill = frame.getByTestId('panel-pill');
  await pill.waitFor();
  timings[`${id}: page open → pill (ms)`] = Math.round(performance.now() - started);
  const text = (await pill.textContent()) ?? '';
  timings[`${id}: pill`] = text;
  return { tab, frame, pill: text };
}

/** The People section of an opened panel: each contact's name and check-in status text. */
async function people(frame: Frame): Promise<{ heading: string; rows: { name: string; href: string; status: string }[] }> {
  const section = frame.locator('section[aria-labelledby="p-people"]');
  await section.waitFor();
  const heading = (await section.locator('h3').textContent()) ?? '';
  const rows = await section.locator('li').evaluateAll((lis) =>
    lis.map((li) => ({
      name: li.querySelector('a')?.textContent ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      status: li.querySelector('[data-testid="panel-contact-status"]')?.textContent ?? '',
    })),
  );
  return { heading, rows };
}

/** The check-in status line on a contact's page in the options (`href` as the panel links it). */
async function contactPageStatus(href: string): Promise<string> {
  const options = await openExtensionPage(ext.context, ext.extensionId, `options.html${new URL(href).hash}`);
  try {
    // The status sentence: a paragraph of its own, or a part of the "Last contact" paragraph.
    const status = options.locator('p[class^="status-"], p > [class^="status-"]').first();
    await status.waitFor();
    return (await status.textContent()) ?? '';
  } finally {
    await options.close();
  }
}

/** Clicks "Log this meeting" and returns the quick-log window it opens, loaded. */
async function logThisMeeting(frame: Frame): Promise<Page> {
  const [popup] = await Promise.all([ext.context.waitForEvent('page', { timeout: 10_000 }), frame.getByTestId('panel-log-meeting').click()]);
  await popup.waitForLoadState('domcontentloaded');
  await popup.getByTestId('ql-notes').waitFor();
  return popup;
}

/** axe-core's WCAG 2 A/AA violations on a page, as "rule: target" lines (run through DevTools, so the extension's CSP allows it). */
async function axeViolations(p: Page): Promise<string[]> {
  await p.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** The window flag that the hostile markup would set if it ever ran. */
const pwned = (p: Page | Frame) => p.evaluate(() => (window as unknown as { __llPwned?: string }).__llPwned ?? null);

describe('the panel on calendar events', () => {
  it('shows a meeting with a sample teacher on Google Calendar: the pill, People with the check-in status', async () => {
    const { tab, frame, pill } = await openWithPanel('food-webs');
    // The event is about the sample unit on food webs, taught by Samuel Adeyemi: the pill names the unit or him.
    expect(pill).toMatch(/^(Ecosystem Dynamics · \d+ resources?|Samuel Adeyemi · last contact \d+ days ago)$/);
    await frame.getByTestId('panel-pill').click();
    const { heading, rows } = await people(frame);
    expect(heading).toBe('People');
    const samuel = rows.find((r) => r.name === 'Samuel Adeyemi');
    // The sample log last talked to him a few school days ago: the panel says what his contact page says.
    expect(samuel?.status).toMatch(/^Last contact \d+ days ago · /);
    expect(samuel?.href).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/options\\.html#/contacts/\\d+$`));
    // Both come from the same check-in computation: the contact page's status is (part of) the panel's.
    expect(samuel?.status).toContain(await contactPageStatus(samuel!.href));
    // The event was yesterday: it can be logged.
    await expect(frame.getByTestId('panel-log-meeting').textContent()).resolves.toBe('Log this meeting');
    await tab.close();
  });

  it('shows a meeting with a sample teacher in an Outlook reading pane', async () => {
    const { tab, frame, pill } = await openWithPanel('middle-ages');
    expect(pill).toMatch(/^(The Middle Ages · \d+ resources?|Claire Donovan · last contact \d+ days ago)$/);
    await frame.getByTestId('panel-pill').click();
    const { heading, rows } = await people(frame);
    expect(heading).toBe('People');
    const claire = rows.find((r) => r.name === 'Claire Donovan');
    expect(claire?.status).toMatch(/^Last contact \d+ days ago · /);
    expect(claire?.status).toContain(await contactPageStatus(claire!.href));
    await tab.close();
  });

  it('shows nothing for a meeting of strangers, on Google Calendar or Outlook', async () => {
    // Wait at least three times as long as the slowest panel took to appear above.
    const wait = Math.max(2500, 3 * Math.max(...Object.values(timings).filter((v) => typeof v === 'number')));
    for (const id of ['google-strangers', 'outlook-strangers'] as const) {
      const tab = await ext.context.newPage();
      await tab.goto(urlOf(id));
      await expect(tab.locator('h1, [role=heading]').first().textContent()).resolves.toContain(page(id).title);
      await tab.waitForTimeout(wait);
      expect(await tab.locator('iframe[src^="chrome-extension://"]').count()).toBe(0);
      await tab.close();
    }
    const served = server.served.filter((s) => s.status === 200).map((s) => `${s.host}${s.path}`);
    expect(served).toEqual(expect.arrayContaining(['google-strangers', 'outlook-strangers'].map((id) => urlOf(id as CalendarPage['id']).replace('https://', ''))));
  });

  it('keeps a hostile event title as text: nothing injected runs, in the page, the panel, the log window or the log', async () => {
    const { tab, frame, pill } = await openWithPanel('hostile');
    // No unit here: the pill names the principal, found by her email among the guests.
    expect(pill).toMatch(/^Linda Marchetti · /);
    await frame.getByTestId('panel-pill').click();
    expect((await people(frame)).rows.map((r) => r.name)).toEqual(['Linda Marchetti']);
    // The page shows its own title as text, and the extension put nothing into the page but its frame.
    await expect(tab.locator('#rAECCd').textContent()).resolves.toBe(HOSTILE_TITLE);
    expect(await tab.locator('img[src="x"], script:not([nonce]), iframe:not([src^="chrome-extension://"])').count()).toBe(0);
    expect(await pwned(tab)).toBeNull();
    // The panel renders no element from the page: no image at all, no script but its own.
    expect(await frame.locator('img, iframe, object, embed').count()).toBe(0);
    // It shows the event's title, as literal text.
    await expect(frame.getByTestId('panel-event-title').locator('strong').textContent()).resolves.toBe(HOSTILE_TITLE);
    expect(await pwned(frame)).toBeNull();

    // The title travels to the log window as the meeting's note: as literal text.
    const popup = await logThisMeeting(frame);
    await expect(popup.getByTestId('ql-notes').inputValue()).resolves.toBe(HOSTILE_TITLE);
    expect(await popup.locator('img, iframe').count()).toBe(0);
    await popup.getByTestId('ql-save').click();
    await popup.getByText('Saved to your log.').waitFor();
    expect(await pwned(popup)).toBeNull();
    await popup.close();

    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/log');
    const entry = options.locator('[data-testid="log-list"] li', { hasText: 'lmarchetti@springfieldhills.example.org' });
    await entry.waitFor();
    await expect(entry.getByText(HOSTILE_TITLE, { exact: true }).count()).resolves.toBe(1);
    await expect(entry.textContent()).resolves.toContain('Linda Marchetti');
    expect(await options.locator('[data-testid="log-list"] img, [data-testid="log-list"] script').count()).toBe(0);
    expect(await pwned(options)).toBeNull();
    expect(await pwned(tab)).toBeNull();
    await options.close();
    await tab.close();
  });
});

describe('"Log this meeting"', () => {
  it('opens the quick log prefilled (meeting, yesterday, the teacher), saves with Enter, and restarts his check-in timer', async () => {
    const { tab, frame } = await openWithPanel('food-webs');
    await frame.getByTestId('panel-pill').click();
    const samuel = (await people(frame)).rows.find((r) => r.name === 'Samuel Adeyemi')!;
    const contactId = /#\/contacts\/(\d+)$/.exec(samuel.href)?.[1];
    expect(contactId).toBeDefined();

    const before = await contactPageStatus(samuel.href);
    const popup = await logThisMeeting(frame);
    const params = new URL(popup.url()).searchParams;
    expect([params.get('kind'), params.get('date'), params.get('contacts')?.split(',')]).toEqual(['meeting', yesterday, expect.arrayContaining([contactId])]);
    await expect(popup.locator('#quicklog-title').textContent()).resolves.toBe('Log: meeting');
    await expect(popup.locator('#ql-kind').inputValue()).resolves.toBe('meeting');
    await expect(popup.locator('#ql-date').inputValue()).resolves.toBe(yesterday);
    await expect(popup.locator('.picker-box .tag').allTextContents()).resolves.toContainEqual(expect.stringContaining('Samuel Adeyemi'));
    await expect(popup.getByTestId('ql-notes').inputValue()).resolves.toBe('Planning: food webs lab');
    await popup.getByTestId('ql-notes').focus();
    await popup.keyboard.press('Enter');
    await popup.getByText('Saved to your log.').waitFor();
    await popup.close();

    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/log');
    const entry = options.locator('[data-testid="log-list"] li', { hasText: 'Planning: food webs lab' });
    await entry.waitFor();
    await expect(entry.locator('.tag').textContent()).resolves.toBe('Meeting');
    await expect(entry.textContent()).resolves.toContain(yesterday);
    await expect(entry.textContent()).resolves.toContain('Samuel Adeyemi');

    await options.close();
    const after = await contactPageStatus(samuel.href);
    expect(after).not.toBe(before);

    // The panel says so too, the next time the event is opened.
    await tab.reload();
    const again = await panelFrame(tab);
    await again.getByTestId('panel-pill').click();
    const status = (await people(again)).rows.find((r) => r.name === 'Samuel Adeyemi')?.status;
    expect(status).toMatch(/^Last contact yesterday · /);
    expect(status).toContain(after);
    await tab.close();
  });
});

describe('the week view marker', () => {
  const MARK = 'data-library-liaison-contact';
  /** Every chip's name (data-ll-chip), whether it is marked, its outline style and its bounding box. */
  const chips = (tab: Page) =>
    tab.locator('[data-ll-chip]').evaluateAll((els, mark) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('data-ll-chip') ?? '', marked: el.hasAttribute(mark), outline: getComputedStyle(el).outlineStyle, box: [r.x, r.y, r.width, r.height] };
      }),
    MARK);

  for (const week of weekPages) {
    it(`${week.id}: marks the chips of her contacts, no other, without moving a pixel`, async () => {
      const tab = await ext.context.newPage();
      await tab.goto(calendarUrl(week, yesterday));
      await tab.waitForFunction(([mark, n]) => document.querySelectorAll(`[${mark}]`).length >= n, [MARK, week.known.length] as const, { timeout: 10_000 });
      const withMarks = await chips(tab);
      expect(withMarks.filter((c) => c.marked).map((c) => c.name).sort()).toEqual([...week.known].sort());
      expect(withMarks.filter((c) => !c.marked).map((c) => c.name).sort()).toEqual([...week.unknown].sort());
      // The marker is drawn (an outline), and only on marked chips.
      expect(new Set(withMarks.map((c) => `${c.marked}:${c.outline}`))).toEqual(new Set(['true:solid', 'false:none']));
      // The same layout without the marker's style: every chip's box is unchanged.
      await tab.evaluate(() => ((document.getElementById('library-liaison-marks') as HTMLStyleElement).disabled = true));
      const without = await chips(tab);
      expect(without.every((c) => c.outline === 'none')).toBe(true);
      expect(without.map((c) => c.box)).toEqual(withMarks.map((c) => c.box));
      // The page learned positions only: the marks carry no value, and no text of ours entered the page.
      expect(await tab.locator(`[${MARK}]:not([${MARK}=""])`).count()).toBe(0);
      await expect(tab.locator('#library-liaison-marks').textContent()).resolves.not.toMatch(/@|Adeyemi|Donovan/);
      expect(await tab.locator('iframe').count()).toBe(0);
      await tab.close();
    });
  }

  it('opens the panel as soon as a chip opens its event, and removes it when the event closes', async () => {
    for (const week of weekPages) {
      const tab = await ext.context.newPage();
      await tab.goto(calendarUrl(week, yesterday));
      // The script is running once the marks are there.
      await tab.locator(`[data-ll-chip="${week.dialogChip}"][${MARK}]`).waitFor({ timeout: 10_000 });
      await tab.locator(`[data-ll-chip="${week.dialogChip}"]`).click();
      const frame = await panelFrame(tab);
      const pill = (await frame.getByTestId('panel-pill').textContent({ timeout: 10_000 })) ?? '';
      timings[`${week.id}: chip click → pill`] = pill;
      expect(pill.length).toBeGreaterThan(0);
      await frame.getByTestId('panel-pill').click();
      expect((await people(frame)).rows.map((r) => r.name)).toContain(week.dialogContact);
      await tab.getByRole('button', { name: 'Close' }).first().click();
      await tab.waitForSelector(PANEL(), { state: 'detached', timeout: 5_000 });
      await tab.close();
    }
  });
});

describe('calendar import', () => {
  const ics = () => Buffer.from(fillIcsDates(readFileSync(SCHOOL_YEAR_ICS, 'utf8'), today));
  const winter = { start: localDay(-40), end: localDay(-31) };
  const pond = { start: localDay(10), end: localDay(30) };

  it('lists the events with guesses, and imports a break, a unit and a meeting in one go', async () => {
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/contacts');
    await options.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calendar import' }).click();
    await options.getByRole('heading', { name: 'Calendar import', level: 1 }).waitFor();
    expect(new URL(options.url()).hash).toBe('#/calendar');

    const started = performance.now();
    await options.getByTestId('calendar-file').setInputFiles({ name: 'school-year.ics', mimeType: 'text/calendar', buffer: ics() });
    const rows = options.getByTestId('calendar-row');
    await rows.first().waitFor();
    timings['calendar import: file chosen → table (ms)'] = Math.round(performance.now() - started);

    // Recurrences are expanded: the weekly lunch club is four rows, marked as repeating.
    expect(await rows.count()).toBe(8);
    const lunch = rows.filter({ hasText: 'Library lunch club' });
    expect(await lunch.count()).toBe(4);
    expect(await lunch.locator('.tag', { hasText: 'repeats' }).count()).toBe(4);
    await expect(options.getByTestId('calendar-problems').textContent()).resolves.toContain('line 40 is not an iCalendar line and was ignored: "this line is not iCalendar"');

    const row = (text: string) => rows.filter({ hasText: text });
    const choice = (text: string) => row(text).getByTestId('calendar-choice');
    // Guesses: the multi-day winter break is a break; everything else is ignored.
    await expect(choice('Winter Break').inputValue()).resolves.toBe('break');
    await expect(row('Winter Break').textContent()).resolves.toContain(`${winter.start} – ${winter.end}`);
    await expect(row('Winter Break').textContent()).resolves.toContain('All day');
    for (const text of ['Pond Ecosystems Field Study', 'Co-planning: food webs lab stations', 'PTA']) await expect(choice(text).inputValue()).resolves.toBe('ignore');
    await expect(row('Co-planning').textContent()).resolves.toContain('15:30');
    await expect(row('Co-planning').textContent()).resolves.toContain('Samuel Adeyemi');
    // A meeting can only be logged once it has happened.
    await expect(choice('Pond Ecosystems').locator('option[value="meeting"]').isDisabled()).resolves.toBe(true);
    // The hostile summary is text.
    await expect(row('PTA').getByTestId('calendar-title').textContent()).resolves.toBe(`<img src=x onerror="window.__llPwned='ics'"> PTA <b>family literacy</b> night`);
    expect(await options.locator('[data-testid="calendar-events"] img, [data-testid="calendar-events"] b').count()).toBe(0);

    // The screen passes axe's WCAG 2 A/AA checks with the table shown.
    expect(await axeViolations(options)).toEqual([]);

    // Bulk buttons set every row, and "Back to the guesses" restores them.
    await options.getByRole('group', { name: 'Set every event to' }).getByRole('button', { name: 'Unit' }).click();
    await expect(options.getByTestId('calendar-import').textContent()).resolves.toBe('Import 8 events');
    await options.getByRole('button', { name: 'Back to the guesses' }).click();
    await expect(options.getByTestId('calendar-import').textContent()).resolves.toBe('Import 1 event');

    await choice('Pond Ecosystems').selectOption('unit');
    await choice('Co-planning').selectOption('meeting');
    await expect(options.getByTestId('calendar-import').textContent()).resolves.toBe('Import 3 events');
    await options.getByTestId('calendar-import').click();
    await expect(options.getByTestId('calendar-status').textContent()).resolves.toBe('Imported from school-year.ics: 1 school break, 1 unit, 1 meeting.');
    expect(await pwned(options)).toBeNull();

    // Settings shows the break, Units the unit, the Log the meeting with the teacher.
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#/settings`);
    const firstDay = options.getByLabel('First day off of Winter Break', { exact: true });
    await firstDay.waitFor();
    await expect(firstDay.inputValue()).resolves.toBe(winter.start);
    await expect(options.getByLabel('Last day off of Winter Break', { exact: true }).inputValue()).resolves.toBe(winter.end);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#/units`);
    const unit = options.locator('[data-testid="units-table"] tr', { hasText: 'Pond Ecosystems Field Study' });
    await unit.waitFor();
    await expect(unit.textContent()).resolves.toContain(`${pond.start} – ${pond.end}`);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#/log`);
    const entry = options.locator('[data-testid="log-list"] li', { hasText: 'Co-planning: food webs lab stations' });
    await entry.waitFor();
    await expect(entry.locator('.tag').textContent()).resolves.toBe('Meeting');
    await expect(entry.textContent()).resolves.toContain(localDay(-3));
    await expect(entry.textContent()).resolves.toContain('Samuel Adeyemi');
    await options.close();
  });

  it('adds nothing the second time the same file is imported, and says why', async () => {
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html#/calendar');
    await options.getByTestId('calendar-file').setInputFiles({ name: 'school-year.ics', mimeType: 'text/calendar', buffer: ics() });
    const rows = options.getByTestId('calendar-row');
    await rows.first().waitFor();
    await rows.filter({ hasText: 'Pond Ecosystems' }).getByTestId('calendar-choice').selectOption('unit');
    await rows.filter({ hasText: 'Co-planning' }).getByTestId('calendar-choice').selectOption('meeting');
    await options.getByTestId('calendar-import').click();
    const status = (await options.getByTestId('calendar-status').textContent()) ?? '';
    expect(status).toMatch(/^Imported from school-year\.ics: 0 school breaks, 0 units, 0 meetings\. 3 chosen events were already there or not yet due: /);
    expect(status).toContain(`a break from ${winter.start} to ${winter.end} is already in the school year`);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#/log`);
    await options.getByTestId('log-list').waitFor();
    expect(await options.locator('[data-testid="log-list"] li', { hasText: 'Co-planning: food webs lab stations' }).count()).toBe(1);
    await options.close();
  });
});

describe('privacy', () => {
  it('made no request anywhere outside the extension and the mapped calendar hosts', () => {
    expect(network.requests).toEqual([]);
  });
});
