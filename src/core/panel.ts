import type { MatchResult } from './match/types';
import type { Library, PageContext, Settings, Unit } from './types';
import type { PanelData } from '../messaging/responses';
import { checkInStatus, daysBetween } from './checkin';
import { formatGrades } from './grades';

const MAX_UNITS = 3;
const MAX_RESOURCES = 12;

/** "starts in 5 days", "running now (ends Dec 12)", "ended 3 weeks ago" — from the unit's dates and today. */
export function unitWhen(unit: Pick<Unit, 'start' | 'end'>, today: string): string {
  const { start, end } = unit;
  if (start && today < start) {
    const d = daysBetween(today, start);
    return d === 1 ? 'starts tomorrow' : `starts in ${d} days`;
  }
  if (end && today > end) {
    const d = daysBetween(end, today);
    return d < 14 ? `ended ${d} day${d === 1 ? '' : 's'} ago` : `ended ${Math.round(d / 7)} weeks ago`;
  }
  if (start || end) return end ? `running now, ends ${end}` : 'running now';
  return 'no dates set';
}

/** What the in-page panel shows, built from a match. Plain data only; the panel renders it as text. */
export function buildPanelData(
  page: PageContext,
  match: MatchResult,
  library: Library,
  lastByContact: Map<number, string>,
  settings: Settings,
  today: string,
): PanelData {
  const unitsById = new Map(library.units.map((u) => [u.id, u]));
  const resById = new Map(library.resources.map((r) => [r.id, r]));
  const contactsById = new Map(library.contacts.map((c) => [c.id, c]));
  const units = match.units.slice(0, MAX_UNITS).flatMap((m) => {
    const u = unitsById.get(m.unitId);
    if (!u) return [];
    return [{
      id: u.id,
      title: u.title,
      subject: u.subject,
      grades: formatGrades(u.grades),
      start: u.start,
      end: u.end,
      when: unitWhen(u, today),
      confidence: m.confidence,
      evidence: m.evidence.slice(0, 6),
    }];
  });
  const resources = match.resources.slice(0, MAX_RESOURCES).flatMap((m) => {
    const r = resById.get(m.resourceId);
    return r ? [{ id: r.id, title: r.title, kind: r.kind, url: r.url, author: r.author, callNumber: r.callNumber }] : [];
  });
  const contacts = match.contactIds.flatMap((id) => {
    const c = contactsById.get(id);
    if (!c || c.archived) return [];
    const last = lastByContact.get(id) ?? c.lastInteractionAt;
    const s = checkInStatus(c, last, settings, today);
    return [{ id, name: c.name, role: c.role, lastInteractionAt: last, daysSince: s.daysSince, status: s.status, statusText: s.text }];
  });
  const eventDay = page.kind === 'calendar-event' ? page.dates[0] : undefined;
  const meetingDate = eventDay && eventDay <= today ? eventDay : undefined;
  return { pageTitle: page.title, site: page.site, pageKind: page.kind, ...(meetingDate ? { meetingDate } : {}), units, resources, contacts };
}
