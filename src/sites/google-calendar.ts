/**
 * Google Calendar: only an open event detail dialog (`#xDetDlg`, in a
 * `[role=dialog]`) is a page worth matching; the week or month grid alone is not.
 * The dialog writes dates without a year ("Monday, November 30"), so the date in
 * the calendar's own URL (`/r/week/2026/11/30`) is the reference year.
 */
import { attendeesIn, first, firstText } from './dom';
import { buildPage, dateInPath, hostIs } from './page';
import type { SiteAdapter } from './types';

const DIALOG = ['#xDetDlg', '[role=dialog] [data-eventid]'];

/** The open event dialog, or null (a closed one stays in the DOM, hidden). */
const openEvent = (doc: Document): Element | null => first(doc, DIALOG);

export const googleCalendar: SiteAdapter = {
  id: 'google-calendar',
  name: 'Google Calendar',
  matches: ['https://calendar.google.com/*'],
  exampleUrls: ['https://calendar.google.com/calendar/u/0/r/week/2026/11/30'],
  matchesUrl: (url) => hostIs(url, 'calendar.google.com'),
  detect: (doc) => doc.querySelector('#xDetDlg, [data-eventchip]') !== null,
  pageKind: (_url, doc) => (openEvent(doc) ? 'calendar-event' : 'other'),
  extract(doc, url, opts) {
    const dialog = openEvent(doc);
    if (!dialog) return null;
    return buildPage(
      this,
      doc,
      url,
      {
        root: dialog,
        title: firstText(dialog, ['#rAECCd', '[role=heading]', 'h1', 'h2']),
        people: attendeesIn(dialog),
        dateText: firstText(dialog, ['#xDetDlgWhen'], 500),
        ref: dateInPath(url.pathname),
        kind: 'calendar-event',
      },
      opts,
    );
  },
  watchRoot: (doc) => doc.body,
};
