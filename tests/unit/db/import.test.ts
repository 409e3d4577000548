import { describe, expect, it, beforeEach } from 'vitest';
import { openDb, type LiaisonDB } from '../../../src/db/schema';
import { commitImport, ImportAbortedError, previewImport } from '../../../src/db/import';
import { parseContactsCsv, parseResourcesCsv, parseUnitsCsv } from '../../../src/io/csv-formats';

const now = new Date('2026-11-23T10:00:00');
let db: LiaisonDB;
beforeEach(() => {
  db = openDb(`import-${Math.random()}`);
});

const CONTACTS = [
  'name,role,email,subjects,grades,organization,check_in_days,notes',
  'Maria Lopez,teacher,maria@school.example.org,Science,7,,,',
  'Bad Role,principle,bad@school.example.org,,,,,',
  'Ann Lee,administrator,ann@school.example.org,,,,30,',
].join('\n');

describe('import: preview, then all or nothing', () => {
  it('previews good rows and reports the bad one with its line, writing nothing', async () => {
    const item = { kind: 'contacts' as const, result: parseContactsCsv(CONTACTS, now) };
    const p = await previewImport(db, item);
    expect(p.good).toBe(2);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toMatchObject({ line: 3, field: 'role' });
    expect(await db.contacts.count()).toBe(0);
    expect(await commitImport(db, item, p.good)).toBe(2);
    expect((await db.contacts.toArray()).map((c) => c.name).sort()).toEqual(['Ann Lee', 'Maria Lopez']);
  });

  it('resolves unit teachers against stored contacts, and resources against stored units', async () => {
    await commitImport(db, { kind: 'contacts', result: parseContactsCsv(CONTACTS, now) }, 2);
    const units = parseUnitsCsv(
      ['title,subject,grades,start,end,teachers,keywords,standards,description', 'Ecosystem Dynamics,Science,7,2026-12-01,2027-01-15,maria@school.example.org,food webs,MS-LS2-3,Energy flow', 'Ghost Unit,Science,7,2026-12-01,2027-01-15,Nobody Here,,,'].join('\n'),
      now,
    );
    const pu = await previewImport(db, { kind: 'units', result: units });
    expect(pu.good).toBe(1);
    expect(pu.errors.map((e) => e.line)).toEqual([3]);
    await commitImport(db, { kind: 'units', result: units }, pu.good);
    const unit = await db.units.where('title').equals('Ecosystem Dynamics').first();
    const maria = await db.contacts.where('email').equals('maria@school.example.org').first();
    expect(unit?.teacherIds).toEqual([maria?.id]);

    const res = parseResourcesCsv(['title,kind,url,author,call_number,subjects,grades,keywords,description,units', 'Food Webs,book,,Jane Doe,577 DOE,Science,6-8,food webs,,Ecosystem Dynamics'].join('\n'), now);
    await commitImport(db, { kind: 'resources', result: res }, 1);
    expect((await db.resources.toArray())[0]?.unitIds).toEqual([unit?.id]);
  });

  it('abandons the whole write if a reference no longer resolves at commit time', async () => {
    await commitImport(db, { kind: 'contacts', result: parseContactsCsv(CONTACTS, now) }, 2);
    const units = parseUnitsCsv(['title,subject,grades,start,end,teachers,keywords,standards,description', 'A,Science,7,,,Maria Lopez,,,', 'B,Science,7,,,Ann Lee,,,'].join('\n'), now);
    const p = await previewImport(db, { kind: 'units', result: units });
    expect(p.good).toBe(2);
    // Someone deletes Ann Lee between the preview and the click.
    await db.contacts.where('name').equals('Ann Lee').delete();
    await expect(commitImport(db, { kind: 'units', result: units }, p.good)).rejects.toBeInstanceOf(ImportAbortedError);
    expect(await db.units.count()).toBe(0);
  });

  it('refuses a file with a fatal problem and leaves stored data unchanged', async () => {
    await commitImport(db, { kind: 'contacts', result: parseContactsCsv(CONTACTS, now) }, 2);
    const broken = { kind: 'contacts' as const, result: parseContactsCsv('nom;courriel\nx;y', now) };
    const p = await previewImport(db, broken);
    expect(p.fatal).toBeTruthy();
    await expect(commitImport(db, broken, 0)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(2);
  });
});

describe('import: contacts already stored', () => {
  const again = ['name,role,email,subjects,grades,organization,check_in_days,notes', 'Maria Lopez,teacher,MARIA@school.example.org,Science;STEM,6,,,Runs the science fair', 'New Person,teacher,new@school.example.org,,,,,'].join('\n');
  beforeEach(async () => {
    await commitImport(db, { kind: 'contacts', result: parseContactsCsv(CONTACTS, now) }, 2);
  });
  it('counts duplicates in the preview and skips them by default', async () => {
    const item = { kind: 'contacts' as const, result: parseContactsCsv(again, now) };
    expect((await previewImport(db, item)).duplicates).toBe(1);
    expect(await commitImport(db, item, 2)).toBe(1);
    expect(await db.contacts.count()).toBe(3);
  });
  it('merges into the stored contact, keeping its id and filling gaps', async () => {
    const before = await db.contacts.where('email').equals('maria@school.example.org').first();
    await commitImport(db, { kind: 'contacts', result: parseContactsCsv(again, now) }, 2, 'merge');
    expect(await db.contacts.count()).toBe(3);
    const after = await db.contacts.get(before!.id!);
    expect(after?.subjects).toEqual(['Science', 'STEM']);
    expect(after?.grades).toEqual([6, 7]);
    expect(after?.notes).toBe('Runs the science fair');
  });
  it('keeps both when asked', async () => {
    await commitImport(db, { kind: 'contacts', result: parseContactsCsv(again, now) }, 2, 'keep-both');
    expect(await db.contacts.count()).toBe(4);
  });
});

describe('import: progress', () => {
  it('reports after every chunk and ends at the total', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Person ${i},teacher,p${i}@school.example.org,,,,,`);
    const item = { kind: 'contacts' as const, result: parseContactsCsv(['name,role,email,subjects,grades,organization,check_in_days,notes', ...rows].join('\n'), now) };
    const seen: [number, number][] = [];
    expect(await commitImport(db, item, 2500, 'skip', (done, total) => seen.push([done, total]))).toBe(2500);
    expect(seen).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    expect(await db.contacts.count()).toBe(2500);
  });

  it('counts merged and added contacts together under the merge policy', async () => {
    await commitImport(db, { kind: 'contacts', result: parseContactsCsv(CONTACTS, now) }, 2);
    const again = parseContactsCsv(['name,role,email,subjects,grades,organization,check_in_days,notes', 'Maria Lopez,teacher,maria@school.example.org,Art,,,,', 'Zed,teacher,,,,,,'].join('\n'), now);
    const seen: [number, number][] = [];
    expect(await commitImport(db, { kind: 'contacts', result: again }, 2, 'merge', (d, t) => seen.push([d, t]))).toBe(2);
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
