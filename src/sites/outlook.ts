/**
 * Outlook on the web (work, school and personal): only an open calendar event is
 * read: the peek card (a `[role=dialog]` in Fluent's layer host) or the full
 * reading pane of `/calendar/item/…`. Mail is never read.
 */
import { attendeesIn, first, firstText, isHiddenTree, textOf } from './dom';
import { buildPage, dateInPath, hostIs } from './page';
import type { SiteAdapter } from './types';

const HEADINGS = ['[role=heading]', 'h1', 'h2', 'h3'];
const READING_PANE = /^\/calendar\/(\d+\/)?(item|deeplink\/read)\//;

/** An event card always shows a time ("1:00 PM", "13:00") or "All day"; a settings dialog does not. */
const EVENT_TIME = /\b\d{1,2}(:\d\d)?\s*[ap]\.?m\b|\b\d{1,2}:\d\d\b|\ball day\b/i;

/** The open event: a peek card with a heading and a time, or the reading pane of an item URL. */
function openEvent(doc: Document, url: URL): Element | null {
  if (!url.pathname.startsWith('/calendar')) return null;
  if (READING_PANE.test(url.pathname)) return first(doc, ['[data-app-section="CalendarItemReadingPane"]', '[role=main]']);
  for (const dialog of Array.from(doc.querySelectorAll('[role=dialog]'))) {
    if (!isHiddenTree(dialog) && first(dialog, HEADINGS) && EVENT_TIME.test(textOf(dialog, 2000))) return dialog;
  }
  return null;
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  name: 'Outlook on the web',
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  exampleUrls: ['https://outlook.office.com/calendar/view/week'],
  matchesUrl: (url) => hostIs(url, 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'),
  detect: (doc) => doc.querySelector('[data-app-section^="Calendar"]') !== null,
  pageKind: (url, doc) => (openEvent(doc, url) ? 'calendar-event' : 'other'),
  extract(doc, url, opts) {
    const event = openEvent(doc, url);
    if (!event) return null;
    return buildPage(
      this,
      doc,
      url,
      {
        root: event,
        title: firstText(event, HEADINGS),
        people: attendeesIn(event),
        ref: dateInPath(url.pathname),
        kind: 'calendar-event',
      },
      opts,
    );
  },
  watchRoot: (doc) => doc.body,
};
