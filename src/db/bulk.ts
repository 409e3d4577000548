/**
 * Bulk edits of the options page's lists: set a field, archive or delete many
 * contacts, units or resources at once. Every operation runs in one
 * transaction and returns an `undo` that puts back exactly what it changed
 * (the records themselves and the links other records held to them), so the
 * list can offer Undo instead of asking twice.
 */
import type { Contact, Interaction, Resource, ResourceKind, Role, Stored, Unit } from '../core/types';
import type { LiaisonDB } from './schema';

export type ListTable = 'contacts' | 'units' | 'resources';

export interface BulkResult {
  /** How many records the operation changed. */
  count: number;
  /** Puts back what the operation changed, in one transaction. */
  undo(): Promise<void>;
}

export interface ContactPatch {
  role?: Role;
  /** A number of days (0 = never remind), or `null` for the role's default. */
  checkInDays?: number | null;
  addSubjects?: string[];
  removeSubjects?: string[];
}

export interface UnitPatch {
  subject?: string;
  grades?: number[];
}

export interface ResourcePatch {
  kind?: ResourceKind;
  addUnitIds?: number[];
  removeUnitIds?: number[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Subjects with `add` appended (unless already there, case-insensitively) and `remove` taken out. */
function editSubjects(subjects: string[], add: string[] = [], remove: string[] = []): string[] {
  const out = subjects.filter((s) => !remove.some((r) => same(r, s)));
  for (const a of add) if (a.trim() && !out.some((s) => same(s, a))) out.push(a.trim());
  return out;
}

/** The records of `ids` that exist, as stored before a change. */
async function snapshot<T extends { id?: number }>(table: { bulkGet(keys: number[]): Promise<(T | undefined)[]> }, ids: readonly number[]): Promise<Stored<T>[]> {
  return (await table.bulkGet([...new Set(ids)])).filter((r): r is Stored<T> => r !== undefined);
}

function tableOf(db: LiaisonDB, name: ListTable) {
  return db[name] as unknown as LiaisonDB['units'];
}

/** An undo that writes the snapshots back over whatever the operation left. */
function putBack(db: LiaisonDB, name: ListTable, before: Stored<Contact | Unit | Resource>[]): () => Promise<void> {
  return async () => {
    await tableOf(db, name).bulkPut(before as Unit[]);
  };
}

export async function editContacts(db: LiaisonDB, ids: readonly number[], patch: ContactPatch): Promise<BulkResult> {
  return db.transaction('rw', db.contacts, async () => {
    const before = await snapshot<Contact>(db.contacts, ids);
    const after = before.map((c) => {
      const next: Stored<Contact> = { ...c };
      if (patch.role) next.role = patch.role;
      if (patch.checkInDays === null) delete next.checkInDays;
      else if (patch.checkInDays !== undefined) next.checkInDays = Math.max(0, Math.floor(patch.checkInDays));
      if (patch.addSubjects || patch.removeSubjects) next.subjects = editSubjects(c.subjects, patch.addSubjects, patch.removeSubjects);
      return next;
    });
    await db.contacts.bulkPut(after);
    return { count: before.length, undo: putBack(db, 'contacts', before) };
  });
}

export async function editUnits(db: LiaisonDB, ids: readonly number[], patch: UnitPatch): Promise<BulkResult> {
  return db.transaction('rw', db.units, async () => {
    const before = await snapshot<Unit>(db.units, ids);
    const after = before.map((u) => ({
      ...u,
      ...(patch.subject?.trim() ? { subject: patch.subject.trim() } : {}),
      ...(patch.grades ? { grades: [...new Set(patch.grades)].sort((a, b) => a - b) } : {}),
    }));
    await db.units.bulkPut(after);
    return { count: before.length, undo: putBack(db, 'units', before) };
  });
}

export async function editResources(db: LiaisonDB, ids: readonly number[], patch: ResourcePatch): Promise<BulkResult> {
  return db.transaction('rw', db.resources, async () => {
    const before = await snapshot<Resource>(db.resources, ids);
    const remove = new Set(patch.removeUnitIds ?? []);
    const after = before.map((r) => ({
      ...r,
      ...(patch.kind ? { kind: patch.kind } : {}),
      unitIds: [...new Set([...r.unitIds.filter((u) => !remove.has(u)), ...(patch.addUnitIds ?? [])])],
    }));
    await db.resources.bulkPut(after);
    return { count: before.length, undo: putBack(db, 'resources', before) };
  });
}

/**
 * Archives (or brings back) records. Archived records stay in the log and the
 * report but leave the lists, matching and reminders (see src/db/library.ts).
 * Only records whose state changes are counted and written.
 */
export async function setArchived(db: LiaisonDB, name: ListTable, ids: readonly number[], archived: boolean): Promise<BulkResult> {
  const table = tableOf(db, name);
  return db.transaction('rw', table, async () => {
    const before = (await snapshot<Unit>(table, ids)).filter((r) => Boolean(r.archived) !== archived);
    await table.bulkPut(before.map((r) => ({ ...r, archived })));
    return { count: before.length, undo: putBack(db, name, before) };
  });
}

/** What deleting these records would do to the records that point at them, for the confirmation. */
export interface DeletionImpact {
  records: number;
  /** Units that name a deleted contact as a teacher, or hold a deleted resource in their plan. */
  units: number;
  /** Resources tagged for a deleted unit. */
  resources: number;
  /** Log entries that name a deleted contact or unit. */
  logEntries: number;
}

export async function deletionImpact(db: LiaisonDB, name: ListTable, ids: readonly number[]): Promise<DeletionImpact> {
  const list = [...new Set(ids)];
  const records = (await tableOf(db, name).bulkGet(list)).filter(Boolean).length;
  if (name === 'contacts') {
    const [units, logEntries] = await Promise.all([
      db.units.where('teacherIds').anyOf(list).primaryKeys(),
      db.interactions.where('contactIds').anyOf(list).primaryKeys(),
    ]);
    return { records, units: new Set(units).size, resources: 0, logEntries: new Set(logEntries).size };
  }
  if (name === 'units') {
    const [resources, logEntries] = await Promise.all([
      db.resources.where('unitIds').anyOf(list).primaryKeys(),
      db.interactions.where('unitId').anyOf(list).count(),
    ]);
    return { records, units: 0, resources: new Set(resources).size, logEntries };
  }
  const units = await db.units.filter((u) => u.plan?.resourceIds.some((r) => list.includes(r)) ?? false).count();
  return { records, units, resources: 0, logEntries: 0 };
}

/**
 * Deletes contacts and takes them off the units that name them as teachers.
 * Log entries keep the entry (and the id, which no longer names anyone), so
 * the log and past reports keep their counts.
 */
export async function deleteContacts(db: LiaisonDB, ids: readonly number[]): Promise<BulkResult> {
  return db.transaction('rw', db.contacts, db.units, async () => {
    const before = await snapshot<Contact>(db.contacts, ids);
    const gone = new Set(before.map((c) => c.id));
    const units = (await db.units.where('teacherIds').anyOf([...gone]).toArray()) as Stored<Unit>[];
    const unitsBefore = units.map((u) => ({ id: u.id, teacherIds: u.teacherIds }));
    await db.contacts.bulkDelete([...gone]);
    await db.units.bulkPut(units.map((u) => ({ ...u, teacherIds: u.teacherIds.filter((t) => !gone.has(t)) })));
    return {
      count: before.length,
      undo: () =>
        db.transaction('rw', db.contacts, db.units, async () => {
          await db.contacts.bulkPut(before);
          for (const u of unitsBefore) await db.units.update(u.id, { teacherIds: u.teacherIds });
        }),
    };
  });
}

/**
 * Deletes units. Their resources stay in the library and only lose the tag
 * for these units; their log entries stay and no longer name a unit (so the
 * report no longer counts that unit's subject and grades for them).
 */
export async function deleteUnits(db: LiaisonDB, ids: readonly number[]): Promise<BulkResult> {
  return db.transaction('rw', db.units, db.resources, db.interactions, async () => {
    const before = await snapshot<Unit>(db.units, ids);
    const gone = new Set(before.map((u) => u.id));
    const resources = (await db.resources.where('unitIds').anyOf([...gone]).toArray()) as Stored<Resource>[];
    const entries = (await db.interactions.where('unitId').anyOf([...gone]).toArray()) as Stored<Interaction>[];
    await db.units.bulkDelete([...gone]);
    await db.resources.bulkPut(resources.map((r) => ({ ...r, unitIds: r.unitIds.filter((u) => !gone.has(u)) })));
    await db.interactions.bulkPut(
      entries.map((i) => {
        const { unitId: _dropped, ...rest } = i;
        return rest as Stored<Interaction>;
      }),
    );
    return {
      count: before.length,
      undo: () =>
        db.transaction('rw', db.units, db.resources, db.interactions, async () => {
          await db.units.bulkPut(before);
          for (const r of resources) await db.resources.update(r.id, { unitIds: r.unitIds });
          for (const i of entries) await db.interactions.update(i.id, { unitId: i.unitId });
        }),
    };
  });
}

/** Deletes resources and takes them out of the collaboration plans that chose them. */
export async function deleteResources(db: LiaisonDB, ids: readonly number[]): Promise<BulkResult> {
  return db.transaction('rw', db.resources, db.units, async () => {
    const before = await snapshot<Resource>(db.resources, ids);
    const gone = new Set(before.map((r) => r.id));
    const planned = (await db.units.filter((u) => u.plan?.resourceIds.some((r) => gone.has(r)) ?? false).toArray()) as Stored<Unit>[];
    await db.resources.bulkDelete([...gone]);
    await db.units.bulkPut(planned.map((u) => ({ ...u, plan: { ...u.plan!, resourceIds: u.plan!.resourceIds.filter((r) => !gone.has(r)) } })));
    return {
      count: before.length,
      undo: () =>
        db.transaction('rw', db.resources, db.units, async () => {
          await db.resources.bulkPut(before);
          for (const u of planned) await db.units.update(u.id, { plan: u.plan });
        }),
    };
  });
}

/** The delete function of a list's table. */
export const DELETE: Record<ListTable, (db: LiaisonDB, ids: readonly number[]) => Promise<BulkResult>> = {
  contacts: deleteContacts,
  units: deleteUnits,
  resources: deleteResources,
};
