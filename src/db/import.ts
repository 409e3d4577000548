/**
 * Writing an import: all or nothing. The caller has parsed the file and the
 * librarian has seen the preview and accepted the good rows; here they are
 * written in one transaction. References (a unit's teachers, a resource's units)
 * are resolved again inside the transaction against what is stored then, and if
 * any row no longer resolves the whole write is abandoned.
 */
import type { Contact, Stored, Unit } from '../core/types';
import { resolveResourceRefs, resolveUnitRefs } from '../io/csv-formats';
import { duplicateIndex, mergeContacts } from '../io/duplicates';
import type { RowError } from '../io/types';
import type { Importable } from '../io/import-file';
import type { LiaisonDB } from './schema';

export class ImportAbortedError extends Error {
  constructor(public readonly errors: RowError[]) {
    super(`Nothing was imported: ${errors.length} row${errors.length === 1 ? '' : 's'} no longer match what is stored (first: line ${errors[0]?.line}: ${errors[0]?.message}).`);
  }
}

export type { Importable };

/** What to do with an imported contact who is already stored (same email, or same name and role). */
export type DuplicatePolicy = 'skip' | 'merge' | 'keep-both';

export interface ImportPreview {
  good: number;
  errors: RowError[];
  fatal?: string;
  total: number;
  /** Contacts only: good rows that match a stored contact. */
  duplicates: number;
}

/** What the preview shows: the rows that will be written, and every row that will not, with its reason. */
export async function previewImport(db: LiaisonDB, item: Importable): Promise<ImportPreview> {
  const { result } = item;
  if (result.fatal) return { good: 0, errors: result.errors, fatal: result.fatal, total: result.total, duplicates: 0 };
  if (item.kind === 'contacts') {
    const index = duplicateIndex((await db.contacts.toArray()) as Stored<Contact>[]);
    const duplicates = item.result.rows.filter((r) => index.find(r.record)).length;
    return { good: result.rows.length, errors: result.errors, total: result.total, duplicates };
  }
  if (item.kind === 'units') {
    const r = resolveUnitRefs(item.result, (await db.contacts.toArray()) as Stored<Contact>[]);
    return { good: r.rows.length, errors: r.errors, total: result.total, duplicates: 0 };
  }
  const r = resolveResourceRefs(item.result, (await db.units.toArray()) as Stored<Unit>[]);
  return { good: r.rows.length, errors: r.errors, total: result.total, duplicates: 0 };
}

/** Writes contacts under a duplicate policy; returns how many records were added or merged. */
async function writeContacts(db: LiaisonDB, records: Contact[], policy: DuplicatePolicy): Promise<number> {
  if (policy === 'keep-both') {
    await db.contacts.bulkAdd(records);
    return records.length;
  }
  const index = duplicateIndex((await db.contacts.toArray()) as Stored<Contact>[]);
  const fresh: Contact[] = [];
  let merged = 0;
  for (const c of records) {
    const dup = index.find(c);
    if (!dup) {
      fresh.push(c);
      continue;
    }
    if (policy === 'merge') {
      await db.contacts.put(mergeContacts(dup.existing, c));
      merged++;
    }
  }
  await db.contacts.bulkAdd(fresh);
  return fresh.length + merged;
}

/** Writes the good rows in one transaction; returns how many were written (or merged). */
export async function commitImport(db: LiaisonDB, item: Importable, expectGood: number, policy: DuplicatePolicy = 'skip'): Promise<number> {
  if (item.result.fatal) throw new Error(item.result.fatal);
  return db.transaction('rw', [db.contacts, db.units, db.resources], async () => {
    if (item.kind === 'contacts') {
      if (item.result.rows.length !== expectGood) throw new ImportAbortedError([]);
      return writeContacts(db, item.result.rows.map((r) => r.record), policy);
    }
    if (item.kind === 'units') {
      const r = resolveUnitRefs(item.result, (await db.contacts.toArray()) as Stored<Contact>[]);
      if (r.rows.length !== expectGood) throw new ImportAbortedError(r.errors.filter((e) => !item.result.errors.includes(e)));
      await db.units.bulkAdd(r.rows.map((x) => x.record));
      return r.rows.length;
    }
    const r = resolveResourceRefs(item.result, (await db.units.toArray()) as Stored<Unit>[]);
    if (r.rows.length !== expectGood) throw new ImportAbortedError(r.errors.filter((e) => !item.result.errors.includes(e)));
    await db.resources.bulkAdd(r.rows.map((x) => x.record));
    return r.rows.length;
  });
}
