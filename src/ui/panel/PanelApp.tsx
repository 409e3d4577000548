import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import type { PanelData } from '../../messaging/responses';
import { t, type MessageKey } from '../i18n';
import { RESOURCE_LABEL, ROLE_LABEL } from '../labels';
import { safeUrl } from '../safe-url';

export const COLLAPSED_HEIGHT = 52;
export const EXPANDED_HEIGHT = 540;

const EVIDENCE_LABEL: Record<string, MessageKey> = {
  title: 'panelEvidenceTitle',
  keyword: 'panelEvidenceKeyword',
  term: 'panelEvidenceTerm',
  standard: 'panelEvidenceStandard',
  'resource-title': 'panelEvidenceResourceTitle',
  'resource-author': 'panelEvidenceResourceAuthor',
  grade: 'panelEvidenceGrade',
  subject: 'panelEvidenceSubject',
  teacher: 'panelEvidenceTeacher',
  course: 'panelEvidenceCourse',
  dates: 'panelEvidenceDates',
};

const evidenceLabel = (kind: string) => {
  const key = EVIDENCE_LABEL[kind];
  return key ? t(key) : kind;
};

/** The panel's data, asked for as soon as the frame's script runs (before the first render). */
export function requestPanelData(): Promise<PanelData | null> {
  return send({ type: 'panel:get' }).catch(() => null);
}

/**
 * The in-page panel. It lives in an extension iframe, so the page's scripts
 * cannot read it; it asks the background for this tab's suggestions and renders
 * them as text only. `data` is the request already under way (see requestPanelData).
 */
export function PanelApp({ data: request }: { data: Promise<PanelData | null> }) {
  const [data, setData] = useState<PanelData | null | undefined>(undefined);
  const [expanded, setExpanded] = useState(false);
  const [menu, setMenu] = useState(false);
  const [copied, setCopied] = useState<number | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void request.then(setData);
  }, [request]);

  useEffect(() => {
    if (data === undefined) return;
    void send({ type: 'panel:resize', expanded, height: data ? (expanded ? EXPANDED_HEIGHT : COLLAPSED_HEIGHT) : 0 }).catch(() => undefined);
  }, [expanded, data]);

  if (data === undefined) return null;
  if (data === null || (data.units.length === 0 && data.contacts.length === 0)) return null;

  const top = data.units[0];
  const firstContact = data.contacts[0];
  const status = () => firstContact!.statusText.split(' · ')[0]!.toLowerCase();
  const pill = top
    ? data.resources.length === 1
      ? t('panelPillOneResource', top.title)
      : t('panelPillResources', top.title, data.resources.length)
    : data.contacts.length > 1
      ? t('panelPillPeople', firstContact!.name, data.contacts.length - 1, status())
      : t('panelPillPerson', firstContact!.name, status());
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
    <h1 class="visually-hidden">{t('panelHeading')}</h1>
    <aside class={`panel ${expanded ? 'expanded' : 'collapsed'}`} aria-label={t('panelLandmark')}>
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
              {t('panelEvent')} <strong>{data.pageTitle}</strong>
              {data.meetingDate && <span class="muted"> · {data.meetingDate}</span>}
            </p>
          )}
          {data.units.map((u) => (
            <section key={u.id} class="unit" aria-labelledby={`unit-${u.id}`}>
              <h2 id={`unit-${u.id}`} data-testid="panel-unit">
                {u.title}
              </h2>
              <p class="muted small">
                {t('panelUnitMeta', u.subject, u.grades, u.when)}
              </p>
              {u.evidence.length > 0 && (
                <p class="small why">
                  {t('panelWhy', u.evidence.map((e) => t('panelEvidenceItem', evidenceLabel(e.kind), e.value)).join(', '))}
                </p>
              )}
            </section>
          ))}
          {data.resources.length > 0 && (
            <section aria-labelledby="p-res">
              <h3 id="p-res">{t('panelResources')}</h3>
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
                              {t('panelOpen')}
                            </a>
                            <button
                              type="button"
                              class="link"
                              onClick={() => void navigator.clipboard.writeText(href).then(() => setCopied(r.id))}
                              aria-label={t('panelCopyLinkTo', r.title)}
                            >
                              {copied === r.id ? t('panelCopied') : t('panelCopyLink')}
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
              <h3 id="p-people">{data.pageKind === 'calendar-event' ? t('panelPeople') : t('panelTeachers')}</h3>
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
                {t('panelLogMeeting')}
              </button>
            ) : (
              <button type="button" class="primary" onClick={() => openLog({})}>
                {t('panelLogIdea')}
              </button>
            )}
            <span class="grow" />
            <button type="button" aria-expanded={menu} aria-controls="p-hide" onClick={() => setMenu(!menu)}>
              {t('panelHide')}
            </button>
          </div>
          {menu && (
            <div id="p-hide" class="row small hide-menu" role="group" aria-label={t('panelHideGroup')}>
              <button type="button" onClick={() => dismiss('page')}>
                {t('panelHidePage')}
              </button>
              <button type="button" onClick={() => dismiss('course')}>
                {t('panelHideCourse')}
              </button>
              <button type="button" onClick={() => dismiss('site')}>
                {t('panelHideSite')}
              </button>
            </div>
          )}
        </div>
      )}
    </aside>
    </main>
  );
}
