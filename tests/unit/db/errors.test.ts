import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { guardQuota, isQuotaExceeded, StorageFullError } from '../../../src/db/errors';
import { commitImport } from '../../../src/db/import';
import { exportBackup, restoreBackup } from '../../../src/db/backup';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { parseContactsCsv } from '../../../src/io/csv-formats';
import { loadSampleSchool } from '../../../src/db/sample';
import { buildSampleSchool } from '../../../src/sample/school';

const now = new Date('2026-11-23T10:00:00');
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
let db: LiaisonDB;
beforeEach(() => {
  db = openDb(`errors-${Math.random()}`);
});
afterEach(() => vi.restoreAllMocks());

describe('isQuotaExceeded', () => {
  it('recognises the DOMException, Dexie wrappers and nested causes, and nothing else', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaExceeded({ name: 'BulkError', failures: [new Error('x'), quota()] })).toBe(true);
    expect(isQuotaExceeded(new Error('wrapped', { cause: quota() }))).toBe(true);
    expect(isQuotaExceeded(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError in the text only'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });

  it('guardQuota turns a quota failure into StorageFullError and lets other errors through', async () => {
    await expect(guardQuota(() => Promise.reject(quota()))).rejects.toBeInstanceOf(StorageFullError);
    const other = new Error('boom');
    await expect(guardQuota(() => Promise.reject(other))).rejects.toBe(other);
    expect(await guardQuota(async () => 7)).toBe(7);
  });
});

describe('a full disk half-way through a write leaves nothing half-written', () => {
  it('import: the second chunk fails, the first is rolled back', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Person ${i},teacher,p${i}@school.example.org,,,,,`);
    const item = { kind: 'contacts' as const, result: parseContactsCsv(['name,role,email,subjects,grades,organization,check_in_days,notes', ...rows].join('\n'), now) };
    const real = db.contacts.bulkAdd.bind(db.contacts);
    let calls = 0;
    vi.spyOn(db.contacts, 'bulkAdd').mockImplementation(((records: never[]) => (++calls === 2 ? Promise.reject(quota()) : real(records))) as never);
    const progress: number[] = [];
    await expect(commitImport(db, item, 2500, 'skip', (done) => progress.push(done))).rejects.toBeInstanceOf(StorageFullError);
    expect(progress).toEqual([1000]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('restore (replace): the library is as it was', async () => {
    await loadSampleSchool(db, buildSampleSchool(now));
    const backup = await exportBackup(db, now);
    const before = await db.contacts.count();
    vi.spyOn(db.interactions, 'bulkAdd').mockImplementation((() => Promise.reject(quota())) as never);
    await expect(restoreBackup(db, backup, 'replace')).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.contacts.count()).toBe(before);
    expect(await db.interactions.count()).toBe(backup.data.interactions.length);
  });
});
