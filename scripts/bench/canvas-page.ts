/**
 * A heavy Canvas assignment page for the content-script benchmark: the adapter
 * fixture tests/fixtures/sites/canvas/assignment.html (Hatchet, chapter 4,
 * which matches the sample school's Hatchet unit) with the blocks a busy course
 * piles up repeated until the document holds about `elements` elements: To Do
 * items in the right sidebar (outside the main content) and submission
 * comments inside the main content (so the reader has a long text to walk).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/harness';
import { prng } from './dataset';

export const CANVAS_FIXTURE = join(ROOT, 'tests/fixtures/sites/canvas/assignment.html');
/** Where the fixture says it lives (tests/fixtures/sites/index.ts). */
export const CANVAS_URL = 'https://springfield.instructure.com/courses/101/assignments/2001';

const TODO_ELEMENTS = 5; // li, a, b, p, p
const COMMENT_ELEMENTS = 8; // div, div, img, span, time, div, p, em

const COURSES = ['Grade 8 Social Studies', 'Grade 7 Science', 'Grade 7 Math', 'Advisory 7B', 'Grade 7 Art', 'Springfield Middle School'];
const TASKS = ['Lab notebook check', 'Vocabulary quiz', 'Exit ticket', 'Map labeling', 'Fraction review', 'Sketchbook prompt', 'Permission slip'];
const SAYS = [
  'I think Brian is scared but he starts to think about what he can do.',
  'Can I turn in the organizer on paper instead?',
  'Good use of text evidence here; cite the page number next time.',
  'The part about the Secret made me understand why he is so angry.',
  'I compared his shelter with the survival guide from the library cart.',
  'Please check the rubric: the explanation needs one more sentence.',
  'My prediction is that the hatchet will help him make fire.',
  'Resubmitted with the second quote added.',
];

/** Elements in an HTML string: its start tags. */
export function countElements(html: string): number {
  return (html.match(/<[a-zA-Z]/g) ?? []).length;
}

function insertBefore(html: string, anchor: string, block: string): string {
  const at = html.indexOf(anchor);
  if (at < 0) throw new Error(`${CANVAS_FIXTURE} changed: the benchmark page anchors on "${anchor}"`);
  return html.slice(0, at) + block + html.slice(at);
}

export function bigCanvasPage(elements = 5_000, seed = 7): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const base = readFileSync(CANVAS_FIXTURE, 'utf8');
  const missing = Math.max(0, elements - countElements(base) - 3); // - the wrappers added below
  const todos = Math.round(missing / 2 / TODO_ELEMENTS);
  const comments = Math.round((missing - todos * TODO_ELEMENTS) / COMMENT_ELEMENTS);

  const todoItems = Array.from({ length: todos }, (_, i) => {
    const day = 1 + (i % 28);
    return `<li><a href="/courses/${200 + (i % 9)}/assignments/${6000 + i}"><b class="todo-list-header">${pick(TASKS)} ${i + 1}</b><p>${pick(COURSES)}</p><p>Due Dec ${day} at 11:59pm</p></a></li>`;
  }).join('\n');
  const commentItems = Array.from({ length: comments }, (_, i) => {
    const minute = String(i % 60).padStart(2, '0');
    return `<div class="comment" id="submission_comment_${9000 + i}"><div class="comment-header"><img src="/images/messages/avatar-50.png" alt=""><span class="author_name">Student ${1 + (i % 31)}</span> <time datetime="2026-11-18T15:${minute}:00-06:00">Nov 18 at 3:${minute}pm</time></div><div class="comment_body"><p>${pick(SAYS)} <em>(${i % 3 === 0 ? 'edited' : 'sent'})</em></p></div></div>`;
  }).join('\n');

  let html = insertBefore(base, '<div id="rubrics"', `<div id="submission_comments" class="comments"><h2>Submission comments</h2>\n${commentItems}\n</div>\n`);
  html = insertBefore(html, '<h2>Related Items</h2>', `<ul class="right-side-list to-do-list coming-up">\n${todoItems}\n</ul>\n`);
  return html;
}
