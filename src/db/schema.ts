import Dexie, { type EntityTable } from 'dexie';
import type { Contact, Interaction, ReminderState, Resource, Settings, Unit } from '../core/types';

export interface SettingsRow {
  key: 'main';
  value: Settings;
}

/** Schema versions are only ever appended. Each entry: the stores of that version and its upgrade. */
export const DB_NAME = 'library-liaison';

export type LiaisonDB = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  units: EntityTable<Unit, 'id'>;
  resources: EntityTable<Resource, 'id'>;
  interactions: EntityTable<Interaction, 'id'>;
  reminderState: EntityTable<ReminderState, 'key'>;
  settings: EntityTable<SettingsRow, 'key'>;
};

/** Version 1. Never edit: append `db.version(2)` below with its upgrade instead. */
export const V1_STORES = {
  contacts: '++id, name, role, email, lastInteractionAt, createdAt',
  units: '++id, title, subject, start, end, *teacherIds, *standards',
  resources: '++id, title, kind, *unitIds, callNumber',
  interactions: '++id, date, kind, [kind+date], *contactIds, unitId, followUp, createdAt',
  reminderState: 'key',
  settings: 'key',
} as const;

/**
 * Version 2: contacts and resources are filtered by subject and grade (multi-entry
 * indexes), and records written before list fields were required get empty lists,
 * so that every reader can rely on `subjects`, `grades` and `keywords` being arrays.
 */
export const V2_STORES = {
  ...V1_STORES,
  contacts: '++id, name, role, email, lastInteractionAt, createdAt, *subjects, *grades',
  resources: '++id, title, kind, *unitIds, callNumber, *subjects, *grades',
} as const;

export const DB_VERSION = 2;

export function openDb(name: string = DB_NAME): LiaisonDB {
  const db = new Dexie(name) as LiaisonDB;
  db.version(1).stores(V1_STORES);
  db.version(2)
    .stores(V2_STORES)
    .upgrade(async (tx) => {
      const lists = <T extends object>(keys: (keyof T)[]) => (rec: T) => {
        for (const k of keys) if (!Array.isArray(rec[k])) (rec as Record<keyof T, unknown>)[k] = [];
      };
      await tx.table<Contact>('contacts').toCollection().modify(lists<Contact>(['subjects', 'grades']));
      await tx.table<Resource>('resources').toCollection().modify(lists<Resource>(['subjects', 'grades', 'keywords', 'unitIds']));
      await tx.table<Unit>('units').toCollection().modify(lists<Unit>(['grades', 'teacherIds', 'keywords', 'standards']));
      await tx.table<Interaction>('interactions').toCollection().modify(lists<Interaction>(['contactIds']));
    });
  return db;
}

let shared: LiaisonDB | undefined;
/** The one database of the extension's origin (background, popup, options, panel). Never from a content script. */
export function getDb(): LiaisonDB {
  shared ??= openDb();
  return shared;
}
