/**
 * Moodle: almost always self-hosted, so it is recognised from the page itself
 * (`body#page-mod-assign-view` with `pagelayout-…`/`path-…` classes, or the
 * `M.cfg` script). MoodleCloud is the hosted service.
 */
import type { PageKind } from '../core/types';
import { first, firstText, namesIn } from './dom';
import { buildPage, hostIs, kindFromPath } from './page';
import type { SiteAdapter } from './types';

const RULES = [
  [/^\/course\/view\b/, 'course-home'],
  [/^\/course\/section\b/, 'module'],
  [/^\/mod\/assign\//, 'assignment'],
  [/^\/mod\/quiz\//, 'quiz'],
  [/^\/mod\/forum\//, 'discussion'],
  [/^\/mod\/(page|book|resource|url|folder|wiki|glossary)\//, 'page'],
  [/^\/mod\/lesson\//, 'module'],
  [/^\/calendar\/event\b/, 'calendar-event'],
] as const;

/** Students' replies, the next/previous activity and discussion links, side blocks: other pages' words. */
const SKIP = '[data-region="replies-container"], .activity-navigation, .discussion-nav, [data-block], #page-footer';

/** `page-mod-assign-view` → `/mod/assign/view`: the body id names the script, even behind friendly URLs. */
function pathFromBody(doc: Document): string {
  const id = doc.body?.id ?? '';
  return id.startsWith('page-') ? id.slice(4).replace(/-/g, '/') : '';
}

/** Inside a course: the body has `course-N` with N other than 1 (1 is the site's front page). */
function inCourse(doc: Document): boolean {
  const n = /\bcourse-(\d+)\b/.exec(doc.body?.className ?? '')?.[1];
  return n !== undefined && n !== '1';
}

export const moodle: SiteAdapter = {
  id: 'moodle',
  name: 'Moodle',
  matches: ['https://*.moodlecloud.com/*'],
  exampleUrls: ['https://springfield.moodlecloud.com/course/view.php?id=12'],
  matchesUrl: (url) => hostIs(url, 'moodlecloud.com'),
  detect(doc) {
    const body = doc.body;
    if (body && body.id.startsWith('page-') && /\b(pagelayout|path)-/.test(body.className)) return true;
    return Array.from(doc.scripts).some((s) => (s.firstChild?.nodeValue ?? '').slice(0, 600).includes('M.cfg'));
  },
  pageKind(url, doc) {
    let kind: PageKind = kindFromPath(url.pathname, RULES);
    if (kind === 'other') kind = kindFromPath(pathFromBody(doc), RULES);
    // The course's Announcements forum is a forum like the others, but named so in the breadcrumbs.
    if (kind === 'discussion' && /\bAnnouncements\b/.test(firstText(doc, ['.breadcrumb', '#page-navbar'], 500))) return 'announcement';
    return kind;
  },
  extract(doc, url, opts) {
    const courseHere = inCourse(doc);
    // Moodle's page header shows the course's full name; the breadcrumb its short name.
    const course = courseHere ? firstText(doc, ['#page-header .page-header-headings h1', '.page-context-header h1', '#page-header h1']) : '';
    const code = courseHere ? firstText(doc, ['.breadcrumb a[href*="/course/view.php"]']) : '';
    const kind = this.pageKind(url, doc);
    const root = first(doc, ['#region-main [role=main]', '#region-main', '[role=main]']);
    return buildPage(
      this,
      doc,
      url,
      {
        root,
        title:
          kind === 'course-home'
            ? course
            : firstText(doc, ['.firstpost [data-region-content="forum-post-core-subject"]', '#maincontent + h2', '#region-main h2', '#page-header h1']),
        courseName: course,
        courseCode: code && code !== course ? code : '',
        people: root ? namesIn(root, ['.firstpost header a[href*="/user/view.php"]']) : [],
        skip: SKIP,
        kind,
      },
      opts,
    );
  },
};
