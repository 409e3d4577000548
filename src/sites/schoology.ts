/**
 * Schoology (PowerSchool): district subdomains of schoology.com and app.schoology.com.
 * Pages keep their content in `#main-inner`, the title in `#center-top .page-title`.
 */
import { first, firstText, namesIn } from './dom';
import { buildPage, hostIs, kindFromPath } from './page';
import type { SiteAdapter } from './types';

const RULES = [
  [/^\/course\/\d+(\/materials)?\/?$/, 'course-home'],
  [/^\/course\/\d+\/updates/, 'announcement'],
  [/^\/assignment\/\d+\/assessment/, 'quiz'],
  [/^\/assignment\/\d+/, 'assignment'],
  [/^\/assessment\//, 'quiz'],
  [/^\/page\/\d+/, 'page'],
  [/^\/discussion\/\d+/, 'discussion'],
  [/^\/event\/\d+/, 'calendar-event'],
] as const;

/** Comment threads and the right column (other courses' upcoming items). */
const SKIP = '#s_comments, .s-comments-wrapper, .discussion-replies, #right-column';

export const schoology: SiteAdapter = {
  id: 'schoology',
  name: 'Schoology',
  matches: ['https://*.schoology.com/*'],
  exampleUrls: ['https://springfield.schoology.com/assignment/7001', 'https://app.schoology.com/course/5501/materials'],
  matchesUrl: (url) => hostIs(url, 'schoology.com'),
  detect: (doc) => doc.querySelector('#site-navigation-breadcrumbs, link[href*=".schoology.com/"], script[src*=".schoology.com/"]') !== null,
  pageKind: (url) => kindFromPath(url.pathname, RULES),
  extract(doc, url, opts) {
    const title = firstText(doc, ['#center-top .page-title', '.page-title']);
    const kind = this.pageKind(url, doc);
    // On a course's own pages the page title is the course name; elsewhere the breadcrumb links to the course.
    const course = kind === 'course-home' ? title : firstText(doc, ['#center-top .breadcrumb a[href*="/course/"]', '#sidebar-left .course-title']);
    return buildPage(
      this,
      doc,
      url,
      {
        root: first(doc, ['#main-inner', '#main', '#center-inner']),
        title,
        courseName: course,
        people: namesIn(doc, ['#main-inner .update-sentence-inner > a[href^="/user/"]', '#main-inner .discussion-author a[href^="/user/"]']),
        skip: SKIP,
        kind,
      },
      opts,
    );
  },
};
