import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DueItem } from '../../core/reminders';
import { INTERACTION_KINDS, type Contact, type InteractionKind, type Stored } from '../../core/types';
import { send } from '../../messaging/client';
import { POPUP_SHOWN, type PopupContact, type PopupToday, type TabMatch } from '../../messaging/responses';
import { t } from '../i18n';
import { Toast, type UndoToast } from '../Toast';
import { QuickLog, type LogPrefill } from './QuickLog';

/**
 * The popup opens on what the background already has (`popup:today`: one
 * message, no database read here). Writes load Dexie on demand (actions.ts),
 * warmed once the page is idle so that the first click does not wait for it.
 */
const actions = () => import('./actions');

type Action = 'done' | 'snooze-day' | 'snooze-week' | 'dismiss';
type Section = keyof PopupToday['counts'];

/**
 * The type-ahead's contacts in the shape ContactPicker takes. It reads only
 * id, name, role, subjects, email and archived; the payload leaves out the
 * rest (it lists only non-archived contacts).
 */
function pickerContacts(list: PopupContact[]): Stored<Contact>[] {
  return list.map((c) => ({ ...c, grades: [], archived: false, createdAt: '' }));
}

/** What to prefill, from the URL (the panel, a context menu) or from the tab the popup opened over. */
async function readPrefill(): Promise<LogPrefill | undefined> {
  const params = new URLSearchParams(location.search);
  const tabParam = params.get('tab');
  const text = params.get('text') ?? undefined;
  // Opened from the panel ("Log idea", "Log this meeting"): what to prefill comes in the URL.
  if (params.has('unit') || params.has('contacts')) {
    const contactIds = (params.get('contacts') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const kind = params.get('kind');
    return {
      explicit: true,
      contactIds,
      unitId: Number(params.get('unit')) || undefined,
      text,
      kind: (INTERACTION_KINDS as readonly string[]).includes(kind ?? '') ? (kind as InteractionKind) : undefined,
      date: params.get('date') ?? undefined,
    };
  }
  // Opened by the context menu (`?tab=`) or over the current tab: that tab's match, if the background has one.
  const tabId = tabParam ? Number(tabParam) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const m: TabMatch | null = tabId === undefined ? null : await send({ type: 'tab:match', tabId });
  if (!m && !text) return undefined;
  return {
    explicit: Boolean(tabParam),
    contactIds: m?.contactIds.slice(0, 1) ?? [],
    unitId: m?.unitId,
    text: text ?? (m?.pageTitle ? t('popupAboutPage', m.pageTitle) : undefined),
  };
}

function SectionBox({ id, title, items, children }: { id: string; title: string; items: number; children: preact.ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="section">
      <h3 id={id}>
        {title} <span class="muted">({items})</span>
      </h3>
      {children}
    </section>
  );
}

const PERIOD_LABEL = { week: 'popupPeriodWeek', month: 'popupPeriodMonth', quarter: 'popupPeriodQuarter' } as const;

export function PopupApp() {
  const [data, setData] = useState<PopupToday | null>(null);
  const [failed, setFailed] = useState(false);
  const [toast, setToast] = useState<UndoToast | null>(null);
  /** "Show all" was used: the popup then asks for every item of every section. */
  const [all, setAll] = useState(false);
  const [expandedSections, setExpandedSections] = useState<Section[]>([]);
  const [prefill, setPrefill] = useState<LogPrefill | undefined>(undefined);

  /** Asks the background for the Today view (again after each write: it recomputed it before answering `data:changed`). */
  const reload = (everything = all) =>
    send({ type: 'popup:today', all: everything }).then(
      (d) => {
        setData(d);
        setFailed(false);
      },
      () => setFailed(true),
    );

  // A layout effect, not an effect: Preact runs effects after the next paint, which would
  // hold the request back by a frame of "Loading…".
  useLayoutEffect(() => {
    void reload();
    void readPrefill()
      .then(setPrefill)
      .catch(() => undefined);
  }, []);

  // Once the popup is shown and idle, load the write path, so that the first action is immediate.
  const loaded = data !== null;
  useEffect(() => {
    if (!loaded) return;
    const id = requestIdleCallback(() => void actions(), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [loaded]);

  const contacts = useMemo(() => pickerContacts(data?.contacts ?? []), [data?.contacts]);

  if (failed && !data) {
    return (
      <p class="error" role="alert">
        {t('popupUnavailable')}
      </p>
    );
  }
  if (!data) return <p class="muted" aria-busy="true">{t('loading')}</p>;

  const act = async (item: DueItem, action: Action) => {
    const a = await actions();
    const at = new Date().toISOString();
    if (action === 'done') {
      const id = await a.logInteraction({ kind: 'check-in', date: data.today, contactIds: item.contactIds, ...(item.unitId !== undefined ? { unitId: item.unitId } : {}), notes: item.title, createdAt: at });
      setToast({ message: t('popupLoggedDone'), undo: async () => void (await a.unlogInteraction(id), await reload()) });
    } else if (action === 'dismiss') {
      const previous = await a.dismissReminder(item.key, item.originalDue, at);
      setToast({ message: t('popupDismissed'), undo: async () => void (await a.restoreReminderState(item.key, previous), await reload()) });
    } else {
      const { previous, until } = await a.snoozeReminder(item.key, data.today, action === 'snooze-day' ? 1 : 7, at);
      setToast({ message: t('popupSnoozedUntil', until), undo: async () => void (await a.restoreReminderState(item.key, previous), await reload()) });
    }
    await reload();
  };

  const showAll = async (section: Section) => {
    if (!all) {
      setAll(true);
      await reload(true);
    }
    setExpandedSections([...expandedSections, section]);
  };

  const renderItems = (items: DueItem[], section: Section) =>
    items.length === 0 ? (
      <p class="muted small">{t('popupNothingHere')}</p>
    ) : (
      <>
        <ul class="list" data-testid="due-list">
          {(expandedSections.includes(section) ? items : items.slice(0, POPUP_SHOWN)).map((item) => (
            <li key={item.key} data-key={item.key}>
              <div>{item.title}</div>
              <div class="row small" style={{ marginTop: '4px' }}>
                <span class={item.overdueDays > 7 ? 'status-overdue' : item.overdueDays >= 0 ? 'status-due' : 'muted'}>
                  {item.overdueDays > 0 ? t('popupDaysOverdue', item.overdueDays) : item.overdueDays === 0 ? t('popupDueToday') : t('popupDueOn', item.due)}
                </span>
                <span class="grow" />
                <button type="button" onClick={() => void act(item, 'done')} aria-label={t('popupDoneLabel', item.title)}>
                  {t('popupDone')}
                </button>
                <button type="button" onClick={() => void act(item, 'snooze-day')} aria-label={t('popupTomorrowLabel', item.title)}>
                  {t('popupTomorrow')}
                </button>
                <button type="button" onClick={() => void act(item, 'snooze-week')} aria-label={t('popupNextWeekLabel', item.title)}>
                  {t('popupNextWeek')}
                </button>
                <button type="button" class="link" onClick={() => void act(item, 'dismiss')} aria-label={t('popupDismissLabel', item.title)}>
                  {t('popupDismiss')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {data.counts[section] > POPUP_SHOWN && !expandedSections.includes(section) && (
          <button type="button" class="link" onClick={() => void showAll(section)}>
            {t('popupShowAll', data.counts[section])}
          </button>
        )}
      </>
    );

  return (
    <main class="popup">
      <header class="row">
        <h1 class="grow">{t('extName')}</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOpenLibrary')}
        </a>
      </header>
      {data.contactCount === 0 ? (
        <section class="card">
          <p>{t('popupEmptyTitle')}</p>
          <p class="small muted">{t('popupEmptyHelp')}</p>
          <a href={browser.runtime.getURL('/options.html#/import')} target="_blank" rel="noopener">
            {t('popupEmptyLink')}
          </a>
        </section>
      ) : (
        <QuickLog
          contacts={contacts}
          units={data.units}
          prefill={prefill}
          today={data.today}
          onSave={async (entry) => {
            const a = await actions();
            const id = await a.logInteraction(entry);
            setToast({ message: t('popupSaved'), undo: async () => void (await a.unlogInteraction(id), await reload()) });
            await reload();
          }}
          onCreateContact={async (name, role) => {
            const a = await actions();
            const id = await a.createContact(name, role, new Date().toISOString());
            setToast({ message: t('popupContactAdded', name), undo: async () => void (await a.deleteNewContact(id), await reload()) });
            await reload();
            return id;
          }}
        />
      )}
      <h2 style={{ marginTop: '14px' }}>{t('popupToday')}</h2>
      <SectionBox id="s-overdue" title={t('popupOverdue')} items={data.counts.overdue}>
        {renderItems(data.overdue, 'overdue')}
      </SectionBox>
      <SectionBox id="s-today" title={t('popupDueTodaySection')} items={data.counts.dueToday}>
        {renderItems(data.dueToday, 'dueToday')}
      </SectionBox>
      <SectionBox id="s-week" title={t('popupThisWeek')} items={data.counts.week}>
        {renderItems(data.week, 'week')}
      </SectionBox>
      <section aria-labelledby="s-plan" class="section">
        <h3 id="s-plan">{t('popupPlan')}</h3>
        <ul class="list small">
          {data.plan.map((p) => (
            <li key={p.label}>
              <div class="row">
                <span class="grow">{p.label}</span>
                <span class={p.met ? 'status-ok' : 'muted'}>{t('popupPlanProgress', p.done, p.target, t(PERIOD_LABEL[p.period]))}</span>
              </div>
              <progress max={p.target} value={Math.min(p.done, p.target)} aria-label={t('popupPlanProgressLabel', p.label, p.done, p.target)} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="s-losing" class="section">
        <h3 id="s-losing">{t('popupLosingTouch')}</h3>
        <ul class="list small" data-testid="losing-touch">
          {data.losing.map((l) => (
            <li key={l.contactId} class="row">
              <a class="grow" href={browser.runtime.getURL(`/options.html#/contacts/${l.contactId}`)} target="_blank" rel="noopener">
                {l.name}
              </a>
              <span class="muted">{l.daysSince === null ? t('popupNeverContacted') : t('popupDaysSince', l.daysSince)}</span>
            </li>
          ))}
        </ul>
      </section>
      {toast && <Toast toast={toast} onClose={() => setToast(null)} />}
    </main>
  );
}
