/**
 * The week view's quiet marker: event chips that involve one of the
 * librarian's contacts get a thin inner ring in the chip's own text colour.
 *
 * What crosses to the background is what the page already shows, as plain
 * text: each chip's title, what a screen reader hears of it (time, title,
 * organiser, place) and the email addresses in that text. What comes back is
 * only the positions of the chips to mark: no names, no ids, nothing of her
 * data. Answers are kept per chip (its event id and text), so a chip the
 * background has answered is never sent again, even when the app re-renders it
 * after a week change.
 *
 * The marker cannot move anything: an outline (not a border) drawn inside the
 * chip's box, through one injected <style> keyed on a namespaced attribute.
 * It steps aside for the app's own focus ring.
 *
 * The trade-off, on purpose: the mark is an attribute on the page's own
 * element, so the page's scripts can read it, and so learn "this event
 * involves someone in her contacts" (never who: the attribute has no value,
 * the style names nobody). A page could plant chips with a guessed name or
 * email and watch for the mark; that is why at most MAX_CHIPS_PER_PAGE chips
 * are asked about per page load. The script only runs on Google Calendar and
 * Outlook, whose operators already hold her events and address book; people
 * who merely send her an invitation cannot run script there.
 */
import type { CalendarChip } from '../messaging/protocol';

export const MARK_ATTR = 'data-library-liaison-contact';
export const STYLE_ID = 'library-liaison-marks';
const CSS = `[${MARK_ATTR}]:not(:focus-visible){outline:1.5px solid currentColor!important;outline-offset:-3px!important}`;

/** At most this many chips are asked about per page load: a page cannot use the marker to test an address book. */
export const MAX_CHIPS_PER_PAGE = 400;
/** Chips per message (the protocol's limit). */
export const CHIPS_PER_MESSAGE = 100;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Outlook labels the organiser in a chip: "…, Organizer: David Okafor, Busy". */
const ORGANIZER = /\bOrgani[sz]er:\s*([^,]{2,80})/;
/** An event chip always says when: "1:00 PM", "13:00", "3:30pm", "All day". */
const WHEN = /\b\d{1,2}(:\d\d)?\s*[ap]\.?m\b|\b\d{1,2}:\d\d\b|\ball day\b/i;

/** Where a calendar keeps its event chips, and how to read one. */
export interface ChipSource {
  site: 'google-calendar' | 'outlook';
  /** True on this calendar's hostnames. */
  matchesUrl(url: URL): boolean;
  /** The event chips now in the document. */
  chips(doc: Document): Element[];
  /** A stable identity for the chip's event (the app's event id when it has one). */
  id(chip: Element): string;
  /** The title as the chip shows it. */
  title(chip: Element): string;
}

const collapse = (s: string | null | undefined) => (s ? s.replace(/\s+/g, ' ').trim() : '');

/**
 * What a screen reader hears of `el`: its aria-label, or its text without the
 * aria-hidden parts (Google Calendar's chips hide their visible copy and speak a
 * full sentence instead). Text only: never HTML, never layout.
 */
export function spokenText(el: Element, max = 600): string {
  const label = el.getAttribute('aria-label');
  if (label) return collapse(label).slice(0, max);
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c && out.length < max; c = c.nextSibling) {
      if (c.nodeType === 3) out += `${c.nodeValue ?? ''} `;
      else if (c.nodeType === 1 && (c as Element).getAttribute('aria-hidden') !== 'true') walk(c);
    }
  };
  walk(el);
  return collapse(out).slice(0, max);
}

/** The first non-empty text of an element without element children under `el` (the visible title line). */
function firstLeafText(el: Element | null): string {
  if (!el) return '';
  for (const leaf of Array.from(el.querySelectorAll('*'))) {
    if (leaf.childElementCount === 0) {
      const text = collapse(leaf.textContent);
      if (text) return text.slice(0, 300);
    }
  }
  return collapse(el.textContent).slice(0, 300);
}

const hostIn = (url: URL, ...hosts: string[]) => hosts.includes(url.hostname);

/**
 * Google Calendar: chips are `[data-eventchip]` buttons; the visible copy is
 * aria-hidden, a screen-reader sentence beside it says "3:30pm to 4:15pm,
 * Planning: food webs lab, Library, Accepted, room 104, November 30, 2026".
 */
export const googleChips: ChipSource = {
  site: 'google-calendar',
  matchesUrl: (url) => hostIn(url, 'calendar.google.com'),
  chips: (doc) => Array.from(doc.querySelectorAll('[data-eventchip]')),
  id: (chip) => chip.getAttribute('data-eventid') ?? '',
  title: (chip) => firstLeafText(chip.querySelector('[aria-hidden="true"]')) || spokenText(chip, 300),
};

/**
 * Outlook on the web: chips are `[role=button]` elements of the calendar
 * surface whose aria-label says what, when and who ("Planning, 1:00 PM to
 * 1:50 PM, Monday, November 30, 2026, Library, Organizer: David Okafor");
 * toolbar buttons have no time in their label and are left out.
 */
export const outlookChips: ChipSource = {
  site: 'outlook',
  matchesUrl: (url) => hostIn(url, 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'),
  chips: (doc) =>
    Array.from(doc.querySelectorAll('[data-app-section="CalendarModuleSurface"] [role=button][aria-label]')).filter((b) => WHEN.test(b.getAttribute('aria-label') ?? '')),
  id: (chip) => chip.getAttribute('data-calitemid') ?? chip.getAttribute('id') ?? '',
  title: (chip) => firstLeafText(chip) || collapse(chip.getAttribute('aria-label')).split(',')[0]!.slice(0, 300),
};

/** One chip read: what is sent (plain text) and the key its answer is kept under. */
export function readChip(source: ChipSource, chip: Element): { key: string; chip: CalendarChip } {
  const text = spokenText(chip);
  const title = source.title(chip);
  const people = [...new Set((text.match(EMAIL) ?? []).map((e) => e.toLowerCase()))];
  const organizer = ORGANIZER.exec(text)?.[1]?.trim();
  if (organizer) people.unshift(organizer);
  return { key: `${source.id(chip)}\n${title}\n${text}`, chip: { title, text, people: people.slice(0, 20) } };
}

export type AskChips = (site: ChipSource['site'], chips: CalendarChip[]) => Promise<number[] | null>;

/**
 * Keeps the marks of one document in step with its chips. `scan()` marks the
 * chips already answered at once and asks about the others (in batches, within
 * the per-page cap); call it again whenever the chips may have changed.
 */
export function chipMarker(source: ChipSource, doc: Document, ask: AskChips) {
  /** Answer per chip key: involves a contact or not. */
  const answers = new Map<string, boolean>();
  const pending = new Set<string>();
  let asked = 0;
  let scanning = false;
  let again = false;

  const ensureStyle = () => {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).append(style);
  };

  const apply = (el: Element, marked: boolean) => {
    if (marked === el.hasAttribute(MARK_ATTR)) return;
    if (marked) {
      ensureStyle();
      el.setAttribute(MARK_ATTR, '');
    } else el.removeAttribute(MARK_ATTR);
  };

  async function scan(): Promise<void> {
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    try {
      // Chips by key: an event drawn on several days is several chips with one answer.
      const byKey = new Map<string, Element[]>();
      const unknown: { key: string; chip: CalendarChip }[] = [];
      for (const el of source.chips(doc)) {
        const read = readChip(source, el);
        const known = answers.get(read.key);
        const same = byKey.get(read.key);
        if (same) same.push(el);
        else byKey.set(read.key, [el]);
        // Not answered yet: unmarked (the element may be a re-used one that showed another event).
        apply(el, known === true);
        if (known === undefined && !same && !pending.has(read.key)) unknown.push(read);
      }
      const batch = unknown.slice(0, Math.max(0, MAX_CHIPS_PER_PAGE - asked));
      asked += batch.length;
      for (let i = 0; i < batch.length; i += CHIPS_PER_MESSAGE) {
        const part = batch.slice(i, i + CHIPS_PER_MESSAGE);
        for (const u of part) pending.add(u.key);
        const marked = await ask(source.site, part.map((u) => u.chip));
        for (const u of part) pending.delete(u.key);
        // No answer (the background failed): nothing is kept, so a later scan may ask again.
        if (!marked) continue;
        part.forEach((u, j) => {
          const yes = marked.includes(j);
          answers.set(u.key, yes);
          for (const el of byKey.get(u.key) ?? []) if (el.isConnected) apply(el, yes);
        });
      }
    } finally {
      scanning = false;
    }
    if (again) {
      again = false;
      await scan();
    }
  }

  return { scan };
}
