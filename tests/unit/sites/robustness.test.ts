// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../src/core/types';
import { MAX_TEXT } from '../../../src/sites/dom';
import { readPage } from '../../../src/sites/read';
import { adapters } from '../../../src/sites/registry';
import { fixtures } from '../../fixtures/sites/index';
import { blankDocument, parse } from './helpers';

function validShape(c: PageContext | null) {
  if (c === null) return;
  expect(typeof c.site).toBe('string');
  expect(typeof c.title).toBe('string');
  expect(c.text.length).toBeLessThanOrEqual(MAX_TEXT);
  for (const d of c.dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const p of c.people) expect(typeof p).toBe('string');
}

/** No adapter, and not readPage, may throw on this document at this URL. */
function neverThrows(doc: Document, url: string) {
  const u = new URL(url);
  for (const a of adapters) {
    expect(() => a.detect(doc), a.id).not.toThrow();
    expect(() => a.pageKind(u, doc), a.id).not.toThrow();
    validShape(a.extract(doc, u));
  }
  validShape(readPage(doc, url));
}

const urls = [...fixtures.map((f) => f.url), ...adapters.flatMap((a) => a.exampleUrls), 'https://example.test/', 'about:blank', 'file:///tmp/page.html', 'https://classroom.google.com/c//a/'];

describe('garbage documents', () => {
  const cases: [string, () => Document][] = [
    ['an empty HTML document', () => blankDocument('')],
    ['a document without a body', () => {
      const d = blankDocument('x');
      d.documentElement.removeChild(d.body);
      return d;
    }],
    ['an XML document', () => blankDocument('').implementation.createDocument(null, 'root', null) as unknown as Document],
    ['a frameset page', () => parse('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>')],
    ['broken markup', () => parse('<div><p><b>x <table><td>y</div></span><script>if(</script><!-- <main> -->')],
    ['a body id and classes that look like Moodle but nothing else', () => parse('<body id="page-" class="pagelayout-"><div role="main"></div></body>')],
  ];
  for (const [name, make] of cases) {
    it(`${name}: nothing throws, nothing worth matching`, () => {
      for (const url of urls) neverThrows(make(), url);
      expect(readPage(make(), 'https://springfield.instructure.com/courses/1')).toBeNull();
    });
  }

  it('plain text with no markup at all is read as it is', () => {
    const doc = parse('just some words about food webs, due Nov 30 or 2026-13-45');
    for (const url of urls) neverThrows(doc, url);
    const ctx = readPage(doc, 'https://library.springfield-sd.org/notes');
    expect(ctx?.text).toBe('just some words about food webs, due Nov 30 or 2026-13-45');
    expect(ctx?.dates).toEqual([]);
  });

  /** A page whose text sits at the bottom of `depth` nested sections. */
  function deepPage(depth: number): Document {
    const doc = blankDocument('deep');
    let node: Element = doc.body.appendChild(doc.createElement('main'));
    for (let i = 0; i < depth; i++) node = node.appendChild(doc.createElement(i % 2 ? 'div' : 'section'));
    node.textContent = 'Ecosystem Dynamics: food webs at the bottom of a deep tree';
    return doc;
  }

  it('a deeply nested page (1,000 levels) is read', () => {
    expect(readPage(deepPage(1000), 'https://library.springfield-sd.org/deep')?.text).toBe('Ecosystem Dynamics: food webs at the bottom of a deep tree');
  });

  it('a page nested 10,000 levels deep never throws, even where the DOM implementation itself overflows', () => {
    // happy-dom's selector engine recurses and overflows here (browsers do not): readPage degrades to null.
    const doc = deepPage(10_000);
    expect(() => readPage(doc, 'https://library.springfield-sd.org/deep')).not.toThrow();
    expect(() => readPage(doc, 'https://springfield.instructure.com/courses/1/assignments/2')).not.toThrow();
  });
});

describe('a 100,000-node page', () => {
  /** A Canvas assignment page whose description holds `paragraphs` paragraphs of 4 nodes each. */
  function bigCanvasPage(paragraphs: number, filler: 'text' | 'empty'): Document {
    // The test window's own document: happy-dom queries it faster than a second window's.
    const doc = document.implementation.createHTMLDocument('Big page');
    const app = doc.body.appendChild(doc.createElement('div'));
    app.id = 'application';
    app.className = 'ic-app';
    const content = app.appendChild(doc.createElement('div'));
    content.id = 'content';
    content.setAttribute('role', 'main');
    const h1 = content.appendChild(doc.createElement('h1'));
    h1.className = 'title';
    h1.textContent = 'Civil War letters project';
    const box = content.appendChild(doc.createElement('div'));
    for (let i = 0; i < paragraphs; i++) {
      const p = box.appendChild(doc.createElement('p'));
      if (filler === 'text') {
        p.appendChild(doc.createTextNode(`Letter ${i} from a soldier `));
        p.appendChild(doc.createElement('b')).textContent = 'camp';
        p.appendChild(doc.createTextNode(' life.'));
      } else {
        p.appendChild(doc.createElement('span')).appendChild(doc.createElement('i'));
        p.appendChild(doc.createElement('span'));
      }
    }
    box.appendChild(doc.createElement('p')).textContent = 'The end: cite two primary sources.';
    return doc;
  }

  // happy-dom runs selector queries on 100,000 nodes in seconds (browsers: milliseconds), hence the long timeouts.
  it('with text everywhere: completes, capped at the text limit', { timeout: 60_000 }, () => {
    const doc = bigCanvasPage(25_000, 'text');
    expect(doc.getElementsByTagName('*').length + 50_000).toBeGreaterThanOrEqual(100_000);
    const t0 = performance.now();
    const ctx = readPage(doc, 'https://springfield.instructure.com/courses/202/assignments/5101');
    const ms = performance.now() - t0;
    expect(ctx?.site).toBe('canvas');
    expect(ctx?.text.length).toBe(MAX_TEXT);
    expect(ctx?.text.startsWith('Civil War letters project Letter 0 from a soldier camp life.')).toBe(true);
    console.info(`100,000-node page (text): readPage ${ms.toFixed(1)} ms in happy-dom`);
  });

  it('with empty elements before the content: walks them all and still finds the content', { timeout: 60_000 }, () => {
    const doc = bigCanvasPage(25_000, 'empty');
    expect(doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(100_000);
    const t0 = performance.now();
    const ctx = readPage(doc, 'https://springfield.instructure.com/courses/202/assignments/5101');
    const ms = performance.now() - t0;
    expect(ctx?.text).toBe('Civil War letters project The end: cite two primary sources.');
    console.info(`100,000-node page (empty elements): readPage ${ms.toFixed(1)} ms in happy-dom`);
  });
});

describe('random DOM trees (property)', () => {
  const tags = ['div', 'span', 'p', 'main', 'article', 'section', 'nav', 'header', 'footer', 'aside', 'script', 'style', 'template', 'svg', 'iframe',
    'h1', 'h2', 'a', 'b', 'table', 'tr', 'td', 'ul', 'li', 'button', 'textarea', 'time', 'form', 'c-wiz', 'd2l-navigation', 'bb-base-layout', 'article'];
  const ids = ['content', 'region-main', 'main-inner', 'center-top', 'xDetDlg', 'rAECCd', 'xDetDlgWhen', 'xDetDlgAtt', 'application', 'courseMenuPalette',
    'breadcrumbs', 'maincontent', 'page-header', 'crumb_course_101', 'fluent-default-layer-host', 'contentPanel'];
  const classes = ['ic-app', 'd2l-body', 'd2l-page-main', 'd2l-page-title', 'bb-offcanvas-panel', 'page-title', 'breadcrumb', 'breadcrumb-item', 'firstpost',
    'title', 'course-title', 'page-header-headings', 'due_date_string', 'd2l-navigation-s-title-container'];
  const words = ['Due Nov 30', '2026-02-30', '12/01/2026', 'Teacher: Ms. Ana Ruiz', '<script>x</script>', 'javascript:alert(1)', 'Monday, 30 November 2026', '', ' ', '\u0000', '\ud800'];

  type Spec = { text: string } | { tag: string; attrs: [string, string][]; children: Spec[] };
  const attr = fc.oneof(
    fc.tuple(fc.constant('id'), fc.constantFrom(...ids)),
    fc.tuple(fc.constant('class'), fc.constantFrom(...classes)),
    fc.tuple(fc.constant('role'), fc.constantFrom('main', 'dialog', 'navigation', 'heading', 'banner', 'complementary', 'tree')),
    fc.tuple(fc.constantFrom('hidden', 'aria-hidden'), fc.constantFrom('', 'true', 'false')),
    fc.tuple(fc.constant('style'), fc.constantFrom('display:none', 'color: red', 'visibility:hidden', 'display')),
    fc.tuple(fc.constantFrom('href', 'data-email', 'data-hovercard-id', 'title', 'aria-label', 'datetime', 'srcdoc'),
      fc.oneof(fc.string(), fc.constantFrom('mailto:a@b.co', 'x@y.org', '/courses/101', '/c/abc', '2026-11-30', '2026-11-30T10:00:00Z', 'Ana, Organizer'))),
  );
  const { node } = fc.letrec<{ node: Spec }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ text: fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...words)) }),
      fc.record({ tag: fc.constantFrom(...tags), attrs: fc.array(attr, { maxLength: 3 }), children: fc.array(tie('node'), { maxLength: 5 }) }),
    ),
  }));

  function build(doc: Document, parent: Node, spec: Spec) {
    if ('text' in spec) {
      parent.appendChild(doc.createTextNode(spec.text));
      return;
    }
    const el = doc.createElement(spec.tag);
    for (const [k, v] of spec.attrs) el.setAttribute(k, v);
    for (const c of spec.children) build(doc, el, c);
    parent.appendChild(el);
  }

  /** Known URLs, random web URLs, and hosted-site paths with random segments (ids that are not valid in selectors). */
  const anyUrl = fc.oneof(
    fc.constantFrom(...urls),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .tuple(fc.constantFrom(...fixtures.map((f) => new URL(f.url))), fc.array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 4 }))
      .map(([u, segs]) => `${u.origin}${u.pathname.split('/').slice(0, 2).join('/')}/${segs.map((x) => encodeURIComponent(x)).join('/')}`),
  );

  it('never make readPage or any adapter throw', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), fc.string(), anyUrl, fc.constantFrom('', 'body', 'page-mod-assign-view'), (trees, title, url, bodyId) => {
        const doc = blankDocument(title);
        doc.body.id = bodyId;
        for (const t of trees) build(doc, doc.body, t);
        neverThrows(doc, url);
        validShape(readPage(doc, url, { now: new Date(2026, 10, 23) }));
      }),
      { numRuns: 300 },
    );
  });
});
