/** Loading site fixtures into documents (in the test's happy-dom window). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { SiteFixture } from '../../fixtures/sites/index';

/** Tests run from the repository root. */
export const fixtureDir = resolve(process.cwd(), 'tests/fixtures/sites') + '/';

/**
 * Fixtures are parsed in a window of their own whose console is silent:
 * happy-dom reports every iframe it declines to load, and fixtures have iframes.
 */
const silent = { log() {}, error() {}, warn() {}, info() {}, debug() {} } as unknown as Console;
const fixtureWindow = new Window({ url: 'https://fixtures.test/', console: silent });

export function parse(html: string): Document {
  return new fixtureWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function loadFixture(f: SiteFixture): Document {
  return parse(readFileSync(fixtureDir + f.file, 'utf8'));
}

/** A fixture's `now` as a local Date (year-less dates resolve against it). */
export function nowOf(f: SiteFixture): Date | undefined {
  if (!f.now) return undefined;
  const [y, m, d] = f.now.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** An empty HTML document in the silent window. */
export function blankDocument(title: string): Document {
  return (fixtureWindow.document as unknown as Document).implementation.createHTMLDocument(title);
}
