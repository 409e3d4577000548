/**
 * Canvas LMS (Instructure): hosted at *.instructure.com, or self-hosted on a
 * district's domain, recognised from its layout (`#application.ic-app`) or its
 * `ENV = {…}` script.
 */
import { first, firstText, namesIn } from './dom';
import { buildPage, hostIs, kindFromPath } from './page';
import type { SiteAdapter } from './types';

/** Rules on the path after /courses/:id. */
const RULES = [
  [/^\/?$/, 'course-home'],
  [/^\/assignments\/syllabus/, 'page'],
  [/^\/assignments\/\d/, 'assignment'],
  [/^\/(quizzes|assessments)\//, 'quiz'],
  [/^\/modules/, 'module'],
  [/^\/(pages|wiki)/, 'page'],
  [/^\/announcements/, 'announcement'],
  [/^\/discussion_topics/, 'discussion'],
  [/^\/calendar_events\/\d/, 'calendar-event'],
] as const;

const COURSE = /^\/courses\/[^/]+(.*)/;

/**
 * Students' replies and submission comments (not what the page is about, and not ours to read),
 * and the teacher's toolbars ("Edit", "Start Assignment").
 */
const SKIP = '#discussion_subentries, .discussion_subentries, .comments, .submission-details-comments, #right-side-wrapper, .header-bar, .assignment-buttons';

export const canvas: SiteAdapter = {
  id: 'canvas',
  name: 'Canvas',
  matches: ['https://*.instructure.com/*'],
  exampleUrls: ['https://springfield.instructure.com/courses/101/assignments/2001'],
  matchesUrl: (url) => hostIs(url, 'instructure.com'),
  detect(doc) {
    if (doc.querySelector('#application.ic-app, .ic-app-header, .ic-Layout-wrapper')) return true;
    return Array.from(doc.scripts).some((s) => /^\s*(window\.)?ENV\s*=/.test((s.firstChild?.nodeValue ?? '').slice(0, 40)));
  },
  pageKind(url, doc) {
    const rest = COURSE.exec(url.pathname)?.[1];
    const kind = rest === undefined ? 'other' : kindFromPath(rest, RULES);
    // Announcements are discussion topics in Canvas; the breadcrumbs tell them apart.
    if (kind === 'discussion' && doc.querySelector('#breadcrumbs a[href$="/announcements"]')) return 'announcement';
    return kind;
  },
  extract(doc, url, opts) {
    // Course ids go into selectors: only plain numbers (a strange id must not make the query throw).
    const id = /^\/courses\/(\d+)/.exec(url.pathname)?.[1];
    const crumb = id ? [`#crumb_course_${id} span`, `#breadcrumbs a[href$="/courses/${id}"]`] : [];
    return buildPage(
      this,
      doc,
      url,
      {
        root: first(doc, ['#content', '#content-wrapper']),
        // The title is the content's first heading (assignment, page and topic alike).
        courseName: firstText(doc, crumb),
        people: namesIn(doc, ['#discussion_topic .discussion-author', '#discussion_topic .author']),
        skip: SKIP,
        // Canvas keeps the exact due date in a hidden field next to the friendly "Due Nov 30".
        dateText: doc.querySelector('#assignment_show .due_date_string')?.textContent ?? '',
      },
      opts,
    );
  },
};
