import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { INTERACTION_KINDS, type Contact, type InteractionKind, type Stored, type Unit } from '../../core/types';
import { computeDue, losingTouch, type DueItem } from '../../core/reminders';
import { planProgress } from '../../core/plan';
import { addDaysIso, toIsoDate } from '../../core/dates';
import { getDb } from '../../db/schema';
import { loadDueInput } from '../../db/library';
import { addInteraction, deleteInteraction } from '../../db/interactions';
import { send } from '../../messaging/client';
import type { TabMatch } from '../../messaging/responses';
import { useLive } from '../hooks';
import { QuickLog, type LogPrefill } from './QuickLog';
import { Toast, type UndoToast } from '../Toast';

const now = () => new Date();
/** Items shown per section before "Show all": the popup opens fast even with hundreds due. */
const SHOWN = 12;

async function notifyChanged() {
  await send({ type: 'data:changed' }).catch(() => undefined);
}

function Section({ id, title, items, children }: { id: string; title: string; items: number; children: preact.ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="section">
      <h3 id={id}>
        {title} <span class="muted">({items})</span>
      </h3>
      {children}
    </section>
  );
}

export function PopupApp() {
  const db = getDb();
  const data = useLive(() => loadDueInput(db, now()), []);
  const [toast, setToast] = useState<UndoToast | null>(null);
  const [expandedSections, setExpandedSections] = useState<string[]>([]);
  const [prefill, setPrefill] = useState<LogPrefill | undefined>(undefined);

  // Prefill from the tab the popup was opened over (or the one the context menu named).
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const tabParam = params.get('tab');
    const text = params.get('text') ?? undefined;
    // Opened from the panel ("Log idea", "Log this meeting"): what to prefill comes in the URL.
    if (params.has('unit') || params.has('contacts')) {
      const contactIds = (params.get('contacts') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
      const kind = params.get('kind');
      setPrefill({
        explicit: true,
        contactIds,
        unitId: Number(params.get('unit')) || undefined,
        text,
        kind: (INTERACTION_KINDS as readonly string[]).includes(kind ?? '') ? (kind as InteractionKind) : undefined,
        date: params.get('date') ?? undefined,
      });
      return;
    }
    const tabIdP = tabParam ? Promise.resolve(Number(tabParam)) : browser.tabs.query({ active: true, currentWindow: true }).then((t) => t[0]?.id);
    void tabIdP
      .then((tabId) => (tabId === undefined ? null : send({ type: 'tab:match', tabId })))
      .then((m: TabMatch | null) => {
        if (m || text) setPrefill({ explicit: Boolean(tabParam), contactIds: m?.contactIds.slice(0, 1) ?? [], unitId: m?.unitId, text: text ?? (m?.pageTitle ? `About “${m.pageTitle}”: ` : undefined) });
      })
      .catch(() => undefined);
  }, []);

  const view = useMemo(() => {
    if (!data) return null;
    const n = now();
    const due = computeDue({ ...data, now: n });
    const active = data.contacts.filter((c) => !c.archived) as Stored<Contact>[];
    return {
      overdue: due.filter((d) => d.overdueDays > 0),
      today: due.filter((d) => d.overdueDays === 0),
      week: due.filter((d) => d.overdueDays < 0),
      plan: planProgress(data.settings.goals, data.interactions, data.settings, n),
      losing: losingTouch(active, data.lastInteraction, n, 5),
      contacts: active,
      byId: new Map(data.contacts.map((c) => [c.id as number, c])),
    };
  }, [data]);

  if (!data || !view) return <p class="muted" aria-busy="true">Loading…</p>;

  const act = async (item: DueItem, action: 'done' | 'snooze-day' | 'snooze-week' | 'dismiss') => {
    const today = toIsoDate(now());
    if (action === 'done') {
      const id = await addInteraction(db, {
        kind: 'check-in',
        date: today,
        contactIds: item.contactIds,
        unitId: item.unitId,
        notes: item.title,
        createdAt: now().toISOString(),
      });
      setToast({ message: 'Logged as done.', undo: async () => void (await deleteInteraction(db, id), await notifyChanged()) });
    } else {
      const previous = await db.reminderState.get(item.key);
      const next =
        action === 'dismiss'
          ? { key: item.key, dismissedDue: item.originalDue, updatedAt: now().toISOString() }
          : { key: item.key, snoozedUntil: addDaysIso(today, action === 'snooze-day' ? 1 : 7), updatedAt: now().toISOString() };
      await db.reminderState.put(next);
      setToast({
        message: action === 'dismiss' ? 'Dismissed.' : `Snoozed until ${next.snoozedUntil}.`,
        undo: async () => {
          if (previous) await db.reminderState.put(previous);
          else await db.reminderState.delete(item.key);
          await notifyChanged();
        },
      });
    }
    await notifyChanged();
  };

  const renderItems = (items: DueItem[], section: string) =>
    items.length === 0 ? (
      <p class="muted small">Nothing here.</p>
    ) : (
      <>
      <ul class="list" data-testid="due-list">
        {(expandedSections.includes(section) ? items : items.slice(0, SHOWN)).map((item) => (
          <li key={item.key} data-key={item.key}>
            <div>{item.title}</div>
            <div class="row small" style={{ marginTop: '4px' }}>
              <span class={item.overdueDays > 7 ? 'status-overdue' : item.overdueDays >= 0 ? 'status-due' : 'muted'}>
                {item.overdueDays > 0 ? `${item.overdueDays} days overdue` : item.overdueDays === 0 ? 'due today' : `due ${item.due}`}
              </span>
              <span class="grow" />
              <button type="button" onClick={() => void act(item, 'done')} aria-label={`Done: ${item.title}`}>
                Done
              </button>
              <button type="button" onClick={() => void act(item, 'snooze-day')} aria-label={`Tomorrow: snooze until tomorrow, ${item.title}`}>
                Tomorrow
              </button>
              <button type="button" onClick={() => void act(item, 'snooze-week')} aria-label={`Next week: snooze for a week, ${item.title}`}>
                Next week
              </button>
              <button type="button" class="link" onClick={() => void act(item, 'dismiss')} aria-label={`Dismiss: ${item.title}`}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
      {items.length > SHOWN && !expandedSections.includes(section) && (
        <button type="button" class="link" onClick={() => setExpandedSections([...expandedSections, section])}>
          Show all {items.length}
        </button>
      )}
      </>
    );

  const empty = data.contacts.length === 0;

  return (
    <main class="popup">
      <header class="row">
        <h1 class="grow">Library Liaison</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Open library
        </a>
      </header>
      {empty ? (
        <section class="card">
          <p>No contacts yet.</p>
          <p class="small muted">Open the library to add your teachers, import a spreadsheet or vCard file, or try the sample school.</p>
          <a href={browser.runtime.getURL('/options.html#/import')} target="_blank" rel="noopener">
            Import or load the sample school
          </a>
        </section>
      ) : (
        <QuickLog
          contacts={view.contacts}
          units={data.units as Stored<Unit>[]}
          prefill={prefill}
          now={now}
          onSave={async ({ entry }) => {
            const id = await addInteraction(db, entry);
            await notifyChanged();
            setToast({ message: 'Saved to your log.', undo: async () => void (await deleteInteraction(db, id), await notifyChanged()) });
          }}
        />
      )}
      <h2 style={{ marginTop: '14px' }}>Today</h2>
      <Section id="s-overdue" title="Overdue" items={view.overdue.length}>
        {renderItems(view.overdue, 'overdue')}
      </Section>
      <Section id="s-today" title="Due today" items={view.today.length}>
        {renderItems(view.today, 'today')}
      </Section>
      <Section id="s-week" title="This week" items={view.week.length}>
        {renderItems(view.week, 'week')}
      </Section>
      <section aria-labelledby="s-plan" class="section">
        <h3 id="s-plan">Connection plan</h3>
        <ul class="list small">
          {view.plan.map((p) => (
            <li key={p.goal.label}>
              <div class="row">
                <span class="grow">{p.goal.label}</span>
                <span class={p.met ? 'status-ok' : 'muted'}>
                  {p.done}/{p.target} this {p.goal.period}
                </span>
              </div>
              <progress max={p.target} value={Math.min(p.done, p.target)} aria-label={`${p.goal.label}: ${p.done} of ${p.target}`} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="s-losing" class="section">
        <h3 id="s-losing">Losing touch</h3>
        <ul class="list small">
          {view.losing.map((l) => {
            const c = view.byId.get(l.contactId);
            return (
              <li key={l.contactId} class="row">
                <a class="grow" href={browser.runtime.getURL(`/options.html#/contacts/${l.contactId}`)} target="_blank" rel="noopener">
                  {c?.name}
                </a>
                <span class="muted">{l.daysSince === null ? 'never contacted' : `${l.daysSince} days`}</span>
              </li>
            );
          })}
        </ul>
      </section>
      {toast && <Toast toast={toast} onClose={() => setToast(null)} />}
    </main>
  );
}
