// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../src/core/types';
import { MAX_TEXT } from '../../../src/sites/dom';
import { readPage, readPageWith } from '../../../src/sites/read';
import type { SiteAdapter } from '../../../src/sites/types';
import { adapterById, adapterForUrl, adapters, detectAdapter } from '../../../src/sites/registry';
import { fixtures, type SiteFixture } from '../../fixtures/sites/index';
import { loadFixture, nowOf } from './helpers';

const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
const srcDir = resolve(process.cwd(), 'src/sites') + '/';

/** Checks one reading against a fixture's expectations. */
function checkExpectations(ctx: PageContext | null, f: SiteFixture) {
  const e = f.expect;
  if (e.isNull) {
    expect(ctx).toBeNull();
    return;
  }
  expect(ctx, `${f.file} returned null`).not.toBeNull();
  const c = ctx!;
  expect(c.kind).toBe(e.kind);
  expect(c.url).toBe(new URL(f.url).href);
  if (e.titleIncludes) expect(c.title).toContain(e.titleIncludes);
  if (e.courseNameIncludes) expect(c.courseName).toContain(e.courseNameIncludes);
  if (e.courseCode) expect(c.courseCode).toBe(e.courseCode);
  for (const t of e.textIncludes ?? []) expect(c.text, `text of ${f.file}`).toContain(t);
  for (const t of e.textExcludes ?? []) expect(c.text, `text of ${f.file}`).not.toContain(t);
  for (const p of e.people ?? []) expect(lower(c.people), `people of ${f.file}`).toContain(p.toLowerCase());
  for (const p of e.peopleExcludes ?? []) expect(lower(c.people), `people of ${f.file}`).not.toContain(p.toLowerCase());
  for (const d of e.dates ?? []) expect(c.dates, `dates of ${f.file}`).toContain(d);
}

/** The shape every reading has: plain strings, capped, dates as YYYY-MM-DD. */
function checkShape(c: PageContext) {
  expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  expect(typeof c.text).toBe('string');
  expect(c.text.length).toBeLessThanOrEqual(MAX_TEXT);
  expect(c.text).toBe(c.text.replace(/\s+/g, ' ').trim());
  expect(c.title.length).toBeLessThanOrEqual(300);
  for (const d of c.dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const p of c.people) expect(typeof p).toBe('string');
}

describe('matchesUrl matrix: exactly the right adapter claims each fixture URL', () => {
  for (const f of fixtures) {
    it(`${f.url}`, () => {
      const url = new URL(f.url);
      const claimers = adapters.filter((a) => a.matchesUrl(url)).map((a) => a.id);
      expect(claimers).toEqual(f.selfHosted || f.adapter === 'generic' ? [] : [f.adapter]);
      expect(adapterForUrl(f.url)?.id).toBe(claimers[0]);
    });
  }

  it("each adapter's example URLs are claimed by it alone", () => {
    for (const a of adapters) {
      for (const u of a.exampleUrls) {
        const claimers = adapters.filter((b) => b.matchesUrl(new URL(u))).map((b) => b.id);
        expect(claimers).toEqual(a.id === 'generic' ? [] : [a.id]);
      }
    }
  });

  it('every adapter has a fixture, and self-hosted fixtures exist for the self-hosted LMSs', () => {
    for (const a of adapters) expect(fixtures.some((f) => f.adapter === a.id)).toBe(true);
    for (const id of ['canvas', 'moodle', 'brightspace']) expect(fixtures.some((f) => f.adapter === id && f.selfHosted)).toBe(true);
  });

  it('adapterForUrl takes strings and URL objects, and never claims for generic', () => {
    expect(adapterForUrl('https://springfield.instructure.com/')?.id).toBe('canvas');
    expect(adapterForUrl(new URL('https://calendar.google.com/calendar/r'))?.id).toBe('google-calendar');
    expect(adapterForUrl('https://www.google.com/')).toBeUndefined();
    expect(adapterForUrl('https://notinstructure.com/')).toBeUndefined();
    expect(adapterForUrl('not a url')).toBeUndefined();
  });

  it('fixture (host, path) pairs are unique, so they can be served side by side', () => {
    const keys = fixtures.map((f) => {
      const u = new URL(f.url);
      return u.host + u.pathname;
    });
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('each adapter reads its own fixtures', () => {
  for (const f of fixtures) {
    it(`${f.adapter}: ${f.file}`, () => {
      const adapter = adapterById(f.adapter)!;
      const doc = loadFixture(f);
      const ctx = adapter.extract(doc, new URL(f.url), { now: nowOf(f) });
      checkExpectations(ctx, f);
      if (ctx) {
        expect(ctx.site).toBe(f.adapter);
        checkShape(ctx);
      }
    });
  }
});

describe('readPage on every fixture', () => {
  for (const f of fixtures) {
    it(`${f.file}`, () => {
      const doc = loadFixture(f);
      expect(detectAdapter(doc, f.url).id).toBe(f.adapter);
      const ctx = readPage(doc, f.url, { now: nowOf(f) });
      checkExpectations(ctx, f);
      if (ctx) {
        expect(ctx.site).toBe(f.adapter);
        checkShape(ctx);
      }
    });
  }

  it('reads the same page identically from a string URL and a URL object', () => {
    const f = fixtures[0]!;
    expect(readPage(loadFixture(f), new URL(f.url))).toEqual(readPage(loadFixture(f), f.url));
  });

  it('without `now`, year-less dates are skipped rather than guessed', () => {
    const f = fixtures.find((x) => x.file === 'classroom/assignment.html')!;
    const ctx = readPage(loadFixture(f), f.url)!;
    expect(ctx.dates).toEqual([]);
    expect(readPage(loadFixture(f), f.url, { now: new Date(2027, 0, 10) })!.dates).toContain('2026-11-30');
  });

  it('a forced adapter id wins over detection; an unknown id falls back to detection', () => {
    const f = fixtures.find((x) => x.file === 'moodle/assign.html')!;
    expect(readPage(loadFixture(f), f.url, { adapter: 'generic' })!.site).toBe('generic');
    expect(readPage(loadFixture(f), f.url, { adapter: 'auto' })!.site).toBe('moodle');
  });

  it('degrades to the generic reading when an adapter throws', () => {
    const f = fixtures.find((x) => x.file === 'canvas/assignment.html')!;
    const broken: SiteAdapter = {
      ...adapterById('canvas')!,
      extract: () => {
        throw new Error('selector changed');
      },
    };
    const ctx = readPageWith([broken], loadFixture(f), f.url);
    expect(ctx?.site).toBe('generic');
    expect(ctx?.text).toContain('two pieces of text evidence');
  });

  it('readPageWith chooses among the adapters it is given only, then generic', () => {
    const moodlePage = fixtures.find((x) => x.file === 'moodle/assign.html')!;
    expect(readPageWith([adapterById('canvas')!], loadFixture(moodlePage), moodlePage.url)?.site).toBe('generic');
    expect(readPageWith([adapterById('canvas')!, adapterById('moodle')!], loadFixture(moodlePage), moodlePage.url)?.site).toBe('moodle');
    const canvasPage = fixtures.find((x) => x.file === 'canvas/assignment.html')!;
    expect(readPageWith([adapterById('canvas')!], loadFixture(canvasPage), canvasPage.url)).toEqual(readPage(loadFixture(canvasPage), canvasPage.url));
    expect(readPageWith([], loadFixture(canvasPage), 'not a url')).toBeNull();
  });

  it('reads a Brightspace topic whose content is in a same-origin frame', () => {
    const f = fixtures.find((x) => x.file === 'brightspace/content-topic.html')!;
    const doc = loadFixture(f);
    const frame = doc.querySelector('iframe')!;
    frame.removeAttribute('src');
    frame.setAttribute('srcdoc', '<header>Topic banner</header><p>Energy flows from producers to consumers to decomposers.</p>');
    const ctx = readPage(doc, f.url)!;
    expect(ctx.text).toContain('Energy flows from producers to consumers to decomposers.');
    expect(ctx.text).not.toContain('Topic banner');
  });

  it('returns null for a URL that cannot be parsed', () => {
    expect(readPage(loadFixture(fixtures[0]!), 'not a url')).toBeNull();
  });
});

describe('no adapter throws on pages of other sites', () => {
  for (const a of adapters) {
    it(`${a.id} on every fixture`, () => {
      for (const f of fixtures) {
        const doc = loadFixture(f);
        for (const u of [f.url, ...a.exampleUrls]) {
          const url = new URL(u);
          expect(() => a.detect(doc)).not.toThrow();
          expect(() => a.pageKind(url, doc)).not.toThrow();
          const ctx = a.extract(doc, url);
          if (ctx) checkShape(ctx);
          expect(() => a.watchRoot?.(doc)).not.toThrow();
        }
      }
    });
  }

  it('no other adapter recognises a page by its markup; self-hosted pages are recognised', () => {
    for (const f of fixtures) {
      const doc = loadFixture(f);
      const claimers = adapters.filter((a) => a.id !== 'generic' && a.detect(doc)).map((a) => a.id);
      for (const id of claimers) expect(id, f.file).toBe(f.adapter);
      if (f.selfHosted) expect(claimers, f.file).toEqual([f.adapter]);
    }
  });
});

describe('reading leaves the page alone', () => {
  it('no fixture is modified by reading it', async () => {
    for (const f of fixtures) {
      const doc = loadFixture(f);
      const before = doc.documentElement.outerHTML;
      const records: MutationRecord[] = [];
      const observer = new (doc.defaultView ?? window).MutationObserver((r) => records.push(...r));
      observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      readPage(doc, f.url, { now: nowOf(f) });
      await new Promise((r) => setTimeout(r, 0));
      records.push(...observer.takeRecords());
      observer.disconnect();
      expect(records, f.file).toEqual([]);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('the adapters use no HTML parsing or layout-forcing API', () => {
    const forbidden = /\b(innerHTML|outerHTML|innerText|outerText|insertAdjacentHTML|createContextualFragment|getComputedStyle|getBoundingClientRect|getClientRects|offset(Width|Height|Top|Left|Parent)|client(Width|Height)|scroll(Width|Height|Top)|document\.write)\b/;
    for (const file of readdirSync(srcDir).filter((n) => n.endsWith('.ts'))) {
      // Comments may name what is forbidden; code may not.
      const code = readFileSync(srcDir + file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(forbidden);
    }
  });
});

describe('what is read stays plain text', () => {
  it('never contains the text of scripts or styles of the page', () => {
    for (const f of fixtures) {
      const doc = loadFixture(f);
      const ctx = readPage(doc, f.url, { now: nowOf(f) });
      if (!ctx) continue;
      const fields = [ctx.text, ctx.title, ctx.courseName ?? '', ctx.courseCode ?? '', ...ctx.people];
      for (const el of Array.from(doc.querySelectorAll('script, style'))) {
        const code = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (code.length < 40) continue;
        const sample = code.slice(Math.floor(code.length / 2) - 12, Math.floor(code.length / 2) + 12);
        for (const s of fields) expect(s, `${f.file}: script text leaked`).not.toContain(sample);
      }
    }
  });

  it('markup-looking text comes out literally, and real markup is never serialised', () => {
    const f = fixtures.find((x) => x.file === 'canvas/hostile.html')!;
    const ctx = readPage(loadFixture(f), f.url)!;
    // The course name was written as escaped text plus a real <b> element.
    expect(ctx.courseName).toBe('Grade 6 Math <script>window.__hostile=1</script> Period 1');
    expect(ctx.courseName).not.toContain('<b>');
    expect(ctx.title).toBe('Ratios & rates <img src=x onerror=alert(1)> practice');
    // Rendering what was read as text creates no element.
    const box = document.createElement('div');
    box.textContent = `${ctx.title} ${ctx.courseName} ${ctx.text}`;
    expect(box.children.length).toBe(0);
  });
});
