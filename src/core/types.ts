/**
 * Domain types shared by every layer. Pure data: no browser, no DOM, no clock.
 *
 * Conventions
 * - Calendar dates (unit start/end, interaction date, follow-ups) are local
 *   `YYYY-MM-DD` strings (type `IsoDate`), never `Date` objects, so that a
 *   time-zone or DST change never moves them.
 * - Instants (createdAt, snoozes) are full ISO-8601 strings with offset (`IsoDateTime`).
 * - Grades are numbers: 0 = Kindergarten, 1..12.
 * - Records get their numeric `id` from IndexedDB (auto-increment); `id` is
 *   optional on the way in and always present on the way out (`Stored<T>`).
 */

export type IsoDate = string; // YYYY-MM-DD
export type IsoDateTime = string; // 2026-11-23T16:21:05.000Z

export const ROLES = [
  'teacher',
  'specialist',
  'administrator',
  'parent',
  'public-librarian',
  'community-partner',
] as const;
export type Role = (typeof ROLES)[number];

export const RESOURCE_KINDS = [
  'book',
  'ebook',
  'database',
  'website',
  'video',
  'booklist',
  'kit',
  'program',
  'lesson',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const INTERACTION_KINDS = [
  'co-teaching-idea',
  'check-in',
  'co-taught-lesson',
  'meeting',
  'email',
  'resource-shared',
  'event',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Contact {
  id?: number;
  name: string;
  role: Role;
  email?: string;
  subjects: string[];
  grades: number[];
  organization?: string;
  /** Days between check-ins. `undefined` = the role's default from settings; 0 = never remind. */
  checkInDays?: number;
  notes?: string;
  archived: boolean;
  createdAt: IsoDateTime;
  /**
   * Date of the latest interaction that names this contact. Kept by the
   * interactions module in the same transaction as the write, so that
   * "who haven't I talked to" is an index scan; it can always be recomputed
   * from the log (see `recomputeLastInteraction`).
   */
  lastInteractionAt?: IsoDate;
}

export interface Unit {
  id?: number;
  title: string;
  subject: string;
  grades: number[];
  start?: IsoDate;
  end?: IsoDate;
  /** Contact ids of the teachers who teach this unit. */
  teacherIds: number[];
  keywords: string[];
  /** Standards codes as written (CCSS.ELA-LITERACY.RL.7.1, MS-LS2-3, 7.RP.A.2 …). */
  standards: string[];
  description: string;
  /** Kept for the log and the report, hidden from lists, matching and reminders. */
  archived?: boolean;
  /** The collaboration planning sheet for this unit when it is co-taught. */
  plan?: CollaborationPlan;
  createdAt: IsoDateTime;
}

/**
 * The planning sheet school librarians fill in with a teacher for a co-taught
 * unit (goals, standards, resources, who teaches what, timeline, assessment,
 * and a reflection afterwards). Stored on its unit: one plan per unit.
 */
export interface CollaborationPlan {
  goals: string;
  /** Standards codes for this collaboration (often a subset of the unit's). */
  standards: string[];
  /** Library resources chosen for it. */
  resourceIds: number[];
  /** Who teaches what: a contact (or the librarian when `contactId` is absent) and their part. */
  roles: { contactId?: number; who: string; task: string }[];
  /** Dated steps: planning meeting, lessons, due dates. */
  timeline: { date?: IsoDate; step: string }[];
  assessment: string;
  /** Written after the unit: what worked, what to change. */
  reflection: string;
  updatedAt: IsoDateTime;
}

export interface Resource {
  id?: number;
  title: string;
  kind: ResourceKind;
  url?: string;
  author?: string;
  callNumber?: string;
  subjects: string[];
  grades: number[];
  keywords: string[];
  description: string;
  /** The units this resource is tagged for (the link is stored on this side only). */
  unitIds: number[];
  /** Withdrawn or lost: hidden from lists and suggestions, kept in plans and the log. */
  archived?: boolean;
  createdAt: IsoDateTime;
}

export interface Interaction {
  id?: number;
  kind: InteractionKind;
  date: IsoDate;
  contactIds: number[];
  unitId?: number;
  notes: string;
  classes?: number;
  students?: number;
  /** For events (author visits, book fairs, workshops): how many people came. */
  attendance?: number;
  followUp?: IsoDate;
  /** Marked by the librarian for the report's highlights. */
  highlight?: boolean;
  createdAt: IsoDateTime;
}

/** Snoozes and dismissals. The due items themselves are derived, never stored. */
export interface ReminderState {
  /** Stable key of the derived item, e.g. `checkin:12`, `unit-start:5`, `followup:33`. */
  key: string;
  snoozedUntil?: IsoDate;
  /** Dismissed for this occurrence: the item's due date at the time it was dismissed. */
  dismissedDue?: IsoDate;
  updatedAt: IsoDateTime;
}

export interface SchoolBreak {
  name: string;
  start: IsoDate;
  end: IsoDate;
}

export interface ConnectionGoal {
  period: 'week' | 'month' | 'quarter';
  /** Interaction kinds that count toward the goal (empty = any kind). */
  kinds: InteractionKind[];
  count: number;
  label: string;
}

export interface CustomSite {
  /** Host name as the librarian typed it, e.g. `moodle.district.org`. */
  host: string;
  /** Adapter to use, or 'auto' to recognise the LMS from the page. */
  adapter: string;
  addedAt: IsoDateTime;
}

export interface Settings {
  schoolName: string;
  cadenceByRole: Record<Role, number>;
  /** Days before a unit starts to prompt "reach out to its teachers". */
  unitLeadDays: number;
  goals: ConnectionGoal[];
  schoolYear: { start?: IsoDate; end?: IsoDate; breaks: SchoolBreak[] };
  skipWeekends: boolean;
  /** Site adapter ids that are switched off. */
  disabledSites: string[];
  customSites: CustomSite[];
  /** Pages and courses where the panel was dismissed: keys like `page:https://…` or `course:canvas:123`. */
  panelDismissals: string[];
  notifications: { enabled: boolean; time: string /* HH:mm */ };
  /** Set when the sample school was loaded, so it is never mixed silently into real data. */
  sampleLoaded?: boolean;
  /**
   * Scheduled local backups: every `everyDays` days (0 = off) a JSON backup is
   * offered as a download; `lastAt` is when the last backup was written.
   */
  backups?: { everyDays: number; lastAt?: IsoDateTime };
}

export const DEFAULT_SETTINGS: Settings = {
  schoolName: 'My school',
  cadenceByRole: {
    teacher: 21,
    specialist: 30,
    administrator: 30,
    parent: 0,
    'public-librarian': 60,
    'community-partner': 60,
  },
  unitLeadDays: 14,
  goals: [
    { period: 'week', kinds: [], count: 1, label: 'Reach out to one colleague' },
    { period: 'month', kinds: ['meeting'], count: 1, label: 'Attend one meeting' },
    { period: 'quarter', kinds: ['event'], count: 1, label: 'Present to peers' },
  ],
  schoolYear: { breaks: [] },
  skipWeekends: true,
  disabledSites: [],
  customSites: [],
  panelDismissals: [],
  notifications: { enabled: false, time: '08:00' },
};

export type Stored<T extends { id?: number }> = T & { id: number };

/** Everything the matching engine, reminders and reports read. */
export interface Library {
  contacts: Stored<Contact>[];
  units: Stored<Unit>[];
  resources: Stored<Resource>[];
}

// ---------------------------------------------------------------------------
// Pages read by site adapters

export const PAGE_KINDS = [
  'course-home',
  'assignment',
  'module',
  'page',
  'announcement',
  'discussion',
  'quiz',
  'calendar-event',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** What a site adapter reads from a page. Plain strings only: never HTML. */
export interface PageContext {
  /** Adapter id: canvas, classroom, schoology, moodle, brightspace, blackboard, google-calendar, outlook, generic. */
  site: string;
  kind: PageKind;
  url: string;
  title: string;
  courseName?: string;
  courseCode?: string;
  /** Main content text, without navigation, sidebars, footers, scripts or hidden elements. Capped in length. */
  text: string;
  /** Dates found on the page, as YYYY-MM-DD. */
  dates: IsoDate[];
  /** People named as instructors (or, on a calendar event, attendees): names or emails. */
  people: string[];
}
