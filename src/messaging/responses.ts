import type { Evidence } from '../core/match/types';
import type { IsoDate, PageKind, ResourceKind, Role } from '../core/types';

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

/** What each request answers. */
export interface ResponseMap {
  'page:context': { show: boolean };
  'page:clear': { ok: true };
  'panel:get': PanelData | null;
  'panel:resize': { ok: true };
  'panel:dismiss': { ok: true };
  'tab:match': TabMatch | null;
  'data:changed': { badge: string };
  'sites:sync': { registered: string[]; errors: string[] };
}

/** Error answer: the background never throws across the message boundary. */
export interface ErrorResponse {
  error: string;
}
