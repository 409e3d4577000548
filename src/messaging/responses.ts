import type { Evidence } from '../core/match/types';
import type { ConnectionGoal, IsoDate, PageKind, ResourceKind, Role } from '../core/types';
import type { TodaySections } from '../core/reminders';

export interface PanelUnit {
  id: number;
  title: string;
  subject: string;
  grades: string;
  start?: IsoDate;
  end?: IsoDate;
  /** "starts in 5 days", "running now", "ended 3 weeks ago" */
  when: string;
  confidence: number;
  evidence: Evidence[];
}

export interface PanelResource {
  id: number;
  title: string;
  kind: ResourceKind;
  url?: string;
  author?: string;
  callNumber?: string;
}

export type CheckInStatus = 'ok' | 'due' | 'overdue' | 'off' | 'never';

export interface PanelContact {
  id: number;
  name: string;
  role: Role;
  lastInteractionAt?: IsoDate;
  daysSince: number | null;
  status: CheckInStatus;
  /** Plain sentence: "Last contact 23 days ago — check-in overdue". */
  statusText: string;
}

export interface PanelData {
  pageTitle: string;
  site: string;
  pageKind: PageKind;
  /** A calendar event's day, once it has come: the panel then offers "Log this meeting". */
  meetingDate?: IsoDate;
  units: PanelUnit[];
  resources: PanelResource[];
  contacts: PanelContact[];
}

export interface TabMatch {
  unitId?: number;
  unitTitle?: string;
  contactIds: number[];
  pageTitle?: string;
  url?: string;
}

/** A contact as the quick log's type-ahead needs it: what it searches and shows (name, role, subjects) and nothing more. */
export interface PopupContact {
  id: number;
  name: string;
  role: Role;
  subjects: string[];
}

/** Items per Today section in the popup's first answer, and shown before "Show all". */
export const POPUP_SHOWN = 12;

/**
 * Everything the popup shows when it opens, computed by the background from the
 * data it keeps for the badge: the Today sections, the connection plan, and the
 * small lists the quick log picks from (non-archived contacts and units).
 */
export interface PopupToday extends TodaySections {
  /** How many items each section has; the sections themselves hold the first few unless `all` was asked. */
  counts: { overdue: number; dueToday: number; week: number };
  /** All contacts, archived included: 0 means an empty library (the popup then offers the import). */
  contactCount: number;
  plan: { label: string; period: ConnectionGoal['period']; done: number; target: number; met: boolean }[];
  contacts: PopupContact[];
  units: { id: number; title: string }[];
}

/** What each request answers. */
export interface ResponseMap {
  'page:context': { show: boolean };
  'page:clear': { ok: true };
  'panel:get': PanelData | null;
  'panel:resize': { ok: true };
  'panel:dismiss': { ok: true };
  'tab:match': TabMatch | null;
  'data:changed': { badge: string };
  'popup:today': PopupToday;
  'sites:sync': { registered: string[]; errors: string[] };
  /** Only positions in the chips sent: nothing of the librarian's data (no names, no ids). */
  'calendar:chips': { marked: number[] };
}

/** Error answer: the background never throws across the message boundary. */
export interface ErrorResponse {
  error: string;
}
