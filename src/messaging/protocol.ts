/**
 * The one message protocol between content scripts, the panel, the popup, the
 * options page and the background. Every request is validated at the
 * background's door: its shape (valibot) and its sender (content script or
 * extension page). Anything else is rejected with a logged reason.
 */
import * as v from 'valibot';
import { PAGE_KINDS } from '../core/types';

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const PageContextSchema = v.strictObject({
  site: str(40),
  kind: v.picklist(PAGE_KINDS),
  url: str(4096),
  title: str(1000),
  courseName: v.optional(str(1000)),
  courseCode: v.optional(str(200)),
  text: str(50_000),
  dates: v.pipe(v.array(isoDate), v.maxLength(200)),
  people: v.pipe(v.array(str(200)), v.maxLength(200)),
});

/** One event chip of a calendar's week view: what its text says, never HTML. */
export const CalendarChipSchema = v.strictObject({
  title: str(300),
  text: str(600),
  people: v.pipe(v.array(str(200)), v.maxLength(20)),
});
export type CalendarChip = v.InferOutput<typeof CalendarChipSchema>;

/** Who may send a message: a content script in a web page, or one of the extension's own pages. */
export type SenderKind = 'content' | 'extension';

export const RequestSchema = v.variant('type', [
  // content script → background: the page it read. Answer: whether to show the panel.
  v.strictObject({ type: v.literal('page:context'), context: PageContextSchema }),
  // content script → background: the page no longer has anything to show (SPA navigation).
  v.strictObject({ type: v.literal('page:clear') }),
  // panel (extension page inside the tab) → background: what to show for this tab.
  v.strictObject({ type: v.literal('panel:get') }),
  // panel → background → content script: resize the frame.
  v.strictObject({ type: v.literal('panel:resize'), expanded: v.boolean(), height: v.pipe(v.number(), v.minValue(0), v.maxValue(2000)) }),
  // panel → background: hide the panel for this page, this course, or the whole site.
  v.strictObject({ type: v.literal('panel:dismiss'), scope: v.picklist(['page', 'course', 'site']) }),
  // popup → background: the current tab's match (to prefill the log form).
  v.strictObject({ type: v.literal('tab:match'), tabId: v.pipe(v.number(), v.integer()) }),
  // any extension page → background: data was written; recompute the badge and the match index.
  v.strictObject({ type: v.literal('data:changed') }),
  // popup → background: the Today view and the quick log's type-ahead data, ready-made from the background's cache
  // (the first items of each section, or all of them with `all`).
  v.strictObject({ type: v.literal('popup:today'), all: v.optional(v.boolean()) }),
  // options → background: register or unregister content scripts for a self-hosted site.
  v.strictObject({ type: v.literal('sites:sync') }),
  // calendar content script → background: the week view's event chips, as plain text. Answer: the indices of the chips that involve a contact.
  v.strictObject({ type: v.literal('calendar:chips'), site: v.picklist(['google-calendar', 'outlook']), chips: v.pipe(v.array(CalendarChipSchema), v.maxLength(100)) }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/** Which sender each request accepts. Writes and settings changes only come from extension pages. */
export const ALLOWED_SENDERS: Record<RequestType, SenderKind[]> = {
  'page:context': ['content'],
  'page:clear': ['content'],
  'panel:get': ['extension'],
  'panel:resize': ['extension'],
  'panel:dismiss': ['extension'],
  'tab:match': ['extension'],
  'data:changed': ['extension'],
  'popup:today': ['extension'],
  'sites:sync': ['extension'],
  'calendar:chips': ['content'],
};

/** Background → content script (sent with tabs.sendMessage). */
export const ToContentSchema = v.variant('type', [
  v.strictObject({ type: v.literal('panel:resize'), expanded: v.boolean(), height: v.number() }),
  v.strictObject({ type: v.literal('panel:remove') }),
]);
export type ToContent = v.InferOutput<typeof ToContentSchema>;

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/**
 * Classifies a sender. `extensionOrigin` is `browser.runtime.getURL('/')`.
 * Content scripts: our extension id, inside a tab, with a web URL.
 * Extension pages: our extension id and a URL on our own origin (popup, options, panel iframe).
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab?.id !== undefined && /^https?:\/\//.test(url)) return 'content';
  return null;
}

export type Validation = { ok: true; request: Request; sender: SenderKind } | { ok: false; reason: string };

export function validateRequest(message: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): Validation {
  const kind = classifySender(sender, extensionId, extensionOrigin);
  if (!kind) return { ok: false, reason: `unknown sender ${JSON.stringify({ id: sender.id, url: sender.url })}` };
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success) {
    const type = typeof message === 'object' && message !== null ? String((message as { type?: unknown }).type) : typeof message;
    return { ok: false, reason: `malformed message (${type}): ${parsed.issues.map((i) => i.message).slice(0, 3).join('; ')}` };
  }
  const request = parsed.output;
  if (!ALLOWED_SENDERS[request.type].includes(kind)) {
    return { ok: false, reason: `${request.type} is not accepted from ${kind === 'content' ? 'a content script' : 'an extension page'}` };
  }
  return { ok: true, request, sender: kind };
}
