/**
 * DOM reading helpers shared by the site adapters.
 *
 * They run in the content script of every LMS page, so they only ever read
 * `textContent`/`nodeValue` and attributes: nothing that forces layout
 * (innerText, offsetHeight, getComputedStyle), nothing that parses or produces
 * HTML, nothing that writes to the page.
 */

/** Longest text kept from a page: enough to match a unit, small enough to message. */
export const MAX_TEXT = 20_000;

/** Subtrees never read: code, media, embedded documents, navigation and form controls (a reply draft is not page content). */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'iframe', 'frame', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'textarea', 'button', 'head',
]);

/** Page chrome, skipped only when no main content element was found and the whole body is read. */
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['banner', 'contentinfo', 'complementary', 'search']);

/** Formatting tags that may sit inside a word ("<b>H</b>atchet"): no space around them. Every other element separates words. */
const INLINE = new Set(['b', 'i', 'em', 'strong', 'u', 's', 'sub', 'sup', 'mark', 'small', 'font', 'abbr', 'wbr']);

export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by its own attributes (no layout is consulted, so CSS-class hiding is not seen). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Hidden itself or inside a hidden ancestor. */
export function isHiddenTree(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) if (isHidden(e)) return true;
  return false;
}

export function collapse(s: string | null | undefined): string {
  return s ? s.replace(/\s+/g, ' ').trim() : '';
}

/** Cuts to `max` characters without splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

export interface TextOptions {
  /**
   * Extra selector whose subtrees are skipped (students' comments, prev/next links).
   * It is tested only on elements with attributes and on custom elements, so it
   * should name ids, classes, attributes or custom element tags, not plain tags.
   */
  skip?: string;
  /** Also skip header, footer, aside and banner/contentinfo/complementary roles (reading a whole body). */
  chrome?: boolean;
  max?: number;
  /**
   * Receives the `datetime` of each `<time>` element read (up to 30), so that
   * machine-readable dates come from the same pass and obey the same skips
   * (a student's comment date is not the assignment's).
   */
  times?: string[];
}

/** How many `<time datetime>` values one reading keeps. */
const MAX_TIMES = 30;

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/**
 * The readable text under `root`, whitespace collapsed and capped. Walks with a
 * TreeWalker, jumping over skipped subtrees whole, and stops early once the cap
 * is reached, so a huge page costs no more than its first screens. The skip test
 * runs in the loop rather than as a NodeFilter: a filter is a call from the
 * browser into script for every node, about seven times slower in Chromium.
 */
export function readText(root: Element | ShadowRoot | null | undefined, opts: TextOptions = {}): string {
  const doc = root?.ownerDocument;
  if (!root || !doc) return '';
  const max = opts.max ?? MAX_TEXT;
  const { chrome, times } = opts;
  const extra = opts.skip;
  const skip = (el: Element): boolean => {
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || (chrome && CHROME_TAGS.has(tag))) return true;
    // Most content elements have no attributes: nothing more to look at, unless a custom element is named in `skip`.
    if (!el.hasAttributes()) return !!extra && tag.includes('-') && el.matches(extra);
    if (isHidden(el)) return true;
    const role = el.getAttribute('role');
    if (role === 'navigation' || (chrome && role !== null && CHROME_ROLES.has(role))) return true;
    return !!extra && el.matches(extra);
  };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let out = '';
  let pending: string[] = [];
  let pendingSize = 0;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (skip(el)) {
        // Jump past the subtree: to the next sibling, else the next sibling of the nearest ancestor that has one.
        let next = walker.nextSibling();
        while (!next && walker.parentNode()) next = walker.nextSibling();
        node = next;
        continue;
      }
      if (!INLINE.has(el.localName)) pending.push(' ');
      if (times && times.length < MAX_TIMES && el.localName === 'time') {
        const dt = el.getAttribute('datetime');
        if (dt) times.push(dt);
      }
      // Web components (Brightspace's d2l-* elements) may render their text in an open shadow root.
      const shadow = el.localName.includes('-') ? el.shadowRoot : null;
      if (shadow) {
        const inner = readText(shadow, { ...opts, max: Math.max(0, max - out.length) });
        pending.push(' ', inner, ' ');
        pendingSize += inner.length;
      }
    } else {
      const prev = node.previousSibling;
      if (prev && prev.nodeType === 1 && !INLINE.has((prev as Element).localName)) pending.push(' ');
      const value = node.nodeValue;
      if (value) {
        pending.push(value);
        pendingSize += value.length;
        // Collapse in batches; stop once the collapsed text is long enough.
        if (pendingSize > max) {
          out = collapse(out + ' ' + pending.join(''));
          pending = [];
          pendingSize = 0;
          if (out.length >= max) break;
        }
      }
    }
    node = walker.nextNode();
  }
  return clip(collapse(out + ' ' + pending.join('')), max);
}

/** Short text of one element (a title, a course name, a person). */
export function textOf(el: Element | null | undefined, max = 300): string {
  return readText(el, { max });
}

/** The first element found, trying the selectors in priority order, skipping hidden ones. */
export function first(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    for (const el of Array.from(scope.querySelectorAll(sel))) if (!isHiddenTree(el)) return el;
  }
  return null;
}

/** Text of the first matching element that has any. */
export function firstText(scope: ParentNode, selectors: readonly string[], max = 300): string {
  for (const sel of selectors) {
    for (const el of Array.from(scope.querySelectorAll(sel))) {
      const t = isHiddenTree(el) ? '' : textOf(el, max);
      if (t) return t;
    }
  }
  return '';
}

/**
 * The page's main content element by the standard markers: a visible `<main>`
 * or `[role=main]`, else a lone `<article>`. When there is none, the body is
 * returned with `chrome: true`, meaning header, footer and asides are skipped.
 */
export function findMain(doc: Document): { root: Element | null; chrome: boolean } {
  const main = first(doc, ['main', '[role=main]']);
  if (main) return { root: main, chrome: false };
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && !isHiddenTree(articles[0]!)) return { root: articles[0]!, chrome: false };
  return { root: doc.body, chrome: true };
}

/** The document title without a trailing site name ("Grades | Schoology" → "Grades"). */
export function docTitle(doc: Document): string {
  const t = clip(collapse(doc.title), 300);
  return t.split(/\s+[|–—]\s+/)[0] ?? t;
}

export function uniq(items: Iterable<string>, limit = 30): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const s = collapse(raw);
    const key = s.toLowerCase();
    if (!s || seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Texts of the elements matching any of the selectors that look like a person's name.
 * One query per selector: Chromium runs a comma-separated list without its id fast path.
 */
export function namesIn(scope: ParentNode, selectors: readonly string[]): string[] {
  const out: string[] = [];
  for (const sel of selectors) {
    for (const el of Array.from(scope.querySelectorAll(sel))) {
      const name = textOf(el, 100);
      if (looksLikeName(name)) out.push(name);
    }
  }
  return out;
}

/**
 * Regular expressions with Unicode property classes (\p{L}) cost a millisecond
 * or more to construct and compile in Chromium, and a content script pays that
 * on every page load: they are built on first use, which most pages never reach.
 */
function lazy(source: () => string, flags: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source(), flags));
}

const LETTER = lazy(() => String.raw`\p{L}`, 'u');

export function looksLikeName(s: string): boolean {
  return s.length >= 2 && s.length <= 80 && !s.includes('@') && LETTER().test(s);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Attendees of a calendar event: each person element carrying an email in
 * `data-email`, `data-hovercard-id`, `title` or a `mailto:` link gives its email
 * and its display name (from `aria-label`, else its first line of text).
 */
export function attendeesIn(scope: ParentNode): string[] {
  const out: string[] = [];
  const els = scope.querySelectorAll('[data-email],[data-hovercard-id],a[href^="mailto:"],[title*="@"]');
  for (const el of Array.from(els)) {
    const raw = el.getAttribute('data-email') || el.getAttribute('data-hovercard-id') || el.getAttribute('title') || el.getAttribute('href') || '';
    const email = raw.match(EMAIL)?.[0];
    if (!email) continue;
    const label = (el.getAttribute('aria-label') ?? '').split(',')[0] ?? '';
    const name = collapse(label) || firstText(el, ['[data-name]', 'span', 'div'], 100) || textOf(el, 100);
    if (looksLikeName(name)) out.push(name);
    out.push(email.toLowerCase());
  }
  return out;
}

/** A name: optional honorific, then one to three capitalised words or initials ("Ms. Maria Alvarez", "J. Smith"). */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Srta)\.?\s+)?(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,2}`;
const LABELLED = /\b(?:[Ii]nstructors?|[Tt]eachers?|[Cc]o-teachers?|[Pp]rofesora?|[Mm]aestr[ao])\s*:\s*|\b[Tt]aught by\s+/g;
const NAME_LIST = lazy(() => String.raw`^${NAME}(?:\s*(?:,|;|&|\band\b|\by\b)\s*${NAME})*`, 'u');
const NAME_ONE = lazy(() => NAME, 'gu');

/** People the text itself names as teachers: "Teacher: Ms. Maria Alvarez", "Instructors: Mr. Okafor and Mrs. Park". */
export function peopleFromText(text: string): string[] {
  const out: string[] = [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m && out.length < 10; m = LABELLED.exec(text)) {
    const list = NAME_LIST().exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200))?.[0];
    if (list) for (const n of list.match(NAME_ONE()) ?? []) out.push(n);
  }
  return out;
}
