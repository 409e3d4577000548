/**
 * Any page the user enables: the main content (`<main>`, `[role=main]`, a lone
 * `<article>`, else the body without header, footer, asides and navigation).
 * It is also the fallback when a site adapter fails on a redesigned page.
 */
import { buildPage, kindFromPath } from './page';
import type { SiteAdapter } from './types';

/** Words in a path that say what a page of an unknown LMS is. */
const RULES = [
  [/assignment|homework|\/assign\//i, 'assignment'],
  [/quiz/i, 'quiz'],
  [/announcement|\/news\//i, 'announcement'],
  [/discussion|forum/i, 'discussion'],
  [/module/i, 'module'],
] as const;

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Any other site you enable',
  matches: [],
  exampleUrls: ['https://library.springfield-sd.org/booklists/civil-war'],
  // Never claims a URL: it is chosen only when no other adapter does.
  matchesUrl: () => false,
  detect: () => true,
  pageKind: (url) => kindFromPath(url.pathname, RULES),
  extract(doc, url, opts) {
    return buildPage(this, doc, url, {}, opts);
  },
};
