/**
 * Google Classroom (classroom.google.com only). A single-page app: each page is
 * a `<c-wiz>` added to the body, and the pages visited before stay there,
 * hidden, so only the visible one is read. Class names are generated, so the
 * adapter relies on roles, headings and links, not on classes.
 */
import { collapse, first, firstText, isHidden, readText } from './dom';
import { buildPage, hostIs, kindFromPath } from './page';
import type { SiteAdapter } from './types';

const RULES = [
  [/^\/c\/[^/]+\/?$/, 'course-home'],
  [/^\/c\/[^/]+\/(a|sa|mc)\/[^/]+/, 'assignment'],
  [/^\/c\/[^/]+\/m\/[^/]+/, 'page'],
  [/^\/c\/[^/]+\/p\/[^/]+/, 'announcement'],
  [/^\/w\/[^/]+/, 'module'],
] as const;

/** Class comments and private comments: students' words, not the assignment. */
const SKIP = '[aria-label*="comment" i], [data-comment-id]';

/** The path without the account prefix: /u/1/c/… → /c/…. */
const path = (url: URL): string => url.pathname.replace(/^\/u\/\d+/, '');

/** The visible page: the last `<c-wiz>` child of body not hidden, its main region if it has one. */
function currentPage(doc: Document): Element | null {
  const pages = Array.from(doc.body?.children ?? []).filter((p) => p.localName === 'c-wiz' && !isHidden(p));
  const page = pages[pages.length - 1];
  return page ? (first(page, ['[role=main]', 'main']) ?? page) : null;
}

/** "Maria Alvarez • Nov 16": the byline under a post's title names its teacher. */
function author(root: Element): string[] {
  const line = firstText(root, ['h1 ~ div', 'h1 + *'], 200);
  const name = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*[•·]/u.exec(line)?.[1];
  return name ? [name] : [];
}

export const classroom: SiteAdapter = {
  id: 'classroom',
  name: 'Google Classroom',
  matches: ['https://classroom.google.com/*'],
  exampleUrls: ['https://classroom.google.com/c/NzE0MjU2/a/ODI1MzQ1/details'],
  matchesUrl: (url) => hostIs(url, 'classroom.google.com'),
  // Classroom is only ever served from classroom.google.com: the hostname says it all.
  detect: () => false,
  pageKind: (url) => kindFromPath(path(url), RULES),
  extract(doc, url, opts) {
    const root = currentPage(doc);
    // The class id goes into selectors: only the characters Classroom ids are made of.
    const id = /^\/[cw]\/([\w-]+)/.exec(path(url))?.[1];
    // The class name is the banner's link back to the class stream.
    const link = id ? first(doc, [`[role=banner] a[href*="/c/${id}"]`, `header a[href*="/c/${id}"]`]) : null;
    return buildPage(
      this,
      doc,
      url,
      {
        root,
        title: root ? firstText(root, ['h1', '[role=heading][aria-level="1"]', 'h2']) : '',
        courseName: collapse(link?.getAttribute('aria-label')?.split(',')[0]) || readText(link, { max: 200 }),
        people: root ? author(root) : [],
        skip: SKIP,
      },
      opts,
    );
  },
  watchRoot: (doc) => doc.body,
};
