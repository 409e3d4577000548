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
import { guardQuota } from './errors';

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

/** Rows written per step; after each step the caller hears how far the write is. */
export const COMMIT_CHUNK = 1000;

/** `done` of `total` records written so far (inside the one transaction: nothing is visible until the end). */
export type ImportProgress = (done: number, total: number) => void;

/** bulkAdd in chunks, reporting after each; still one transaction (the caller's). */
async function addInChunks<T>(add: (chunk: T[]) => Promise<unknown>, records: T[], onProgress?: ImportProgress, done = 0, total = records.length): Promise<void> {
  for (let i = 0; i < records.length; i += COMMIT_CHUNK) {
    const chunk = records.slice(i, i + COMMIT_CHUNK);
    await add(chunk);
    onProgress?.(done + i + chunk.length, total);
  }
}

/** Writes contacts under a duplicate policy; returns how many records were added or merged. */
async function writeContacts(db: LiaisonDB, records: Contact[], policy: DuplicatePolicy, onProgress?: ImportProgress): Promise<number> {
  if (policy === 'keep-both') {
    await addInChunks((c) => db.contacts.bulkAdd(c), records, onProgress);
    return records.length;
  }
  const index = duplicateIndex((await db.contacts.toArray()) as Stored<Contact>[]);
  const fresh: Contact[] = [];
  const merged: Stored<Contact>[] = [];
  for (const c of records) {
    const dup = index.find(c);
    if (!dup) fresh.push(c);
    else if (policy === 'merge') merged.push(mergeContacts(dup.existing, c));
  }
  const total = fresh.length + merged.length;
  await addInChunks((c) => db.contacts.bulkPut(c), merged, onProgress, 0, total);
  await addInChunks((c) => db.contacts.bulkAdd(c), fresh, onProgress, merged.length, total);
  return total;
}

/**
 * Writes the good rows in one transaction; returns how many were written (or merged).
 * `onProgress` hears after every {@link COMMIT_CHUNK} records. A full disk comes back
 * as a StorageFullError (src/db/errors.ts), with nothing written.
 */
export async function commitImport(db: LiaisonDB, item: Importable, expectGood: number, policy: DuplicatePolicy = 'skip', onProgress?: ImportProgress): Promise<number> {
  if (item.result.fatal) throw new Error(item.result.fatal);
  return guardQuota(() =>
    db.transaction('rw', [db.contacts, db.units, db.resources], async () => {
      if (item.kind === 'contacts') {
        if (item.result.rows.length !== expectGood) throw new ImportAbortedError([]);
        return writeContacts(db, item.result.rows.map((r) => r.record), policy, onProgress);
      }
      if (item.kind === 'units') {
        const r = resolveUnitRefs(item.result, (await db.contacts.toArray()) as Stored<Contact>[]);
        if (r.rows.length !== expectGood) throw new ImportAbortedError(r.errors.filter((e) => !item.result.errors.includes(e)));
        await addInChunks((c) => db.units.bulkAdd(c), r.rows.map((x) => x.record), onProgress);
        return r.rows.length;
      }
      const r = resolveResourceRefs(item.result, (await db.units.toArray()) as Stored<Unit>[]);
      if (r.rows.length !== expectGood) throw new ImportAbortedError(r.errors.filter((e) => !item.result.errors.includes(e)));
      await addInChunks((c) => db.resources.bulkAdd(c), r.rows.map((x) => x.record), onProgress);
      return r.rows.length;
    }),
  );
}
