/**
 * Fuzzing the backup reader (any text, valid backups damaged, and the round
 * trip makeBackup → JSON → parseBackup) and the duplicate finder and merge
 * that every contact import goes through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, INTERACTION_KINDS, RESOURCE_KINDS, ROLES, type Contact, type Stored } from '../../../src/core/types';
import { makeBackup, parseBackup, type BackupData } from '../../../src/io/backup';
import { duplicateIndex, findDuplicate, mergeContacts } from '../../../src/io/duplicates';
import { nameKey } from '../../../src/io/fields';
import { CREATED_AT, NOW, RUNS, anyText, applyAll, expectStorable, mutations } from './support';

const str = fc.string({ unit: 'binary', maxLength: 20 });
const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
const grades = fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 4 });
const ids = fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { maxLength: 3 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** Drops keys whose value is undefined, as JSON does. */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const contact = fc
  .record({ name: str, role: fc.constantFrom(...ROLES), email: opt(fc.emailAddress()), subjects: fc.array(str, { maxLength: 3 }), grades, organization: opt(str), checkInDays: opt(fc.nat(999)), notes: opt(str), archived: fc.boolean(), lastInteractionAt: opt(day) })
  .map((c) => defined({ ...c, createdAt: CREATED_AT }));
const unit = fc
  .record({ title: str, subject: str, grades, start: opt(day), end: opt(day), teacherIds: ids, keywords: fc.array(str, { maxLength: 3 }), standards: fc.array(str, { maxLength: 3 }), description: str, archived: opt(fc.boolean()) })
  .map((u) => defined({ ...u, createdAt: CREATED_AT }));
const resource = fc
  .record({ title: str, kind: fc.constantFrom(...RESOURCE_KINDS), url: opt(fc.webUrl()), author: opt(str), callNumber: opt(str), subjects: fc.array(str, { maxLength: 2 }), grades, keywords: fc.array(str, { maxLength: 2 }), description: str, unitIds: ids })
  .map((r) => defined({ ...r, createdAt: CREATED_AT }));
const interaction = fc
  .record({ kind: fc.constantFrom(...INTERACTION_KINDS), date: day, contactIds: ids, unitId: opt(fc.integer({ min: 1, max: 50 })), notes: str, classes: opt(fc.nat(40)), students: opt(fc.nat(900)), followUp: opt(day), highlight: opt(fc.boolean()) })
  .map((i) => defined({ ...i, createdAt: CREATED_AT }));
const withIds = <T extends object>(a: fc.Arbitrary<T>) => fc.array(a, { maxLength: 4 }).map((xs) => xs.map((x, i) => ({ ...x, id: i + 1 })));

const data: fc.Arbitrary<BackupData> = fc.record({
  contacts: withIds(contact),
  units: withIds(unit),
  resources: withIds(resource),
  interactions: withIds(interaction),
  reminderState: fc.uniqueArray(fc.record({ key: str, snoozedUntil: opt(day) }).map((r) => defined({ ...r, updatedAt: CREATED_AT })), { maxLength: 3, selector: (r) => r.key }),
  settings: fc.record({ schoolName: str, unitLeadDays: fc.nat(60) }).map((s) => ({ ...DEFAULT_SETTINGS, ...s })),
}) as fc.Arbitrary<BackupData>;

describe('backup reader', () => {
  it('any text, and any JSON value: a sentence, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'library-liaison-backup', schemaVersion: 1, exportedAt: CREATED_AT, data: v }))), (t) => {
        const r = parseBackup(t);
        if (!r.ok) expect(r.error.trim()).not.toBe('');
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('round trip: makeBackup → JSON → parseBackup gives the same data', () => {
    fc.assert(
      fc.property(data, (d) => {
        const r = parseBackup(JSON.stringify(makeBackup(d, NOW)));
        expect(r.ok ? 'ok' : r.error).toBe('ok');
        if (r.ok) expect(r.backup.data).toEqual(d);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('a damaged backup (cut, characters inserted or deleted, BOM, CR) is refused with a sentence or read whole and valid', () => {
    fc.assert(
      fc.property(data, mutations, (d, ms) => {
        const r = parseBackup(applyAll(JSON.stringify(makeBackup(d, NOW), null, 1), ms));
        if (!r.ok) expect(r.error.trim()).not.toBe('');
        else expectStorable(r.backup.data);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('a structurally damaged backup (a field removed, retyped or duplicated ids) is refused, never thrown', () => {
    const damage = fc.record({ table: fc.constantFrom('contacts', 'units', 'resources', 'interactions'), key: fc.constantFrom('id', 'name', 'title', 'kind', 'role', 'date', 'grades', 'createdAt', 'contactIds'), value: fc.constantFrom(undefined, null, -1, 1.5, 'x', [], {}, [13], '2026-02-30', 'NaN') });
    fc.assert(
      fc.property(data, damage, fc.boolean(), (d, dm, dup) => {
        const rows = d[dm.table] as unknown as Record<string, unknown>[];
        fc.pre(rows.length > 0);
        const copy = structuredClone(d) as unknown as Record<string, Record<string, unknown>[]>;
        if (dup) copy[dm.table]!.push({ ...copy[dm.table]![0]! });
        else copy[dm.table]![0]![dm.key] = dm.value;
        const r = parseBackup(JSON.stringify(makeBackup(copy as unknown as BackupData, NOW)));
        if (r.ok) expectStorable(r.backup.data);
        else expect(r.error).toMatch(/^The backup file is damaged: /);
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('duplicates and merge', () => {
  const person = fc.record({ name: fc.constantFrom('Ana Ruiz', 'ana  ruiz', 'ANA RUIZ', 'Bo Li', 'Ｂｏ Ｌｉ', ''), role: fc.constantFrom('teacher' as const, 'parent' as const), email: opt(fc.constantFrom('ana@x.org', 'ANA@X.ORG', 'bo@x.org')), subjects: fc.array(fc.constantFrom('Math', 'math', 'Art'), { maxLength: 2 }), grades, notes: opt(fc.constantFrom('n1', 'n2', '')), organization: opt(fc.constantFrom('PS 1', '')), checkInDays: opt(fc.nat(60)), lastInteractionAt: opt(day) }).map(
    (p): Contact => defined({ ...p, archived: false, createdAt: CREATED_AT }),
  );

  it('a contact is found when its email (any case) or its normalised name and role is stored; merging keeps the stored id and stays storable', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 6 }), person, (storedPeople, candidate) => {
        const stored: Stored<Contact>[] = storedPeople.map((p, i) => ({ ...p, id: i + 1 }));
        const dup = findDuplicate(candidate, stored);
        const byEmail = candidate.email ? stored.find((s) => s.email?.toLowerCase() === candidate.email!.toLowerCase()) : undefined;
        const byName = stored.find((s) => nameKey(s.name) === nameKey(candidate.name) && s.role === candidate.role);
        expect(dup?.existing).toBe(byEmail ?? byName);
        expect(duplicateIndex(stored).find(candidate)?.existing).toBe(dup?.existing);
        if (!dup) return;
        const merged = mergeContacts(dup.existing, candidate);
        expect(merged.id).toBe(dup.existing.id);
        expect(merged.grades).toEqual([...new Set([...dup.existing.grades, ...candidate.grades])].sort((a, b) => a - b));
        for (const s of [...dup.existing.subjects, ...candidate.subjects]) expect(merged.subjects.map(nameKey)).toContain(nameKey(s));
        if (candidate.notes?.trim()) expect(merged.notes).toContain(candidate.notes.trim());
        if (dup.existing.notes) expect(merged.notes).toContain(dup.existing.notes);
        expectStorable({ contacts: [merged] });
        // Merging the same candidate twice adds nothing more.
        expect(mergeContacts(merged, candidate)).toEqual(merged);
      }),
      { numRuns: RUNS.normal },
    );
  });
});
