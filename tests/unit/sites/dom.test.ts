// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { attendeesIn, clip, docTitle, findMain, peopleFromText, readText } from '../../../src/sites/dom';
import { parse } from './helpers';

const body = (html: string) => parse(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);

describe('readText', () => {
  it('keeps words inside formatting tags whole and separates blocks and cells', () => {
    const doc = body('<div><p>H<b>atch</b>et</p><p>Due<span>Nov 30</span></p><table><tr><td>a</td><td>b</td></tr></table>tail</div>');
    expect(readText(doc.body)).toBe('Hatchet Due Nov 30 a b tail');
  });

  it('skips code, media, navigation, hidden subtrees and form controls', () => {
    const doc = body(`<main>
      <p>kept</p>
      <script>var s = 'SCRIPT'</script><style>.x{}</style><noscript>NOSCRIPT</noscript><template><p>TEMPLATE</p></template>
      <svg><text>SVG</text></svg><nav>NAV</nav><div role="navigation">ROLE-NAV</div>
      <div hidden>HIDDEN</div><div aria-hidden="true">ARIA</div><div style="display:none">STYLE</div><div style="visibility: hidden">VIS</div>
      <textarea>DRAFT</textarea><select><option>OPTION</option></select><button>BUTTON</button>
      <iframe srcdoc="<p>FRAME</p>"></iframe>
      <p>also kept</p></main>`);
    expect(readText(doc.querySelector('main'))).toBe('kept also kept');
  });

  it('skips page chrome only when asked (reading a whole body)', () => {
    const doc = body('<header>HEAD</header><div role="banner">BANNER</div><p>content</p><aside>SIDE</aside><footer>FOOT</footer>');
    expect(readText(doc.body, { chrome: true })).toBe('content');
    expect(readText(doc.body)).toBe('HEAD BANNER content SIDE FOOT');
  });

  it('skips subtrees matching an extra selector', () => {
    const doc = body('<main><p>topic</p><div class="comments"><p>student reply</p></div></main>');
    expect(readText(doc.querySelector('main'), { skip: '.comments' })).toBe('topic');
  });

  it('caps the text and stops walking early', () => {
    const doc = body(`<main>${'<p>food web energy pyramid</p>'.repeat(5000)}</main>`);
    const text = readText(doc.querySelector('main'), { max: 1000 });
    expect(text.length).toBe(1000);
    expect(text.startsWith('food web energy pyramid food web')).toBe(true);
  });

  it('reads open shadow roots of custom elements (Brightspace renders text there), not closed ones', () => {
    const doc = body('<main><p>before</p><d2l-html-block></d2l-html-block><x-secret></x-secret><p>after</p></main>');
    const open = doc.querySelector('d2l-html-block')!.attachShadow({ mode: 'open' });
    open.appendChild(doc.createElement('p')).textContent = 'Sort the organism cards';
    open.appendChild(doc.createElement('script')).textContent = 'SHADOW-SCRIPT';
    doc.querySelector('x-secret')!.attachShadow({ mode: 'closed' }).appendChild(doc.createElement('p')).textContent = 'CLOSED';
    expect(readText(doc.querySelector('main'))).toBe('before Sort the organism cards after');
  });

  it('returns an empty string for a missing root', () => {
    expect(readText(null)).toBe('');
  });

  it('collects the datetime of the <time> elements it reads, not of skipped or hidden ones', () => {
    const doc = body(`<main>
      <p>Due <time datetime="2026-11-30T23:59:00-06:00">Nov 30</time></p>
      <div class="comments"><time datetime="2026-11-18T15:00:00-06:00">Nov 18</time></div>
      <div hidden><time datetime="2026-01-01">Jan 1</time></div>
      <p><time>no datetime</time> <time datetime="2026-12-04">Dec 4</time></p></main>`);
    const times: string[] = [];
    expect(readText(doc.querySelector('main'), { skip: '.comments', times })).toBe('Due Nov 30 no datetime Dec 4');
    expect(times).toEqual(['2026-11-30T23:59:00-06:00', '2026-12-04']);
  });
});

describe('clip', () => {
  it('never splits a surrogate pair', () => {
    expect(clip('ab😀cd', 3)).toBe('ab');
    expect(clip('ab😀cd', 4)).toBe('ab😀');
    expect(clip('abc', 10)).toBe('abc');
  });
});

describe('findMain', () => {
  it('prefers a visible <main>, then [role=main], then a lone <article>, else the body without chrome', () => {
    expect(findMain(body('<main hidden>old</main><main>new</main>')).root?.textContent).toBe('new');
    expect(findMain(body('<div role="main">r</div>')).root?.textContent).toBe('r');
    expect(findMain(body('<article>a</article>')).root?.textContent).toBe('a');
    const many = findMain(body('<article>a</article><article>b</article>'));
    expect(many.root?.localName).toBe('body');
    expect(many.chrome).toBe(true);
  });
});

describe('docTitle', () => {
  it('drops the site name after a bar or dash', () => {
    expect(docTitle(parse('<title>Grades | Schoology</title>'))).toBe('Grades');
    expect(docTitle(parse('<title>Food web card sort – Grade 6 Science</title>'))).toBe('Food web card sort');
    expect(docTitle(parse('<title>Co-planning: 7-8 ELA</title>'))).toBe('Co-planning: 7-8 ELA');
  });
});

describe('attendeesIn', () => {
  it('reads emails from attributes and names from the label or first text', () => {
    const doc = body(`<div id="att">
      <div data-email="A.Lee@School.org" aria-label="Ana Lee, Organizer"><img alt=""><span>ignored</span></div>
      <div data-hovercard-id="bo@school.org"><span></span><span>Bo Park</span><span>Accepted</span></div>
      <a href="mailto:cy@school.org">Cy Diaz</a>
      <div title="not an email">x</div></div>`);
    expect(attendeesIn(doc.getElementById('att')!)).toEqual(['Ana Lee', 'a.lee@school.org', 'Bo Park', 'bo@school.org', 'Cy Diaz', 'cy@school.org']);
  });
});

describe('peopleFromText', () => {
  it('finds people labelled as teachers or instructors', () => {
    expect(peopleFromText('Teacher: Ms. Maria Alvarez. Room 214.')).toEqual(['Ms. Maria Alvarez']);
    expect(peopleFromText('Instructors: Mr. Okafor and Mrs. Linda Park; office hours Tuesday')).toEqual(['Mr. Okafor', 'Mrs. Linda Park']);
    expect(peopleFromText('Taught by J. Smith')).toEqual(['J. Smith']);
    expect(peopleFromText('Maestra: Sra. Lucía Romero y Sr. Pablo Díaz.')).toEqual(['Sra. Lucía Romero', 'Sr. Pablo Díaz']);
  });

  it('ignores unlabelled names and labels without names', () => {
    expect(peopleFromText('Maria Alvarez posted a new assignment. Teacher: see syllabus.')).toEqual([]);
  });
});
