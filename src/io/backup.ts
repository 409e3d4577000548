/**
 * The JSON backup: everything the librarian has, in one file she can keep and restore.
 *
 * `{ format: 'library-liaison-backup', schemaVersion, exportedAt, data }`. Reading is
 * strict: the whole file is validated (valibot) before anything is restored, and a
 * problem comes back as a sentence, never as an exception. A backup from an older
 * schema version is brought forward by the migration functions in {@link MIGRATIONS},
 * one version at a time; a newer one is refused (the extension needs updating).
 */
import * as v from 'valibot';
import {
  INTERACTION_KINDS,
  RESOURCE_KINDS,
  ROLES,
  type Contact,
  type Interaction,
  type IsoDateTime,
  type ReminderState,
  type Resource,
  type Settings,
  type Stored,
  type Unit,
} from '../core/types';
import { parseIsoDate } from './fields';
import { tooLargeMessage } from './text';

export const BACKUP_FORMAT = 'library-liaison-backup';
export const BACKUP_SCHEMA_VERSION = 1;

export interface BackupData {
  contacts: Stored<Contact>[];
  units: Stored<Unit>[];
  resources: Stored<Resource>[];
  interactions: Stored<Interaction>[];
  reminderState: ReminderState[];
  settings: Settings;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: IsoDateTime;
  data: BackupData;
}

/** Wraps the data in the envelope. The caller writes `JSON.stringify(backup)` to a file. */
export function makeBackup(data: BackupData, now: Date): BackupFile {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt: now.toISOString(), data };
}

// ---------------------------------------------------------------------------
// Schema of the current version

const isoDate = v.pipe(
  v.string(),
  v.check((s) => parseIsoDate(s, 'date').ok, 'must be a real date written YYYY-MM-DD'),
);
const isoDateTime = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s), 'must be a date and time (ISO 8601)'),
);
const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const ids = v.array(id);
const grades = v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(12)));
const strings = v.array(v.string());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const ContactSchema = v.object({
  id,
  name: v.string(),
  role: v.picklist(ROLES),
  email: v.optional(v.string()),
  subjects: strings,
  grades,
  organization: v.optional(v.string()),
  checkInDays: v.optional(count),
  notes: v.optional(v.string()),
  archived: v.boolean(),
  createdAt: isoDateTime,
  lastInteractionAt: v.optional(isoDate),
});

const UnitSchema = v.object({
  id,
  title: v.string(),
  subject: v.string(),
  grades,
  start: v.optional(isoDate),
  end: v.optional(isoDate),
  teacherIds: ids,
  keywords: strings,
  standards: strings,
  description: v.string(),
  archived: v.optional(v.boolean()),
  plan: v.optional(
    v.object({
      goals: v.string(),
      standards: strings,
      resourceIds: ids,
      roles: v.array(v.object({ contactId: v.optional(id), who: v.string(), task: v.string() })),
      timeline: v.array(v.object({ date: v.optional(isoDate), step: v.string() })),
      assessment: v.string(),
      reflection: v.string(),
      updatedAt: isoDateTime,
    }),
  ),
  createdAt: isoDateTime,
});

const ResourceSchema = v.object({
  id,
  title: v.string(),
  kind: v.picklist(RESOURCE_KINDS),
  url: v.optional(v.string()),
  author: v.optional(v.string()),
  callNumber: v.optional(v.string()),
  subjects: strings,
  grades,
  keywords: strings,
  description: v.string(),
  unitIds: ids,
  archived: v.optional(v.boolean()),
  createdAt: isoDateTime,
});

const InteractionSchema = v.object({
  id,
  kind: v.picklist(INTERACTION_KINDS),
  date: isoDate,
  contactIds: ids,
  unitId: v.optional(id),
  notes: v.string(),
  classes: v.optional(count),
  students: v.optional(count),
  attendance: v.optional(count),
  followUp: v.optional(isoDate),
  highlight: v.optional(v.boolean()),
  createdAt: isoDateTime,
});

const ReminderStateSchema = v.object({
  key: v.string(),
  snoozedUntil: v.optional(isoDate),
  dismissedDue: v.optional(isoDate),
  updatedAt: isoDateTime,
});

const SettingsSchema = v.object({
  schoolName: v.string(),
  cadenceByRole: v.object(Object.fromEntries(ROLES.map((r) => [r, count])) as Record<(typeof ROLES)[number], typeof count>),
  unitLeadDays: count,
  goals: v.array(
    v.object({
      period: v.picklist(['week', 'month', 'quarter']),
      kinds: v.array(v.picklist(INTERACTION_KINDS)),
      count,
      label: v.string(),
    }),
  ),
  schoolYear: v.object({
    start: v.optional(isoDate),
    end: v.optional(isoDate),
    breaks: v.array(v.object({ name: v.string(), start: isoDate, end: isoDate })),
  }),
  skipWeekends: v.boolean(),
  disabledSites: strings,
  customSites: v.array(v.object({ host: v.string(), adapter: v.string(), addedAt: isoDateTime })),
  panelDismissals: strings,
  notifications: v.object({ enabled: v.boolean(), time: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/, 'must be a time HH:mm')) }),
  sampleLoaded: v.optional(v.boolean()),
  backups: v.optional(v.object({ everyDays: count, lastAt: v.optional(isoDateTime) })),
});

const DataSchema = v.object({
  contacts: v.array(ContactSchema),
  units: v.array(UnitSchema),
  resources: v.array(ResourceSchema),
  interactions: v.array(InteractionSchema),
  reminderState: v.array(ReminderStateSchema),
  settings: SettingsSchema,
});

const EnvelopeSchema = v.object({
  format: v.string(),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: isoDateTime,
  data: v.record(v.string(), v.unknown()),
});

// ---------------------------------------------------------------------------
// Migrations

/** Turns the `data` of version n into the `data` of version n + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[i]` migrates from schema version i + 1 to i + 2. Empty while version 1
 * is the only one; a new version appends its migration here and bumps
 * {@link BACKUP_SCHEMA_VERSION}.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type BackupParse = { ok: true; backup: BackupFile; migratedFrom?: number } | { ok: false; error: string };

/** At most this many problems are listed in an error; the rest are counted. */
const MAX_LISTED = 5;

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => `${readablePath(issue)}: ${issue.message}`);
  if (issues.length > MAX_LISTED) lines.push(`… and ${issues.length - MAX_LISTED} more`);
  return lines.join('; ');
}

/** Issue path `data.contacts.3.role` → `contacts #4, role`. */
function readablePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const { key } of issue.path ?? []) {
    if (key === 'data' && out === '') continue;
    if (typeof key === 'number') out += ` #${key + 1}`;
    else out += out === '' ? String(key) : `, ${String(key)}`;
  }
  return out === '' ? 'the file' : out;
}

/**
 * Reads a backup file's text. `migrations` is a parameter so that the migration path
 * can be tested before a second schema version exists.
 */
export function parseBackup(text: string, migrations: readonly Migration[] = MIGRATIONS): BackupParse {
  const current = migrations.length + 1;
  const tooLarge = tooLargeMessage(text);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const cut = /end of (JSON )?input|Unterminated/i.test(String(e));
    return {
      ok: false,
      error: cut
        ? 'The backup file is incomplete (it ends too early): it was probably cut short while copying or downloading.'
        : `The file is not a valid backup: it is not readable JSON (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This file is not a Library Liaison backup.' };
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) return { ok: false, error: `The backup file is damaged: ${describeIssues(envelope.issues)}.` };
  const { schemaVersion, exportedAt } = envelope.output;
  if (schemaVersion > current) {
    return {
      ok: false,
      error: `This backup was made by a newer version of Library Liaison (backup format ${schemaVersion}; this version reads up to ${current}). Update the extension, then restore it.`,
    };
  }
  let data = envelope.output.data;
  for (let version = schemaVersion; version < current; version++) data = migrations[version - 1]!(data);

  const parsed = v.safeParse(DataSchema, data);
  if (!parsed.success) return { ok: false, error: `The backup file is damaged: ${describeIssues(parsed.issues)}.` };
  const duplicate = duplicateIds(parsed.output);
  if (duplicate) return { ok: false, error: `The backup file is damaged: ${duplicate}.` };

  const backup: BackupFile = { format: BACKUP_FORMAT, schemaVersion: current, exportedAt, data: parsed.output };
  return schemaVersion < current ? { ok: true, backup, migratedFrom: schemaVersion } : { ok: true, backup };
}

/** Ids must be unique per table, or the restore would silently drop records. */
function duplicateIds(data: BackupData): string | undefined {
  for (const table of ['contacts', 'units', 'resources', 'interactions'] as const) {
    const seen = new Set<number>();
    for (const record of data[table]) {
      if (seen.has(record.id)) return `${table} has two records with id ${record.id}`;
      seen.add(record.id);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Backup reminders

/** Remind every this many days when the librarian has not chosen (0 = off). */
export const DEFAULT_BACKUP_EVERY_DAYS = 30;

/**
 * Whether to remind the librarian to download a backup: `everyDays` after the last
 * backup, or, when she has never made one, after the oldest record was added (so a
 * fresh install or the sample school does not nag at once). `days` = days since then.
 */
export function backupReminder(
  backups: { everyDays: number; lastAt?: IsoDateTime } | undefined,
  oldestRecordAt: IsoDateTime | undefined,
  now: Date,
): { due: boolean; everyDays: number; days?: number; never: boolean } {
  const everyDays = backups?.everyDays ?? DEFAULT_BACKUP_EVERY_DAYS;
  const since = backups?.lastAt ?? oldestRecordAt;
  const never = backups?.lastAt === undefined;
  if (since === undefined || Number.isNaN(Date.parse(since))) return { due: false, everyDays, never };
  const days = Math.floor((now.getTime() - Date.parse(since)) / 86_400_000);
  return { due: everyDays > 0 && days >= everyDays, everyDays, days, never };
}
