/**
 * Self-hosted sites (a district's Moodle, Canvas on its own domain): the options
 * page asks for the host permission from the user's click; here the content
 * script is registered for every custom site we hold permission for, and
 * unregistered for any that was removed. Idempotent: safe to run at every start.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../core/types';

export const CONTENT_SCRIPT_FILE = 'content-scripts/selfhosted.js';
const PREFIX = 'custom-site:';

/** Secure pages only: a school system that still serves plain http is not read. */
export function originPatterns(host: string): string[] {
  return [`https://${host}/*`];
}

/** A host name as typed by a librarian → a bare host, or null if it is not one. */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z]+:\/\//.test(s)) s = `https://${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname;
  if (!/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z0-9-]{2,63}$/.test(host)) return null;
  return host;
}

export async function syncContentScripts(settings: Settings): Promise<{ registered: string[]; errors: string[] }> {
  const errors: string[] = [];
  const registered: string[] = [];
  const existing = await browser.scripting.getRegisteredContentScripts();
  const wanted = new Map<string, string>();
  for (const site of settings.customSites) {
    const origins = originPatterns(site.host);
    const granted = await browser.permissions.contains({ origins });
    if (granted) wanted.set(PREFIX + site.host, site.host);
    else errors.push(`No permission for ${site.host}: add the site again to grant access.`);
  }
  const stale = existing.filter((s) => s.id.startsWith(PREFIX) && !wanted.has(s.id)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(existing.map((s) => s.id));
  for (const [id, host] of wanted) {
    if (have.has(id)) {
      registered.push(host);
      continue;
    }
    try {
      await browser.scripting.registerContentScripts([
        { id, matches: originPatterns(host), js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
      registered.push(host);
    } catch (e) {
      errors.push(`Could not enable ${host}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { registered, errors };
}
