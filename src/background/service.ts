/**
 * The background's logic, separate from its wiring so that unit tests can drive it
 * with fake-browser and fake-indexeddb. The service worker may be killed at any
 * moment: nothing here relies on memory surviving; the match index is rebuilt on
 * demand and the per-tab page contexts live in storage.session.
 */
import { browser } from 'wxt/browser';
import { buildMatcher } from '../core/match/engine';
import type { Matcher, MatchResult } from '../core/match/types';
import { badgeFor, computeDue, todaySections, type DueItem } from '../core/reminders';
import { planProgress } from '../core/plan';
import { toIsoDate } from '../core/dates';
import { buildPanelData } from '../core/panel';
import type { Library, PageContext, Settings } from '../core/types';
import { validateRequest, type Request, type SenderInfo } from '../messaging/protocol';
import { POPUP_SHOWN, type PopupToday, type ResponseMap, type TabMatch } from '../messaging/responses';
import type { LiaisonDB } from '../db/schema';
import { lastFromContacts, loadDueInput, loadLibrary } from '../db/library';
import { getSettings, updateSettings } from '../db/settings';
import { syncContentScripts } from './sites';
import { duePhrases } from '../ui/due-phrases';
import { t } from '../ui/i18n';

export const BADGE_ALARM = 'badge-refresh';
export const DIGEST_ALARM = 'daily-digest';
export const DIGEST_NOTIFICATION = 'library-liaison-digest';

/** The next local time `HH:mm` strictly after `now`. */
export function nextDailyTime(now: Date, hhmm: string): Date {
  const [h, m] = /^\d{1,2}:\d{2}$/.test(hhmm) ? hhmm.split(':').map(Number) : [8, 0];
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}
export const BADGE_COLORS = { due: '#1d4ed8', 'overdue-week': '#b91c1c', none: '#1d4ed8' } as const;

interface TabState {
  context: PageContext;
  frameId: number;
}

export interface ServiceDeps {
  db: LiaisonDB;
  now: () => Date;
  log?: (msg: string) => void;
}

export function dismissalKeys(ctx: PageContext): { page: string; course: string | null; site: string } {
  const url = new URL(ctx.url);
  return {
    page: `page:${url.origin}${url.pathname}`,
    course: ctx.courseName || ctx.courseCode ? `course:${ctx.site}:${url.host}:${ctx.courseCode || ctx.courseName}` : null,
    site: ctx.site,
  };
}

/**
 * Whether a match is worth showing: a confident unit, or, on a calendar event,
 * one of the librarian's contacts among the people invited.
 */
export function worthShowing(ctx: PageContext, match: MatchResult): boolean {
  return match.units.length > 0 || (ctx.kind === 'calendar-event' && match.contactIds.length > 0);
}

export function isPanelSuppressed(ctx: PageContext, settings: Settings): boolean {
  const k = dismissalKeys(ctx);
  if (settings.disabledSites.includes(k.site)) return true;
  return settings.panelDismissals.includes(k.page) || (k.course !== null && settings.panelDismissals.includes(k.course));
}

export function createService(deps: ServiceDeps) {
  const { db, now } = deps;
  const log = deps.log ?? ((m: string) => console.warn(`[Library Liaison] ${m}`));
  // The library and its match index, kept while the worker lives and dropped on
  // `data:changed`; rebuilt on demand after the worker wakes.
  let index: Promise<{ library: Library; matcher: Matcher }> | null = null;

  /**
   * Each tab's latest reading with its match, kept in memory from page:context
   * so that the panel, which asks a moment later, is answered without matching
   * again or reading storage; storage.session (tabState) is the fallback after
   * the worker restarted.
   */
  const tabMatches = new Map<number, { context: PageContext; match: MatchResult; settings: Settings }>();
  /** Set while a page is being matched, so that the start-up work (badge) waits its turn. */
  let pageWork: Promise<unknown> | null = null;

  const getIndex = () =>
    (index ??= loadLibrary(db).then((library) => ({ library, matcher: buildMatcher(library) }))).catch((e: unknown) => {
      index = null;
      throw e;
    });

  async function tabState(tabId: number): Promise<TabState | undefined> {
    const key = `tab:${tabId}`;
    const got = await browser.storage.session.get(key);
    return got[key] as TabState | undefined;
  }
  async function setTabState(tabId: number, state: TabState | null): Promise<void> {
    const key = `tab:${tabId}`;
    if (state) await browser.storage.session.set({ [key]: state });
    else await browser.storage.session.remove(key);
  }

  async function matchFor(ctx: PageContext): Promise<MatchResult> {
    return (await getIndex()).matcher.match(ctx, now());
  }

  /**
   * The reminders' input and due items, kept while the worker lives for the day
   * they were computed on, so that opening the popup costs no database read.
   * Every badge refresh (a write from any extension page, the 15-minute alarm,
   * midnight) reloads it; one load is shared by whoever asks while it runs.
   */
  type DueData = { input: Awaited<ReturnType<typeof loadDueInput>>; items: DueItem[]; popup?: PopupToday };
  let due: { day: string; data: Promise<DueData> } | null = null;
  function loadDue(fresh: boolean): Promise<DueData> {
    const at = now();
    const day = toIsoDate(at);
    if (!fresh && due?.day === day) return due.data;
    const data = loadDueInput(db, at).then((input) => ({ input, items: computeDue({ ...input, now: at, phrases: duePhrases }) }));
    const entry = { day, data };
    due = entry;
    data.catch(() => {
      if (due === entry) due = null;
    });
    return data;
  }

  /**
   * The popup's Today view and its type-ahead lists (see `PopupToday`), built
   * once per load of the due data. Each section holds its first POPUP_SHOWN
   * items unless `all` is asked ("Show all"): hundreds of overdue items would
   * otherwise make the message the slowest part of opening the popup.
   */
  async function popupToday(all: boolean): Promise<PopupToday> {
    const data = await loadDue(false);
    data.popup ??= buildPopupToday(data);
    if (all) return data.popup;
    const { overdue, dueToday, week } = data.popup;
    return { ...data.popup, overdue: overdue.slice(0, POPUP_SHOWN), dueToday: dueToday.slice(0, POPUP_SHOWN), week: week.slice(0, POPUP_SHOWN) };
  }
  function buildPopupToday(data: DueData): PopupToday {
    const { contacts, units, interactions, settings, lastInteraction } = data.input;
    const at = now();
    const active = contacts.filter((c) => !c.archived);
    const sections = todaySections(data.items, active, lastInteraction, at, 5);
    return {
      ...sections,
      counts: { overdue: sections.overdue.length, dueToday: sections.dueToday.length, week: sections.week.length },
      contactCount: contacts.length,
      plan: planProgress(settings.goals, interactions, settings, at).map((p) => ({
        label: p.goal.label,
        period: p.goal.period,
        done: p.done,
        target: p.target,
        met: p.met,
      })),
      contacts: active.map((c) => ({ id: c.id, name: c.name, role: c.role, subjects: c.subjects })),
      units: units.filter((u) => !u.archived).map((u) => ({ id: u.id, title: u.title })),
    };
  }

  /** Recomputes the badge from the database (`fresh`), or from the due data already loaded today. */
  async function refreshBadge(fresh = true): Promise<string> {
    const { items } = await loadDue(fresh);
    const badge = badgeFor(items, now());
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS[badge.color] });
    await browser.action.setTitle({
      title: badge.count === 0 ? t('badgeNothingDue') : badge.count === 1 ? t('badgeOneDue') : t('badgeManyDue', badge.count),
    });
    return badge.text;
  }

  /** Arms (or clears) the daily digest alarm from the settings. */
  async function scheduleDigest(settings: Settings): Promise<void> {
    if (!settings.notifications.enabled) {
      await browser.alarms.clear(DIGEST_ALARM);
      return;
    }
    browser.alarms.create(DIGEST_ALARM, { when: nextDailyTime(now(), settings.notifications.time).getTime() });
  }

  /** One notification a day, only when something is due; off unless the librarian turns it on. */
  async function sendDigest(): Promise<void> {
    const input = await loadDueInput(db, now());
    await scheduleDigest(input.settings);
    if (!input.settings.notifications.enabled) return;
    const items = computeDue({ ...input, now: now(), phrases: duePhrases }).filter((i) => i.overdueDays >= 0);
    if (items.length === 0) return;
    await browser.notifications.create(DIGEST_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: items.length === 1 ? t('digestOne') : t('digestMany', items.length),
      message: items
        .slice(0, 3)
        .map((i) => i.title)
        .join('\n'),
    });
  }

  async function ensureAlarms(): Promise<void> {
    // Every 15 minutes, and once at the next local midnight (re-armed each time it fires).
    const existing = await browser.alarms.get(BADGE_ALARM);
    if (!existing) browser.alarms.create(BADGE_ALARM, { periodInMinutes: 15 });
    const n = now();
    const midnight = new Date(n.getFullYear(), n.getMonth(), n.getDate() + 1, 0, 0, 5).getTime();
    browser.alarms.create('midnight', { when: midnight });
  }

  async function handle(req: Request, sender: SenderInfo): Promise<ResponseMap[Request['type']]> {
    const tabId = sender.tab?.id;
    switch (req.type) {
      case 'page:context': {
        if (tabId === undefined) return { show: false };
        tabMatches.delete(tabId);
        // Settings and the index are read side by side: on a cold worker the index is most of the wait.
        const work = Promise.all([getSettings(db), getIndex()]);
        pageWork = work.catch(() => undefined);
        const [settings] = await work;
        if (isPanelSuppressed(req.context, settings)) {
          await setTabState(tabId, null);
          return { show: false };
        }
        const match = await matchFor(req.context);
        const show = worthShowing(req.context, match);
        if (show) tabMatches.set(tabId, { context: req.context, match, settings });
        // Answered without waiting for the session write: the panel is served from memory meanwhile.
        setTabState(tabId, show ? { context: req.context, frameId: sender.frameId ?? 0 } : null).catch((e: unknown) => log(`tab state not saved: ${String(e)}`));
        return { show };
      }
      case 'page:clear':
        if (tabId !== undefined) {
          tabMatches.delete(tabId);
          await setTabState(tabId, null);
        }
        return { ok: true };
      case 'panel:get': {
        if (tabId === undefined) return null;
        const cached = tabMatches.get(tabId);
        if (cached) {
          const { library } = await getIndex();
          return buildPanelData(cached.context, cached.match, library, lastFromContacts(library.contacts), cached.settings, toIsoDate(now()));
        }
        const state = await tabState(tabId);
        if (!state) return null;
        const [{ library, matcher }, settings] = await Promise.all([getIndex(), getSettings(db)]);
        const match = matcher.match(state.context, now());
        if (!worthShowing(state.context, match)) return null;
        return buildPanelData(state.context, match, library, lastFromContacts(library.contacts), settings, toIsoDate(now()));
      }
      case 'panel:resize':
        if (tabId !== undefined) {
          const state = await tabState(tabId);
          await browser.tabs
            .sendMessage(tabId, { type: 'panel:resize', expanded: req.expanded, height: req.height }, { frameId: state?.frameId ?? 0 })
            .catch(() => undefined);
        }
        return { ok: true };
      case 'panel:dismiss': {
        if (tabId === undefined) return { ok: true };
        tabMatches.delete(tabId);
        const state = await tabState(tabId);
        if (state) {
          const keys = dismissalKeys(state.context);
          const settings = await getSettings(db);
          if (req.scope === 'site') {
            await updateSettings(db, { disabledSites: [...new Set([...settings.disabledSites, keys.site])] });
          } else {
            const key = req.scope === 'course' && keys.course ? keys.course : keys.page;
            await updateSettings(db, { panelDismissals: [...new Set([...settings.panelDismissals, key])] });
          }
          await setTabState(tabId, null);
          await browser.tabs.sendMessage(tabId, { type: 'panel:remove' }, { frameId: state.frameId }).catch(() => undefined);
        }
        return { ok: true };
      }
      case 'tab:match': {
        const state = await tabState(req.tabId);
        if (!state) return null;
        const { library, matcher } = await getIndex();
        const match = matcher.match(state.context, now());
        const top = match.units[0];
        const unit = top ? library.units.find((u) => u.id === top.unitId) : undefined;
        const answer: TabMatch = { unitId: unit?.id, unitTitle: unit?.title, contactIds: match.contactIds, pageTitle: state.context.title, url: state.context.url };
        return answer;
      }
      case 'data:changed':
        index = null;
        tabMatches.clear();
        await scheduleDigest(await getSettings(db));
        return { badge: await refreshBadge() };
      case 'popup:today':
        return popupToday(req.all === true);
      case 'sites:sync':
        return syncContentScripts(await getSettings(db));
      case 'calendar:chips': {
        // The week view's marker. The answer is positions only: a page script can
        // read the marks (they are attributes on its own elements), so at most it
        // learns "this chip involves one of her contacts", never who. A page could
        // plant chips to probe names or emails one by one; the calendar content
        // script bounds that (a few hundred chips per page load), and it only runs
        // on the calendar hosts, which already hold her events and address book.
        if ((await getSettings(db)).disabledSites.includes(req.site)) return { marked: [] };
        const { matcher } = await getIndex();
        const at = now();
        const marked: number[] = [];
        req.chips.forEach((chip, i) => {
          const page: PageContext = { site: req.site, kind: 'calendar-event', url: '', title: chip.title, text: chip.text, dates: [], people: chip.people };
          if (matcher.match(page, at).contactIds.length > 0) marked.push(i);
        });
        return { marked };
      }
    }
  }

  /** The runtime.onMessage listener: validates, then answers (never throws across the boundary). */
  function onMessage(message: unknown, sender: SenderInfo): Promise<unknown> | undefined {
    const checked = validateRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!checked.ok) {
      log(`rejected message: ${checked.reason}`);
      return Promise.resolve({ error: 'rejected' });
    }
    return handle(checked.request, sender).catch((e: unknown) => {
      log(`${checked.request.type} failed: ${e instanceof Error ? e.message : String(e)}`);
      return { error: 'failed' };
    });
  }

  async function onAlarm(alarm: { name: string }): Promise<void> {
    if (alarm.name === BADGE_ALARM) await refreshBadge();
    if (alarm.name === DIGEST_ALARM) await sendDigest();
    if (alarm.name === 'midnight') {
      await refreshBadge();
      await ensureAlarms();
    }
  }

  async function onTabRemoved(tabId: number): Promise<void> {
    tabMatches.delete(tabId);
    await setTabState(tabId, null);
  }

  /** Drops a tab's page reading when the tab moved to another page (same-page hash changes keep it). */
  async function onTabNavigated(tabId: number, url: string): Promise<void> {
    const state = await tabState(tabId);
    if (!state) return;
    const strip = (u: string) => u.split('#')[0];
    if (strip(state.context.url) !== strip(url)) {
      tabMatches.delete(tabId);
      await setTabState(tabId, null);
    }
  }

  async function start(): Promise<void> {
    await ensureAlarms();
    await scheduleDigest(await getSettings(db));
    // A worker woken by a page's reading answers it first: the badge reads the log, which can wait.
    while (pageWork) {
      const w = pageWork;
      await w;
      if (pageWork === w) pageWork = null;
    }
    // Shares the load with a popup that woke the worker and asked first.
    await refreshBadge(false);
  }

  return { onMessage, onAlarm, onTabRemoved, onTabNavigated, refreshBadge, start, handle, sendDigest };
}
