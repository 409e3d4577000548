// @vitest-environment happy-dom
/**
 * A real saved Schoology Grades page (see /work/shared/external/MANIFEST.md),
 * read in place and never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/sites/read';
import { detectAdapter } from '../../../src/sites/registry';
import { parse } from './helpers';

const file = resolve(process.cwd(), '../shared/external/lms-html/schoology-grades-page-middle-school.html');
const present = existsSync(file);

describe('the real Schoology grades page', () => {
  if (!present) it.skip(`skipped: ${file} is not on this machine`, () => {});

  it.skipIf(!present)('is read by the Schoology adapter as a grades page, scripts left out', () => {
    const doc = parse(readFileSync(file, 'utf8'));
    const ctx = readPage(doc, 'https://app.schoology.com/grades/grades');
    expect(ctx).not.toBeNull();
    expect(ctx!.site).toBe('schoology');
    expect(ctx!.kind).toBe('other');
    expect(ctx!.title).toBe('Grades');
    for (const t of ['Accelerated Math 6/7A', 'English 6', '1.3 order of operation', 'Ch 2 QUIZ', 'Nouns Quiz']) expect(ctx!.text).toContain(t);
    // The page's scripts (tab id broadcast, navigation strings) and its footer never leak into the text.
    for (const t of ['broadcastChannelTabId', 'siteNavigationUiProps', 'site-navigation.change_language', 'sessionStorage']) expect(ctx!.text).not.toContain(t);
    expect(ctx!.text.length).toBeGreaterThan(1000);
  });

  it.skipIf(!present)('is recognised from its markup on a district domain', () => {
    const doc = parse(readFileSync(file, 'utf8'));
    expect(detectAdapter(doc, 'https://lms.springfield-sd.org/grades/grades').id).toBe('schoology');
    expect(readPage(doc, 'https://lms.springfield-sd.org/grades/grades')?.site).toBe('schoology');
  });
});
