// @vitest-environment happy-dom
/**
 * Fuzzing every site adapter (the registry, generic and the two calendars) on
 * random pages at every adapter's example URLs. Beyond "never throws"
 * (tests/unit/sites/robustness.test.ts), this checks what comes out: a
 * PageContext the background accepts (its valibot schema), with plain text
 * only: nothing from scripts, styles or templates, nothing from hidden
 * elements in the text, no `javascript:` link, and no markup made from the
 * page's elements; HTML written as text stays literal text.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from '../../../src/core/dates';
import { PAGE_KINDS, type PageContext } from '../../../src/core/types';
import { PageContextSchema } from '../../../src/messaging/protocol';
import { MAX_TEXT } from '../../../src/sites/dom';
import { readPage } from '../../../src/sites/read';
import { adapters } from '../../../src/sites/registry';
import { blankDocument } from '../sites/helpers';

/** Tokens placed where an adapter must never read them. */
const IN_SCRIPT = 'QQSCRIPTQQ';
const IN_HIDDEN = 'QQHIDDENQQ';
const IN_HREF = 'QQHREFQQ';
/** Text written as HTML inside a text node: it must come out with its angle brackets. */
const LITERAL = 'QQLITERALQQ';

const URLS = [...new Set([...adapters.flatMap((a) => a.exampleUrls), 'https://outlook.office.com/calendar/item/AAMk', 'https://calendar.google.com/calendar/r/day/2026/2/30'])];

type Spec = { text: string } | { tag: string; attrs: [string, string][]; children: Spec[] };

const tags = ['div', 'span', 'p', 'main', 'article', 'section', 'nav', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'a', 'b', 'i', 'ul', 'li', 'table', 'td', 'time',
  'button', 'textarea', 'iframe', 'svg', 'noscript', 'c-wiz', 'd2l-page-main', 'bb-base-layout', 'img', 'br'];
const ids = ['content', 'content-wrapper', 'region-main', 'page-header', 'xDetDlg', 'rAECCd', 'xDetDlgWhen', 'xDetDlgAtt', 'application', 'breadcrumbs', 'crumb_course_101',
  'main-content', 'course-title', 'assignment_show', 'center-top', 'maincontent', 'contentPanel', 'page-mod-assign-view'];
const classes = ['ic-app', 'title', 'due_date_string', 'd2l-page-title', 'd2l-body', 'page-title', 'breadcrumb', 'breadcrumb-item', 'course-title', 'page-header-headings',
  'discussion-author', 'firstpost', 'YVvGBb', 'z3vRcc-ZoZQ1', 'bb-offcanvas-panel'];
const words = ['Due Nov 30', '2026-11-30', '12/01/2026', 'Teacher: Ms. Ana Ruiz', '1:00 PM', 'All day', 'Monday, November 30', 'ecosystems and food webs for grade 7',
  'javascript:alert(1)', `<i>${LITERAL}</i>`, `<script>${LITERAL}</script>`, '&lt;b&gt;', '', ' ', '\u0000', '\ud800', 'x@school.org'];

const attr: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constant('id'), fc.constantFrom(...ids)),
  fc.tuple(fc.constant('class'), fc.constantFrom(...classes)),
  fc.tuple(fc.constant('role'), fc.constantFrom('main', 'dialog', 'heading', 'navigation', 'banner', 'complementary', 'button')),
  fc.tuple(fc.constantFrom('data-eventid', 'data-eventchip', 'data-app-section', 'data-name', 'datetime', 'aria-label', 'title', 'data-email', 'data-hovercard-id'),
    fc.constantFrom('', 'CalendarItemReadingPane', 'Ana Ruiz, Organizer', 'ana@school.org', '2026-11-30', '2026-11-30T10:00:00Z', 'not a date', '<b>x</b>')),
  fc.tuple(fc.constant('href'), fc.constantFrom(`javascript:alert('${IN_HREF}')`, `javascript:${IN_HREF}()`, 'mailto:ana@school.org', '/courses/101', `data:text/html,${IN_HREF}`)),
  fc.tuple(fc.constantFrom('onclick', 'onerror', 'src'), fc.constant(`javascript:${IN_HREF}()`)),
);

/** Hidden by the page's own attributes, the way isHidden reads them. */
const HIDING: [string, string][] = [['hidden', ''], ['aria-hidden', 'true'], ['style', 'display:none'], ['style', 'visibility: hidden']];
/** Elements whose content is never page text. */
const CODE = ['script', 'style', 'template', 'noscript'];

const { node } = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 1, max: 30_000 }).map((n) => 'long text '.repeat(Math.ceil(n / 10)))) }),
    fc.record({ tag: fc.constantFrom(...tags), attrs: fc.array(attr, { maxLength: 3 }), children: fc.array(tie('node'), { maxLength: 4 }) }),
    // A hidden subtree: its text must not reach `text`.
    fc.record({ tag: fc.constantFrom('div', 'section', 'p', 'span'), attrs: fc.constantFrom(...HIDING).map((h) => [h]), children: fc.array(tie('node'), { maxLength: 2 }) }).map((s) => ({
      ...s,
      children: [...s.children, { text: ` ${IN_HIDDEN} ` }],
    })),
    // Code: its content must reach no field at all.
    fc.constantFrom(...CODE).map((tag): Spec => ({ tag, attrs: [], children: [{ text: `${IN_SCRIPT} <b>${IN_SCRIPT}</b> document.title='${IN_SCRIPT}'` }] })),
  ),
}));

function build(doc: Document, parent: Node, spec: Spec): void {
  if ('text' in spec) {
    parent.appendChild(doc.createTextNode(spec.text));
    return;
  }
  const el = doc.createElement(spec.tag);
  for (const [k, val] of spec.attrs) el.setAttribute(k, val);
  for (const c of spec.children) build(doc, el, c);
  parent.appendChild(el);
}

/** Every string of a page context. */
const strings = (c: PageContext) => [c.site, c.kind, c.url, c.title, c.text, c.courseName ?? '', c.courseCode ?? '', ...c.dates, ...c.people];

function expectPlainContext(c: PageContext | null, siteId: string | null, url: URL, markupInDoc: boolean): void {
  if (c === null) return;
  const shape = v.safeParse(PageContextSchema, c);
  expect(shape.success, shape.success ? '' : shape.issues.map((i) => i.message).join('; ')).toBe(true);
  if (siteId) expect(c.site).toBe(siteId);
  expect(PAGE_KINDS).toContain(c.kind);
  expect(c.url).toBe(url.href);
  expect(c.text.length).toBeLessThanOrEqual(MAX_TEXT);
  for (const d of c.dates) expect(isValidIsoDate(d), d).toBe(true);
  for (const p of c.people) expect(p.trim()).not.toBe('');
  for (const s of strings(c)) {
    expect(s.includes(IN_SCRIPT), `script text leaked: ${s.slice(0, 80)}`).toBe(false);
    expect(s.includes(IN_HREF), `link target leaked: ${s.slice(0, 80)}`).toBe(false);
    // Markup is never produced from the page's elements: a `<` can only come from text that had one.
    if (!markupInDoc) expect(/[<>]/.test(s), `markup in ${s.slice(0, 80)}`).toBe(false);
  }
  expect(c.text.includes(IN_HIDDEN), 'hidden text in text').toBe(false);
  // HTML written as text is kept as text, brackets and all.
  for (let i = c.text.indexOf(LITERAL); i !== -1; i = c.text.indexOf(LITERAL, i + 1)) {
    expect(['<i>', 'pt>'].includes(c.text.slice(Math.max(0, i - 3), i)), c.text.slice(Math.max(0, i - 20), i + 20)).toBe(true);
  }
}

/** An open calendar event, as Google Calendar and Outlook draw it, around random content. */
const eventDialog = fc.tuple(fc.constantFrom('google', 'outlook'), fc.array(node, { maxLength: 4 }), fc.constantFrom(...words)).map(([kind, children, heading]): Spec => ({
  tag: 'div',
  attrs: [['role', 'dialog']],
  children: [
    {
      tag: 'div',
      attrs: kind === 'google' ? [['id', 'xDetDlg']] : [],
      children: [
        { tag: 'span', attrs: kind === 'google' ? [['id', 'rAECCd']] : [['role', 'heading']], children: [{ text: heading }] },
        { tag: 'div', attrs: kind === 'google' ? [['id', 'xDetDlgWhen']] : [], children: [{ text: 'Monday, November 30 ⋅ 1:00 – 2:00 PM' }] },
        ...children,
      ],
    },
  ],
}));

const page = fc.record({
  trees: fc.tuple(fc.array(node, { maxLength: 6 }), fc.option(eventDialog, { nil: undefined })).map(([t, d]) => (d ? [...t, d] : t)),
  title: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', 'Assignment: Food webs | Canvas', `<b>${LITERAL}</b> — Moodle`)),
  bodyId: fc.constantFrom('', 'page-mod-assign-view', 'page-course-view-topics'),
  url: fc.constantFrom(...URLS),
});

/** Whether any text or attribute the page holds has a `<` or `>` (else no output string may have one). */
function hasBrackets(spec: Spec[], title: string): boolean {
  const walk = (s: Spec): boolean => ('text' in s ? /[<>]/.test(s.text) : s.attrs.some(([, val]) => /[<>]/.test(val)) || s.children.some(walk));
  return /[<>]/.test(title) || spec.some(walk);
}

describe('site adapters on random pages', () => {
  it('every adapter at every example URL: null or a plain-text PageContext the background accepts', () => {
    fc.assert(
      fc.property(page, ({ trees, title, bodyId, url }) => {
        const doc = blankDocument(title);
        doc.body.id = bodyId;
        for (const t of trees) build(doc, doc.body, t);
        const u = new URL(url);
        const markup = hasBrackets(trees, title);
        for (const a of adapters) {
          expect(() => a.detect(doc)).not.toThrow();
          expectPlainContext(a.extract(doc, u, { now: new Date(2026, 10, 23) }), a.id, u, markup);
          expectPlainContext(a.extract(doc, u), a.id, u, markup);
        }
        expectPlainContext(readPage(doc, url), null, u, markup);
      }),
      { numRuns: 50 },
    );
  });

  it('an empty document (no nodes at all) gives null everywhere', () => {
    for (const url of URLS) {
      const doc = blankDocument('');
      doc.documentElement.replaceChildren();
      for (const a of adapters) expect(a.extract(doc, new URL(url))).toBeNull();
      expect(readPage(doc, url)).toBeNull();
    }
  });
});
