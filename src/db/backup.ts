/**
 * Backup and restore against the database. The file is validated whole before
 * anything is touched (io/backup.ts); the restore then runs in one transaction,
 * so the library is either as it was or as the backup says, never in between.
 */
import type { Contact, Interaction, ReminderState, Resource, Stored, Unit } from '../core/types';
import { backupReminder, DEFAULT_BACKUP_EVERY_DAYS, makeBackup, type BackupFile } from '../io/backup';
import { duplicateIndex } from '../io/duplicates';
import { nameKey } from '../io/fields';
import { guardQuota } from './errors';
import type { LiaisonDB } from './schema';
import { getSettings, updateSettings } from './settings';

export async function exportBackup(db: LiaisonDB, now: Date): Promise<BackupFile> {
  return db.transaction('r', [db.contacts, db.units, db.resources, db.interactions, db.reminderState, db.settings], async () =>
    makeBackup(
      {
        contacts: (await db.contacts.toArray()) as Stored<Contact>[],
        units: (await db.units.toArray()) as Stored<Unit>[],
        resources: (await db.resources.toArray()) as Stored<Resource>[],
        interactions: (await db.interactions.toArray()) as Stored<Interaction>[],
        reminderState: (await db.reminderState.toArray()) as ReminderState[],
        settings: await getSettings(db),
      },
      now,
    ),
  );
}

export interface RestoreSummary {
  contacts: number;
  units: number;
  resources: number;
  interactions: number;
}

/**
 * `replace`: the library becomes exactly the backup.
 * `merge`: records from the backup are added; a contact already stored (same email,
 * or same name and role), a unit with the same title and start, and a resource with
 * the same title and kind are matched to the stored one instead of duplicated, and
 * every link (teachers, units, log contacts) is renumbered to the stored ids.
 * Settings and reminder state are kept from the library in a merge.
 */
export async function restoreBackup(db: LiaisonDB, backup: BackupFile, mode: 'replace' | 'merge'): Promise<RestoreSummary> {
  const { data } = backup;
  return guardQuota(() => restoreInTransaction(db, data, mode));
}

async function restoreInTransaction(db: LiaisonDB, data: BackupFile['data'], mode: 'replace' | 'merge'): Promise<RestoreSummary> {
  return db.transaction('rw', [db.contacts, db.units, db.resources, db.interactions, db.reminderState, db.settings], async () => {
    if (mode === 'replace') {
      await Promise.all([db.contacts.clear(), db.units.clear(), db.resources.clear(), db.interactions.clear(), db.reminderState.clear(), db.settings.clear()]);
      await db.contacts.bulkAdd(data.contacts);
      await db.units.bulkAdd(data.units);
      await db.resources.bulkAdd(data.resources);
      await db.interactions.bulkAdd(data.interactions);
      await db.reminderState.bulkAdd(data.reminderState);
      await db.settings.put({ key: 'main', value: data.settings });
      return { contacts: data.contacts.length, units: data.units.length, resources: data.resources.length, interactions: data.interactions.length };
    }
    const summary: RestoreSummary = { contacts: 0, units: 0, resources: 0, interactions: 0 };
    const contactIds = new Map<number, number>();
    const people = duplicateIndex((await db.contacts.toArray()) as Stored<Contact>[]);
    for (const c of data.contacts) {
      const dup = people.find(c);
      if (dup) contactIds.set(c.id, dup.existing.id);
      else {
        const { id, ...rest } = c;
        const newId = (await db.contacts.add(rest as Contact)) as number;
        contactIds.set(id, newId);
        people.add({ ...rest, id: newId } as Stored<Contact>);
        summary.contacts++;
      }
    }
    const unitKey = (u: Pick<Unit, 'title' | 'start'>) => `${nameKey(u.title)}|${u.start ?? ''}`;
    const storedUnits = new Map(((await db.units.toArray()) as Stored<Unit>[]).map((u) => [unitKey(u), u.id]));
    const unitIds = new Map<number, number>();
    for (const u of data.units) {
      const existing = storedUnits.get(unitKey(u));
      if (existing !== undefined) unitIds.set(u.id, existing);
      else {
        const { id, ...rest } = u;
        const newId = (await db.units.add({ ...rest, teacherIds: rest.teacherIds.flatMap((t) => contactIds.get(t) ?? []) } as Unit)) as number;
        unitIds.set(id, newId);
        storedUnits.set(unitKey(u), newId);
        summary.units++;
      }
    }
    const resKey = (r: Pick<Resource, 'title' | 'kind'>) => `${nameKey(r.title)}|${r.kind}`;
    const storedRes = new Set(((await db.resources.toArray()) as Stored<Resource>[]).map(resKey));
    for (const r of data.resources) {
      if (storedRes.has(resKey(r))) continue;
      const { id: _id, ...rest } = r;
      await db.resources.add({ ...rest, unitIds: rest.unitIds.flatMap((u) => unitIds.get(u) ?? []) } as Resource);
      storedRes.add(resKey(r));
      summary.resources++;
    }
    const logKey = (i: Pick<Interaction, 'date' | 'kind' | 'notes' | 'contactIds'>) => `${i.date}|${i.kind}|${i.notes}|${[...i.contactIds].sort().join(',')}`;
    const storedLog = new Set(((await db.interactions.toArray()) as Interaction[]).map(logKey));
    for (const i of data.interactions) {
      const { id: _id, ...rest } = i;
      const mapped: Interaction = { ...rest, contactIds: rest.contactIds.flatMap((c) => contactIds.get(c) ?? []) };
      if (rest.unitId !== undefined) {
        const u = unitIds.get(rest.unitId);
        if (u === undefined) delete mapped.unitId;
        else mapped.unitId = u;
      }
      if (storedLog.has(logKey(mapped))) continue;
      await db.interactions.add(mapped);
      storedLog.add(logKey(mapped));
      summary.interactions++;
      for (const cid of mapped.contactIds) {
        const c = await db.contacts.get(cid);
        if (c && (!c.lastInteractionAt || c.lastInteractionAt < mapped.date)) await db.contacts.update(cid, { lastInteractionAt: mapped.date });
      }
    }
    return summary;
  });
}

/** Notes that a backup was just downloaded, for the reminder. */
export async function recordBackup(db: LiaisonDB, now: Date): Promise<void> {
  await guardQuota(async () => {
    const { backups } = await getSettings(db);
    await updateSettings(db, { backups: { everyDays: backups?.everyDays ?? DEFAULT_BACKUP_EVERY_DAYS, lastAt: now.toISOString() } });
  });
}

/** Sets how often to remind (0 = never), keeping when the last backup was made. */
export async function setBackupEveryDays(db: LiaisonDB, everyDays: number): Promise<void> {
  await guardQuota(async () => {
    const { backups } = await getSettings(db);
    await updateSettings(db, { backups: { ...backups, everyDays: Math.max(0, Math.floor(everyDays)) } });
  });
}

/**
 * Whether to show the backup reminder now (see io/backup.ts `backupReminder`).
 * Never for the sample school: there is nothing of the librarian's to lose.
 */
export async function backupStatus(db: LiaisonDB, now: Date): Promise<ReturnType<typeof backupReminder>> {
  const [settings, oldest] = await Promise.all([getSettings(db), db.contacts.orderBy('createdAt').first()]);
  const oldestLog = await db.interactions.orderBy('createdAt').first();
  const firsts = [oldest?.createdAt, oldestLog?.createdAt].filter((x): x is string => x !== undefined).sort();
  const status = backupReminder(settings.backups, firsts[0], now);
  return settings.sampleLoaded ? { ...status, due: false } : status;
}

export interface DataCounts {
  contacts: number;
  units: number;
  resources: number;
  interactions: number;
}

export async function dataCounts(db: LiaisonDB): Promise<DataCounts> {
  const [contacts, units, resources, interactions] = await Promise.all([db.contacts.count(), db.units.count(), db.resources.count(), db.interactions.count()]);
  return { contacts, units, resources, interactions };
}
