// @vitest-environment happy-dom
/**
 * The week view's marker: reading event chips as plain text (Google Calendar
 * and Outlook fixtures of tests/fixtures/calendar), the background's answer
 * (positions only) against the sample school, and the marker's bookkeeping:
 * one style, marks re-applied on re-render without asking again, a cap per page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../../src/background/service';
import {
  CHIPS_PER_MESSAGE,
  MARK_ATTR,
  MAX_CHIPS_PER_PAGE,
  STYLE_ID,
  chipMarker,
  googleChips,
  outlookChips,
  readChip,
  spokenText,
  type AskChips,
  type ChipSource,
} from '../../../src/content/calendar-chips';
import { loadSampleSchool } from '../../../src/db/sample';
import { openDb } from '../../../src/db/schema';
import { updateSettings } from '../../../src/db/settings';
import { validateRequest, type CalendarChip } from '../../../src/messaging/protocol';
import { buildSampleSchool } from '../../../src/sample/school';
import { fillDate, weekPages, type WeekPage } from '../../fixtures/calendar/index';

const DIR = join(__dirname, '../../fixtures/calendar');
const DAY = '2026-11-30';
const NOW = new Date('2026-11-30T09:00:00');
const SOURCES: Record<WeekPage['site'], ChipSource> = { 'google-calendar': googleChips, outlook: outlookChips };

/** Loads a week fixture into the test document (scripts do not run in happy-dom here; the chips are static). */
function loadWeek(page: WeekPage): Document {
  const html = fillDate(readFileSync(join(DIR, page.file), 'utf8'), DAY);
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return document;
}

const chipName = (el: Element) => el.getAttribute('data-ll-chip') ?? '';
const marked = (doc: Document) => Array.from(doc.querySelectorAll(`[${MARK_ATTR}]`)).map(chipName).sort();

describe('reading chips', () => {
  it('Google Calendar: the spoken sentence without the aria-hidden copy, the visible title, emails as people', () => {
    const doc = loadWeek(weekPages[0]!);
    const chips = googleChips.chips(doc);
    expect(chips.map(chipName)).toEqual(['bus-duty', 'adeyemi', 'staff', 'donovan', 'dentist', 'marchetti', 'condo', 'shelving', 'farouk', 'carpool']);
    const adeyemi = readChip(googleChips, chips[1]!).chip;
    expect(adeyemi).toEqual({
      title: 'Co-planning with Samuel Adeyemi',
      text: '10am to 10:45am, Co-planning with Samuel Adeyemi, Library, Accepted, Library, room 104, November 30, 2026',
      people: [],
    });
    expect(readChip(googleChips, chips[5]!).chip.people).toEqual(['lmarchetti@springfieldhills.example.org']);
  });

  it('Outlook: chips are the surface buttons whose label says when; the organiser is a person', () => {
    const doc = loadWeek(weekPages[1]!);
    const chips = outlookChips.chips(doc);
    // The toolbar's "Go to next week" button has no time: not a chip.
    expect(chips.map(chipName)).toEqual(['carpool', 'donovan', 'fire-drill', 'adeyemi', 'dentist', 'lindholm', 'inventory']);
    const donovan = readChip(outlookChips, chips[1]!).chip;
    expect(donovan.title).toBe('Lunch: castle research groups');
    expect(donovan.people).toEqual(['Claire Donovan']);
    expect(donovan.text).toContain('12:10 PM to 12:40 PM');
    expect(readChip(outlookChips, chips[5]!).chip.people).toEqual(['glindholm@naturecenter.example.org']);
  });

  it('keeps markup in a title as text, and reads no attribute but the label', () => {
    const host = document.createElement('div');
    host.innerHTML = `<div data-eventchip data-eventid="x"><span>9am, &lt;img src=x onerror=alert(1)&gt; Fair</span><div aria-hidden="true"><b title="secret">&lt;b&gt;Fair</b></div></div>`;
    const { chip } = readChip(googleChips, host.firstElementChild!);
    expect(chip.text).toBe('9am, <img src=x onerror=alert(1)> Fair');
    expect(chip.title).toBe('<b>Fair');
    expect(JSON.stringify(chip)).not.toContain('secret');
    expect(spokenText(host.firstElementChild!)).toBe(chip.text);
  });
});

describe('the background answers positions only', () => {
  let service: ReturnType<typeof createService>;
  let db: ReturnType<typeof openDb>;
  const sender = { id: fakeBrowser.runtime.id, url: 'https://calendar.google.com/calendar/u/2/r/week/2026/11/30', tab: { id: 5 }, frameId: 0 };

  beforeEach(async () => {
    db = openDb(`chips-${Math.random()}`);
    await loadSampleSchool(db, buildSampleSchool(NOW));
    service = createService({ db, now: () => NOW, log: () => undefined });
  });

  for (const page of weekPages) {
    it(`${page.id}: marks the chips of sample-school contacts and no other`, async () => {
      const doc = loadWeek(page);
      const source = SOURCES[page.site];
      const els = source.chips(doc);
      const answer = (await service.onMessage({ type: 'calendar:chips', site: page.site, chips: els.map((el) => readChip(source, el).chip) }, sender)) as { marked: number[] };
      expect(Object.keys(answer)).toEqual(['marked']);
      expect(answer.marked.map((i) => chipName(els[i]!)).sort()).toEqual([...page.known].sort());
      // The fixture says who: every chip it marks as a contact's is among them.
      expect(els.filter((el) => el.hasAttribute('data-ll-contact')).map(chipName).sort()).toEqual([...page.known].sort());
    });
  }

  it('answers nothing when the librarian switched the calendar off', async () => {
    await updateSettings(db, { disabledSites: ['outlook'] });
    const chip: CalendarChip = { title: 'Lunch', text: 'Lunch, 12:10 PM, Organizer: Claire Donovan', people: ['Claire Donovan'] };
    expect(await service.onMessage({ type: 'calendar:chips', site: 'outlook', chips: [chip] }, sender)).toEqual({ marked: [] });
    expect(await service.onMessage({ type: 'calendar:chips', site: 'google-calendar', chips: [chip] }, sender)).toEqual({ marked: [0] });
  });

  it('is accepted from content scripts only, in its exact shape and size', () => {
    const ID = fakeBrowser.runtime.id;
    const ORIGIN = fakeBrowser.runtime.getURL('/');
    const chip: CalendarChip = { title: 't', text: 't', people: [] };
    const ok = (m: unknown, s = sender) => validateRequest(m, s, ID, ORIGIN).ok;
    expect(ok({ type: 'calendar:chips', site: 'outlook', chips: [chip] })).toBe(true);
    expect(ok({ type: 'calendar:chips', site: 'outlook', chips: [chip] }, { id: ID, url: `${ORIGIN}popup.html` } as never)).toBe(false);
    expect(ok({ type: 'calendar:chips', site: 'canvas', chips: [chip] })).toBe(false);
    expect(ok({ type: 'calendar:chips', site: 'outlook', chips: Array(CHIPS_PER_MESSAGE + 1).fill(chip) })).toBe(false);
    expect(ok({ type: 'calendar:chips', site: 'outlook', chips: [{ ...chip, html: '<b>' }] })).toBe(false);
    expect(ok({ type: 'calendar:chips', site: 'outlook', chips: [{ ...chip, text: 'x'.repeat(601) }] })).toBe(false);
  });
});

describe('the marker', () => {
  /** A fake background: marks chips whose text names one of `names`, and records what it was asked. */
  function fakeAsk(names: string[]) {
    const calls: CalendarChip[][] = [];
    const ask: AskChips = async (_site, chips) => {
      calls.push(chips);
      return chips.flatMap((c, i) => (names.some((n) => c.text.includes(n)) ? [i] : []));
    };
    return { ask, calls };
  }

  it('marks through one namespaced style that cannot move anything', async () => {
    const doc = loadWeek(weekPages[0]!);
    const { ask } = fakeAsk(['Adeyemi', 'Donovan']);
    const marker = chipMarker(googleChips, doc, ask);
    await marker.scan();
    expect(marked(doc)).toEqual(['adeyemi', 'donovan']);
    const styles = doc.querySelectorAll(`#${STYLE_ID}`);
    expect(styles).toHaveLength(1);
    const css = styles[0]!.textContent ?? '';
    // Only outline properties (outside the box model), keyed on our attribute, and not over the app's focus ring.
    expect(css).toMatch(new RegExp(`^\\[${MARK_ATTR}\\]:not\\(:focus-visible\\)\\{`));
    const properties = [...css.matchAll(/([a-z-]+):/g)].map((m) => m[1]).filter((p) => p !== 'not' && p !== 'focus-visible');
    expect(properties.every((p) => p!.startsWith('outline'))).toBe(true);
    await marker.scan();
    expect(doc.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
  });

  it('re-marks chips the app re-rendered (a week back and forth) without asking again', async () => {
    const doc = loadWeek(weekPages[0]!);
    const { ask, calls } = fakeAsk(['Adeyemi']);
    const grid = doc.querySelector('.OX8eBd')!;
    const week = grid.innerHTML;
    const marker = chipMarker(googleChips, doc, ask);
    await marker.scan();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(10);
    // Next week: new chips (one new event); back: the same chips rendered anew, unmarked.
    grid.innerHTML = week.replace(/Dentist/g, 'Orthodontist');
    await marker.scan();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.map((c) => c.title)).toEqual(['Orthodontist']);
    grid.innerHTML = week;
    expect(marked(doc)).toEqual([]);
    await marker.scan();
    expect(calls).toHaveLength(2);
    expect(marked(doc)).toEqual(['adeyemi']);
  });

  it('unmarks a chip whose text changed to something not involving a contact', async () => {
    const doc = loadWeek(weekPages[1]!);
    const { ask } = fakeAsk(['Claire Donovan']);
    const marker = chipMarker(outlookChips, doc, ask);
    await marker.scan();
    expect(marked(doc)).toEqual(['donovan']);
    const chip = doc.querySelector('[data-ll-chip="donovan"]')!;
    chip.setAttribute('aria-label', 'Lunch duty, 12:10 PM to 12:40 PM, Monday, November 30, 2026, Cafeteria');
    await marker.scan();
    expect(marked(doc)).toEqual([]);
  });

  it('asks in batches, at most MAX_CHIPS_PER_PAGE chips per page, and again after a failed answer', async () => {
    const doc = loadWeek(weekPages[0]!);
    const grid = doc.querySelector('.OX8eBd')!;
    const many = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => `<div data-eventchip data-eventid="e${from + i}"><span>9am, Probe ${from + i}</span></div>`).join('');
    grid.innerHTML = many(0, 250);
    let fail = true;
    const seen: number[] = [];
    const ask: AskChips = async (_site, chips) => {
      seen.push(chips.length);
      if (fail) return null;
      return [];
    };
    const marker = chipMarker(googleChips, doc, ask);
    await marker.scan();
    expect(seen).toEqual([100, 100, 50]);
    fail = false;
    await marker.scan();
    // The failed 250 count against the cap: 150 more, then nothing.
    expect(seen).toEqual([100, 100, 50, 100, 50]);
    grid.innerHTML += many(250, 300);
    await marker.scan();
    // The cap is reached: the 300 new chips are not asked about.
    expect(seen.reduce((a, b) => a + b, 0)).toBe(MAX_CHIPS_PER_PAGE);
    expect(seen).toHaveLength(5);
  });
});
