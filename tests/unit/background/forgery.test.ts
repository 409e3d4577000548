/**
 * Forged messages at the background's door. A web page cannot reach the
 * background at all (no `externally_connectable`), so what is left to defend
 * is: a content script (running in a page a hostile site controls) asking for
 * what only extension pages may ask, senders that are not ours, and malformed
 * payloads. Each must be answered `{ error: 'rejected' }` and change nothing:
 * not the database, not the per-tab state, not a tab.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../../src/background/service';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { loadSampleSchool } from '../../../src/db/sample';
import { buildSampleSchool } from '../../../src/sample/school';
import { ALLOWED_SENDERS, type RequestType, type SenderInfo } from '../../../src/messaging/protocol';
import { PAGE_KINDS, type PageContext } from '../../../src/core/types';

const NOW = new Date('2025-11-05T10:00:00');
const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;

const context: PageContext = {
  site: 'canvas',
  kind: 'assignment',
  url: 'https://springfield.instructure.com/courses/7/assignments/1',
  title: 'Food web lab: producers, consumers and decomposers',
  courseName: 'Science 7',
  text: 'Build a food web for the pond ecosystem. Identify producers, consumers and decomposers and show energy flow.',
  dates: ['2025-11-20'],
  people: ['Samuel Adeyemi'],
};

/** One well-formed example of every request type. */
const VALID: Record<RequestType, Record<string, unknown>> = {
  'page:context': { type: 'page:context', context },
  'page:clear': { type: 'page:clear' },
  'panel:get': { type: 'panel:get' },
  'panel:resize': { type: 'panel:resize', expanded: true, height: 540 },
  'panel:dismiss': { type: 'panel:dismiss', scope: 'site' },
  'tab:match': { type: 'tab:match', tabId: 12 },
  'data:changed': { type: 'data:changed' },
  'sites:sync': { type: 'sites:sync' },
  'popup:today': { type: 'popup:today' },
  'calendar:chips': { type: 'calendar:chips', site: 'google-calendar', chips: [{ title: 'Planning with Samuel Adeyemi', text: 'Planning with Samuel Adeyemi', people: ['Samuel Adeyemi'] }] },
};
const TYPES = Object.keys(VALID) as RequestType[];

const contentSender: SenderInfo = { id: ID, url: context.url, tab: { id: 12 }, frameId: 0 };
const panelSender: SenderInfo = { id: ID, url: `${ORIGIN}panel.html`, tab: { id: 12 }, frameId: 3 };

/** Senders that are neither our content scripts nor our pages. */
const UNKNOWN_SENDERS: [string, SenderInfo][] = [
  ['another extension’s content script', { id: 'other-extension-id', url: context.url, tab: { id: 12 }, frameId: 0 }],
  ['another extension’s page', { id: 'other-extension-id', url: 'chrome-extension://other-extension-id/popup.html' }],
  ['our id with another extension’s origin', { id: ID, url: 'chrome-extension://other-extension-id/panel.html', tab: { id: 12 } }],
  ['our id with a look-alike origin', { id: ID, url: `chrome-extension://${ID}.evil.example/panel.html`, tab: { id: 12 } }],
  ['a web page outside any tab (externally_connectable)', { id: ID, url: 'https://evil.example/' }],
  ['a file:// page in a tab', { id: ID, url: 'file:///home/librarian/notes.html', tab: { id: 12 } }],
  ['a data: URL in a tab', { id: ID, url: 'data:text/html,<p>hi</p>', tab: { id: 12 } }],
  ['our id without a URL', { id: ID, tab: { id: 12 } }],
  ['no id with our origin', { url: `${ORIGIN}popup.html` }],
  ['an empty sender', {}],
];

let db: LiaisonDB;
let logs: string[];
let service: ReturnType<typeof createService>;

beforeEach(async () => {
  db = openDb(`forgery-${Math.random()}`);
  await loadSampleSchool(db, buildSampleSchool(NOW));
  logs = [];
  service = createService({ db, now: () => NOW, log: (m) => logs.push(m) });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Everything a forged message could change: every table, the per-tab state and the badge. */
async function snapshot(): Promise<unknown> {
  const tables = Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
  return { tables, session: await fakeBrowser.storage.session.get(null), badge: await fakeBrowser.action.getBadgeText({}) };
}

/** Sends `message` as `sender` and expects a rejection that changed nothing and messaged no tab. */
async function expectRejected(message: unknown, sender: SenderInfo, reason: RegExp): Promise<void> {
  const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
  const before = await snapshot();
  const logged = logs.length;
  await expect(service.onMessage(message, sender)).resolves.toEqual({ error: 'rejected' });
  expect(logs.slice(logged)).toEqual([expect.stringMatching(reason)]);
  expect(await snapshot()).toEqual(before);
  expect(tabsSend).not.toHaveBeenCalled();
}

describe('sender rules', () => {
  it('the snapshot sees a change when a legitimate write happens (control for the tests below)', async () => {
    await service.onMessage(VALID['page:context'], contentSender);
    // fake-browser leaves tabs.sendMessage unimplemented; the dismiss tells the tab to remove its frame.
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const before = await snapshot();
    await expect(service.onMessage(VALID['panel:dismiss'], panelSender)).resolves.toEqual({ ok: true });
    expect(tabsSend).toHaveBeenCalledWith(12, { type: 'panel:remove' }, { frameId: 0 });
    expect(await snapshot()).not.toEqual(before);
  });

  it.each(TYPES.filter((t) => !ALLOWED_SENDERS[t].includes('content')))(
    'rejects %s from a content script, even with the panel state of its tab present',
    async (type) => {
      // A real page reading first, so that a wrongly accepted dismiss or match would have something to act on.
      await expect(service.onMessage(VALID['page:context'], contentSender)).resolves.toEqual({ show: true });
      await expectRejected(VALID[type], contentSender, /not accepted from a content script/);
    },
  );

  it.each(TYPES.filter((t) => !ALLOWED_SENDERS[t].includes('extension')))('rejects %s from an extension page', async (type) => {
    await expectRejected(VALID[type], panelSender, /not accepted from an? extension page/);
  });

  describe.each(UNKNOWN_SENDERS)('from %s', (_name, sender) => {
    it.each(TYPES)('rejects %s', async (type) => {
      await service.onMessage(VALID['page:context'], contentSender);
      await expectRejected(VALID[type], sender, /unknown sender/);
    });
  });

  it('the page a forged sender claims makes no difference: only the extension origin counts', async () => {
    // A content script cannot pass itself off as the panel by naming an extension URL in its page context.
    const forged = { ...VALID['page:context'], context: { ...context, url: `${ORIGIN}options.html#/sites` } };
    await expectRejected(forged, panelSender, /not accepted from an? extension page/);
  });
});

// ---------------------------------------------------------------- random malformed payloads

const JUNK = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }));
const notString = JUNK;
const tooLong = (max: number) => fc.integer({ min: 1, max: 50 }).map((n) => 'x'.repeat(max + n));
const badNumber = fc.oneof(fc.integer({ min: 2001 }), fc.integer({ max: -1 }), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null));
const badTabId = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)), fc.constant(Number.NaN), fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null));
const notIsoDate = fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s));

/** For each field: values it must never accept. */
const WRONG_CONTEXT_FIELD: Record<keyof PageContext, fc.Arbitrary<unknown>> = {
  site: fc.oneof(notString, tooLong(40)),
  kind: fc.oneof(notString, fc.string({ maxLength: 12 }).filter((s) => !(PAGE_KINDS as readonly string[]).includes(s))),
  url: fc.oneof(notString, tooLong(4096)),
  title: fc.oneof(notString, tooLong(1000)),
  courseName: fc.oneof(notString, tooLong(1000)),
  courseCode: fc.oneof(notString, tooLong(200)),
  text: fc.oneof(notString, tooLong(50_000)),
  dates: fc.oneof(notString.filter((v) => !Array.isArray(v)), fc.array(notIsoDate, { minLength: 1, maxLength: 3 }), fc.constant(Array.from({ length: 201 }, () => '2025-11-20'))),
  people: fc.oneof(fc.array(notString, { minLength: 1, maxLength: 3 }), fc.constant(Array.from({ length: 201 }, () => 'Sam')), fc.array(tooLong(200), { minLength: 1, maxLength: 2 })),
};
const REQUIRED_CONTEXT_FIELDS = ['site', 'kind', 'url', 'title', 'text', 'dates', 'people'] as const;

const WRONG_FIELD: Partial<Record<RequestType, Record<string, fc.Arbitrary<unknown>>>> = {
  'page:context': { context: fc.oneof(notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), fc.string({ maxLength: 8 })) },
  'panel:resize': { expanded: fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null)), height: badNumber },
  'panel:dismiss': { scope: fc.oneof(fc.string({ maxLength: 8 }).filter((s) => !['page', 'course', 'site'].includes(s)), fc.integer(), fc.constant(null)) },
  'tab:match': { tabId: badTabId },
};

/** A key that none of the schemas knows (and that object spread treats as a plain key). */
const strangeKey = fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !['type', 'context', 'expanded', 'height', 'scope', 'tabId', '__proto__'].includes(k) && !(k in context));

/** A message of the right type with something wrong in its fields. */
function malformed(type: RequestType): fc.Arbitrary<Record<string, unknown>> {
  const base = VALID[type];
  const options: fc.Arbitrary<Record<string, unknown>>[] = [
    // An extra field, at the top level.
    fc.tuple(strangeKey, fc.jsonValue()).map(([k, v]) => ({ ...base, [k]: v })),
  ];
  for (const [field, wrong] of Object.entries(WRONG_FIELD[type] ?? {})) {
    options.push(wrong.map((v) => ({ ...base, [field]: v })));
    options.push(fc.constant(Object.fromEntries(Object.entries(base).filter(([k]) => k !== field))));
  }
  if (type === 'page:context') {
    const fields = Object.keys(WRONG_CONTEXT_FIELD) as (keyof PageContext)[];
    options.push(
      fc.constantFrom(...fields).chain((f) => WRONG_CONTEXT_FIELD[f].map((v) => ({ ...base, context: { ...context, [f]: v } }))),
      fc.constantFrom(...REQUIRED_CONTEXT_FIELDS).map((f) => ({ ...base, context: Object.fromEntries(Object.entries(context).filter(([k]) => k !== f)) })),
      fc.tuple(strangeKey, fc.jsonValue()).map(([k, v]) => ({ ...base, context: { ...context, [k]: v } })),
    );
  }
  return fc.oneof(...options);
}

describe('malformed payloads', () => {
  it('rejects 200 random messages of a real type with wrong fields, from the sender that type accepts, and changes nothing', async () => {
    await service.onMessage(VALID['page:context'], contentSender);
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const before = await snapshot();
    const arb = fc.constantFrom(...TYPES).chain((type) => malformed(type).map((message) => ({ type, message })));
    await fc.assert(
      fc.asyncProperty(arb, async ({ type, message }) => {
        const sender = ALLOWED_SENDERS[type].includes('content') ? contentSender : panelSender;
        const logged = logs.length;
        const answer = await service.onMessage(message, sender);
        expect(answer).toEqual({ error: 'rejected' });
        expect(logs[logged]).toMatch(new RegExp(`^rejected message: malformed message \\(${type}\\)`));
      }),
      { numRuns: 200, seed: 20251105 },
    );
    expect(await snapshot()).toEqual(before);
    expect(tabsSend).not.toHaveBeenCalled();
  });
});
