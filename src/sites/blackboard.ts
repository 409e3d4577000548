/**
 * Blackboard Learn, both faces: Original (`/webapps/…`, `#contentPanel`,
 * course menu palette) and Ultra (`/ultra/…`, an Angular app whose items open
 * in a side "peek" panel over the course outline).
 */
import { collapse, first, firstText, isHiddenTree } from './dom';
import { buildPage, hostIs, kindFromPath } from './page';
import type { SiteAdapter } from './types';

const RULES = [
  [/^\/ultra\/courses\/[^/]+\/outline\/(assessment|assignment)\//, 'assignment'],
  [/^\/ultra\/courses\/[^/]+\/outline\/(edit\/)?document\//, 'page'],
  [/^\/ultra\/courses\/[^/]+\/outline\/folder/, 'module'],
  [/^\/ultra\/courses\/[^/]+(\/outline)?\/?$/, 'course-home'],
  [/^\/ultra\/courses\/[^/]+\/announcements/, 'announcement'],
  [/^\/ultra\/courses\/[^/]+\/discussions/, 'discussion'],
  [/^\/webapps\/blackboard\/execute\/(courseMain|launcher)/, 'course-home'],
  [/^\/webapps\/blackboard\/content\/listContent/, 'module'],
  [/^\/webapps\/blackboard\/content\/contentWrapper/, 'page'],
  [/^\/webapps\/assignment\//, 'assignment'],
  [/^\/webapps\/assessment\//, 'quiz'],
  [/^\/webapps\/blackboard\/execute\/announcement/, 'announcement'],
  [/^\/webapps\/discussionboard\//, 'discussion'],
] as const;

/** An open Ultra peek panel is what the user is looking at; they stack, the last one on top. */
const PEEK = '.bb-offcanvas-panel';

function topPeek(doc: Document): Element | null {
  const open = Array.from(doc.querySelectorAll(PEEK)).filter((p) => !isHiddenTree(p));
  return open[open.length - 1] ?? null;
}

export const blackboard: SiteAdapter = {
  id: 'blackboard',
  name: 'Blackboard Learn',
  matches: ['https://*.blackboard.com/*'],
  exampleUrls: ['https://springfield.blackboard.com/ultra/courses/_123_1/outline'],
  matchesUrl: (url) => hostIs(url, 'blackboard.com'),
  detect: (doc) => doc.querySelector('#globalNavPageNavArea, #courseMenuPalette, bb-base-layout, .bb-offcanvas-panel') !== null,
  pageKind: (url) => kindFromPath(url.pathname, RULES),
  extract(doc, url, opts) {
    const peek = topPeek(doc);
    const palette = doc.querySelector('#courseMenuPalette_paletteTitleHeading span[title]');
    const kind = this.pageKind(url, doc);
    const course = firstText(doc, ['#courseMenuPalette_paletteTitleHeading span', '#courseMenu_link', '.course-title', `${PEEK} .panel-breadcrumbs a`]);
    return buildPage(
      this,
      doc,
      url,
      {
        root: peek ?? first(doc, ['#contentPanel #content', '#content', '#main-content', 'main']),
        title:
          kind === 'course-home'
            ? course
            : firstText(peek ?? doc, ['#pageTitleText', '.panel-title', 'h1', 'h2']),
        courseName: course,
        courseCode: collapse(palette?.getAttribute('title')),
        skip: '.bb-offcanvas-panel .comments, #discussion-replies',
        kind,
      },
      opts,
    );
  },
};
