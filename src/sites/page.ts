/**
 * Assembles a PageContext from what an adapter found, with the same fallbacks
 * for every site: no main element → the generic reading; no title → the first
 * heading, then the document title; dates and people also looked for in the text.
 */
import type { IsoDate, PageContext, PageKind } from '../core/types';
import { findDates, localIso } from './dates';
import { MAX_TEXT, clip, docTitle, findMain, firstText, peopleFromText, readText, uniq } from './dom';
import type { ReadOptions, SiteAdapter } from './types';

/** Less text than this is nothing worth matching (a loading screen, an empty shell). */
const MIN_TEXT = 20;

export interface PageParts {
  /** Main content element; when missing (an LMS redesign), the generic reading is used. */
  root?: Element | null;
  title?: string;
  courseName?: string;
  courseCode?: string;
  people?: string[];
  /** Selector of subtrees to leave out of the text, such as students' comments. */
  skip?: string;
  /** Text from elsewhere that belongs to the content (a same-origin content frame). */
  extraText?: string;
  /** Extra text to look for dates in (a hidden due-date field, an event's time line). */
  dateText?: string;
  /** Reference day for year-less dates when the caller gave no `now` (a calendar's URL date). */
  ref?: Date;
  kind?: PageKind;
}

export function buildPage(site: SiteAdapter, doc: Document, url: URL, parts: PageParts, opts: ReadOptions = {}): PageContext | null {
  let root = parts.root ?? null;
  let chrome = false;
  if (!root) ({ root, chrome } = findMain(doc));
  const times: string[] = [];
  const read = readText(root, { skip: parts.skip, chrome, max: MAX_TEXT, times });
  const text = parts.extraText ? clip(`${read} ${parts.extraText}`.trim(), MAX_TEXT) : read;
  if (text.length < MIN_TEXT) return null;
  const title = parts.title || (root && firstText(root, ['h1', 'h2'])) || docTitle(doc);
  const ref = opts.now ?? parts.ref;
  const dates = uniq([...findDates(parts.dateText ?? '', ref), ...timeDates(times), ...findDates(text, ref)]);
  const page: PageContext = {
    site: site.id,
    kind: parts.kind ?? site.pageKind(url, doc),
    url: url.href,
    title,
    text,
    dates,
    people: uniq([...(parts.people ?? []), ...peopleFromText(text)], 20),
  };
  if (parts.courseName) page.courseName = parts.courseName;
  if (parts.courseCode) page.courseCode = parts.courseCode;
  return page;
}

/** Machine-readable dates of `<time datetime>` elements (collected by the text reading), as local days. */
function timeDates(values: readonly string[]): IsoDate[] {
  const out: IsoDate[] = [];
  for (const v of values) {
    const iso = /^\d{4}-\d\d-\d\d$/.test(v) ? v : /^\d{4}-\d\d-\d\dT/.test(v) ? localIso(new Date(v)) : null;
    if (iso) out.push(iso);
  }
  return out;
}

/** Page kind from the first rule whose pattern matches the path. */
export function kindFromPath(path: string, rules: readonly (readonly [RegExp, PageKind])[]): PageKind {
  for (const [re, kind] of rules) if (re.test(path)) return kind;
  return 'other';
}

/** The day a calendar URL shows (…/2026/11/30), as a local Date. */
export function dateInPath(path: string): Date | undefined {
  const m = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path);
  return m ? new Date(+m[1]!, +m[2]! - 1, +m[3]!) : undefined;
}

/** Hostname equals one of the hosts or is a subdomain of one of them. */
export function hostIs(url: URL, ...hosts: string[]): boolean {
  const h = url.hostname.toLowerCase();
  return hosts.some((d) => h === d || h.endsWith('.' + d));
}
