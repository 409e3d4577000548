import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import type { PanelData } from '../../messaging/responses';
import { RESOURCE_LABEL, ROLE_LABEL } from '../labels';
import { safeUrl } from '../safe-url';

export const COLLAPSED_HEIGHT = 52;
export const EXPANDED_HEIGHT = 540;

const EVIDENCE_LABEL: Record<string, string> = {
  title: 'unit title',
  keyword: 'keyword',
  term: 'words',
  standard: 'standard',
  'resource-title': 'book title',
  'resource-author': 'author',
  grade: 'grade',
  subject: 'subject',
  teacher: 'teacher',
  course: 'course',
  dates: 'dates',
};

/**
 * The in-page panel. It lives in an extension iframe, so the page's scripts
 * cannot read it; it asks the background for this tab's suggestions and renders
 * them as text only.
 */
export function PanelApp() {
  const [data, setData] = useState<PanelData | null | undefined>(undefined);
  const [expanded, setExpanded] = useState(false);
  const [menu, setMenu] = useState(false);
  const [copied, setCopied] = useState<number | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    send({ type: 'panel:get' })
      .then(setData)
      .catch(() => setData(null));
  }, []);

  useEffect(() => {
    if (data === undefined) return;
    void send({ type: 'panel:resize', expanded, height: data ? (expanded ? EXPANDED_HEIGHT : COLLAPSED_HEIGHT) : 0 }).catch(() => undefined);
  }, [expanded, data]);

  if (data === undefined) return null;
  if (data === null || (data.units.length === 0 && data.contacts.length === 0)) return null;

  const top = data.units[0];
  const firstContact = data.contacts[0];
  const pill = top
    ? `${top.title} · ${data.resources.length} resource${data.resources.length === 1 ? '' : 's'}`
    : `${firstContact!.name}${data.contacts.length > 1 ? ` and ${data.contacts.length - 1} more` : ''} · ${firstContact!.statusText.split(' · ')[0]!.toLowerCase()}`;
  const dismiss = (scope: 'page' | 'course' | 'site') => void send({ type: 'panel:dismiss', scope }).catch(() => undefined);
  /** Opens the quick log in a small window, prefilled through its URL. */
  const openLog = (extra: Record<string, string>) => {
    const params = new URLSearchParams({
      ...(top ? { unit: String(top.id) } : {}),
      contacts: data.contacts.filter((c) => c.role !== 'parent' || !top).map((c) => c.id).join(','),
      ...extra,
    });
    void browser.windows.create({ url: browser.runtime.getURL(`/popup.html?${params}`), type: 'popup', width: 420, height: 640 });
  };

  return (
    <main class="panel-main">
    <h1 class="visually-hidden">Library Liaison</h1>
    <aside class={`panel ${expanded ? 'expanded' : 'collapsed'}`} aria-label="Library Liaison suggestions">
      <div class="pill-row">
        <button
          ref={toggle}
          type="button"
          class="pill"
          aria-expanded={expanded}
          aria-controls="panel-body"
          data-testid="panel-pill"
          onClick={() => setExpanded(!expanded)}
          onKeyDown={(e) => e.key === 'Escape' && setExpanded(false)}
        >
          <svg class="logo" aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path d="M4 19.5A2.5 2.5 0 0 1 6.5 17H20V3H6.5A2.5 2.5 0 0 0 4 5.5z" />
            <path d="M4 19.5A2.5 2.5 0 0 0 6.5 22H20v-5" />
          </svg>
          <span class="pill-text">{pill}</span>
        </button>
      </div>
      {expanded && (
        <div id="panel-body" class="body" onKeyDown={(e) => e.key === 'Escape' && (setExpanded(false), toggle.current?.focus())}>
          {data.pageKind === 'calendar-event' && (
            <p class="small" data-testid="panel-event-title">
              Event: <strong>{data.pageTitle}</strong>
              {data.meetingDate && <span class="muted"> · {data.meetingDate}</span>}
            </p>
          )}
          {data.units.map((u) => (
            <section key={u.id} class="unit" aria-labelledby={`unit-${u.id}`}>
              <h2 id={`unit-${u.id}`} data-testid="panel-unit">
                {u.title}
              </h2>
              <p class="muted small">
                {u.subject} · grades {u.grades} · {u.when}
              </p>
              {u.evidence.length > 0 && (
                <p class="small why">
                  Why: {u.evidence.map((e) => `${EVIDENCE_LABEL[e.kind] ?? e.kind} “${e.value}”`).join(', ')}
                </p>
              )}
            </section>
          ))}
          {data.resources.length > 0 && (
            <section aria-labelledby="p-res">
              <h3 id="p-res">Resources</h3>
              <ul class="list" data-testid="panel-resources">
                {data.resources.map((r) => {
                  const href = safeUrl(r.url);
                  return (
                    <li key={r.id}>
                      <div class="row">
                        <span class="grow">
                          <span class="tag">{RESOURCE_LABEL[r.kind]}</span> <span data-testid="panel-resource">{r.title}</span>
                        </span>
                      </div>
                      <div class="row small muted">
                        {r.author && <span>{r.author}</span>}
                        {r.callNumber && <span>{r.callNumber}</span>}
                        {href && (
                          <>
                            <a href={href} target="_blank" rel="noopener noreferrer">
                              Open
                            </a>
                            <button
                              type="button"
                              class="link"
                              onClick={() => void navigator.clipboard.writeText(href).then(() => setCopied(r.id))}
                              aria-label={`Copy link to ${r.title}`}
                            >
                              {copied === r.id ? 'Copied' : 'Copy link'}
                            </button>
                          </>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {data.contacts.length > 0 && (
            <section aria-labelledby="p-people">
              <h3 id="p-people">{data.pageKind === 'calendar-event' ? 'People' : 'Teachers'}</h3>
              <ul class="list">
                {data.contacts.map((c) => (
                  <li key={c.id}>
                    <a href={browser.runtime.getURL(`/options.html#/contacts/${c.id}`)} target="_blank" rel="noopener">
                      {c.name}
                    </a>{' '}
                    <span class="muted small">{ROLE_LABEL[c.role]}</span>
                    <div class={`small status-${c.status}`} data-testid="panel-contact-status">
                      {c.statusText}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div class="row actions">
            {data.meetingDate ? (
              <button type="button" class="primary" data-testid="panel-log-meeting" onClick={() => openLog({ kind: 'meeting', date: data.meetingDate!, text: data.pageTitle })}>
                Log this meeting
              </button>
            ) : (
              <button type="button" class="primary" onClick={() => openLog({})}>
                Log idea
              </button>
            )}
            <span class="grow" />
            <button type="button" aria-expanded={menu} aria-controls="p-hide" onClick={() => setMenu(!menu)}>
              Hide…
            </button>
          </div>
          {menu && (
            <div id="p-hide" class="row small hide-menu" role="group" aria-label="Hide suggestions">
              <button type="button" onClick={() => dismiss('page')}>
                On this page
              </button>
              <button type="button" onClick={() => dismiss('course')}>
                For this course
              </button>
              <button type="button" onClick={() => dismiss('site')}>
                Turn off on this site
              </button>
            </div>
          )}
        </div>
      )}
    </aside>
    </main>
  );
}
