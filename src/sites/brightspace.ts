/**
 * D2L Brightspace: *.brightspace.com, *.desire2learn.com, or a district domain
 * recognised by its `d2l-` body class and elements. Content topics often show
 * an uploaded HTML file in a same-origin iframe; its text is read when the
 * browser lets us (cross-origin frames are left alone).
 */
import { first, firstText, readText } from './dom';
import { buildPage, hostIs, kindFromPath } from './page';
import type { SiteAdapter } from './types';

const RULES = [
  [/^\/d2l\/home\/\d+/, 'course-home'],
  [/^\/d2l\/le\/content\/\d+\/viewContent\//, 'page'],
  [/^\/d2l\/le\/(content|lessons)\//, 'module'],
  [/^\/d2l\/(lms\/dropbox|le\/\d+\/dropbox)\//, 'assignment'],
  [/^\/d2l\/lms\/quizzing\//, 'quiz'],
  [/\/discussions\//, 'discussion'],
  [/^\/d2l\/(lms|le)\/news\//, 'announcement'],
  [/^\/d2l\/le\/calendar\/\d+\/event\//, 'calendar-event'],
] as const;

/** Text of a same-origin content frame; '' when there is none or it is cross-origin. */
function frameText(root: Element | null): string {
  try {
    const body = root?.querySelector('iframe')?.contentDocument?.body;
    return body ? readText(body, { chrome: true }) : '';
  } catch {
    return '';
  }
}

export const brightspace: SiteAdapter = {
  id: 'brightspace',
  name: 'D2L Brightspace',
  matches: ['https://*.brightspace.com/*', 'https://*.desire2learn.com/*'],
  exampleUrls: ['https://springfield.brightspace.com/d2l/le/content/6606/viewContent/12345/View'],
  matchesUrl: (url) => hostIs(url, 'brightspace.com', 'desire2learn.com'),
  detect: (doc) => doc.querySelector('body.d2l-body, d2l-navigation, .d2l-page-main, .d2l-navigation-s') !== null,
  pageKind: (url) => kindFromPath(url.pathname, RULES),
  extract(doc, url, opts) {
    const root = first(doc, ['.d2l-page-main', '[role=main]']);
    const course = firstText(doc, ['.d2l-navigation-s-title-container a', 'a.d2l-navigation-s-link[href^="/d2l/home/"]']);
    const kind = this.pageKind(url, doc);
    return buildPage(
      this,
      doc,
      url,
      {
        root,
        // The course homepage is a grid of widgets: its title is the course.
        title: kind === 'course-home' ? course : firstText(doc, ['.d2l-page-main .d2l-page-title', '.d2l-page-title']),
        courseName: course,
        // Previous/next topic links name other topics.
        skip: 'd2l-navigation-iterator',
        kind,
        extraText: frameText(root),
      },
      opts,
    );
  },
};
