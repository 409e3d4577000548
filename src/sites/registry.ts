/**
 * All site adapters, and how a page finds its adapter: by hostname for the
 * hosted services, then by what the page itself says (for a district's own
 * Moodle or Canvas), and the generic reading for everything else.
 */
import { blackboard } from './blackboard';
import { brightspace } from './brightspace';
import { canvas } from './canvas';
import { classroom } from './classroom';
import { generic } from './generic';
import { googleCalendar } from './google-calendar';
import { moodle } from './moodle';
import { outlook } from './outlook';
import { schoology } from './schoology';
import { chooseAdapter, toUrl } from './choose';
import type { SiteAdapter } from './types';

/** Every adapter; `generic` is last and is never chosen by hostname. */
export const adapters: SiteAdapter[] = [canvas, classroom, schoology, moodle, brightspace, blackboard, googleCalendar, outlook, generic];

export function adapterById(id: string): SiteAdapter | undefined {
  return adapters.find((a) => a.id === id);
}

/** The adapter of a hosted service by hostname, if any. */
export function adapterForUrl(url: string | URL): SiteAdapter | undefined {
  const u = toUrl(url);
  return u ? adapters.find((a) => a !== generic && a.matchesUrl(u)) : undefined;
}

/** The adapter for a page: by hostname, else by the page's own markers, else generic. Never throws. */
export function detectAdapter(doc: Document, url: string | URL): SiteAdapter {
  const u = toUrl(url);
  return u ? chooseAdapter(adapters, doc, u) : generic;
}
