import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS, ROLES, type Contact, type Resource, type Stored, type Unit } from '../../../src/core/types';
import { contactsToCsv, resourcesToCsv, unitsToCsv } from '../../../src/io/csv-export';
import {
  detectCsvKind,
  parseContactsCsv,
  parseResourcesCsv,
  parseUnitsCsv,
  resolveResourceRefs,
  resolveUnitRefs,
} from '../../../src/io/csv-formats';
import { nameKey } from '../../../src/io/fields';
import { MAX_IMPORT_BYTES } from '../../../src/io/types';

const now = new Date('2026-09-01T12:00:00.000Z');
const createdAt = now.toISOString();
const external = fileURLToPath(new URL('../../../../shared/external/', import.meta.url));

const CONTACT_HEADER = 'name,role,email,subjects,grades,organization,check_in_days,notes';
const UNIT_HEADER = 'title,subject,grades,start,end,teachers,keywords,standards,description';
const RESOURCE_HEADER = 'title,kind,url,author,call_number,subjects,grades,keywords,description,units';

describe('parseContactsCsv', () => {
  it('reads every column of a clean file', () => {
    const csv = [
      CONTACT_HEADER,
      'Maria Lopez,teacher,mlopez@springfield.k12.us,Science; Health,6-8,Springfield MS,14,"Likes ""hands-on"" labs"',
      'Dan Ortiz,public-librarian,,,,Springfield Public Library,,',
    ].join('\n');
    const r = parseContactsCsv(csv, now);
    expect(r.fatal).toBeUndefined();
    expect(r.errors).toEqual([]);
    expect(r.total).toBe(2);
    expect(r.rows).toEqual([
      {
        line: 2,
        record: {
          name: 'Maria Lopez',
          role: 'teacher',
          email: 'mlopez@springfield.k12.us',
          subjects: ['Science', 'Health'],
          grades: [6, 7, 8],
          organization: 'Springfield MS',
          checkInDays: 14,
          notes: 'Likes "hands-on" labs',
          archived: false,
          createdAt,
        },
      },
      {
        line: 3,
        record: { name: 'Dan Ortiz', role: 'public-librarian', subjects: [], grades: [], organization: 'Springfield Public Library', archived: false, createdAt },
      },
    ]);
  });

  it('matches headers case-insensitively, trimmed, in any order, and warns about extra columns', () => {
    const csv = ' EMAIL ,Phone, Name,ROLE,Check-in Days\na@b.org,555,Ann Lee,Teacher,0\n';
    const r = parseContactsCsv(csv, now);
    expect(r.warnings).toEqual(['Column "Phone" is not part of the contacts format and was ignored.']);
    expect(r.rows[0]?.record).toMatchObject({ name: 'Ann Lee', role: 'teacher', email: 'a@b.org', checkInDays: 0 });
  });

  it('is fatal when a required column is missing, naming it', () => {
    const r = parseContactsCsv('email,notes\na@b.org,x\n', now);
    expect(r.rows).toEqual([]);
    expect(r.fatal).toMatch(/Missing required columns: name, role\./);
  });

  it('says which format a file looks like when given the wrong one', () => {
    const r = parseContactsCsv(`${UNIT_HEADER}\nEcosystems,Science,7,,,,,,\n`, now);
    expect(r.fatal).toMatch(/This looks like a units file/);
  });

  it('is fatal for a header named twice, an empty file, or a file over the size limit', () => {
    expect(parseContactsCsv('name,role,Name\n', now).fatal).toMatch(/"name" appears twice/);
    expect(parseContactsCsv(' \r\n\r\n', now).fatal).toBe('The file is empty.');
    const huge = `${CONTACT_HEADER}\n${'a'.repeat(MAX_IMPORT_BYTES)}`;
    expect(parseContactsCsv(huge, now).fatal).toMatch(/MB; files over 50 MB are not imported/);
    // Just under the limit in characters but over it in UTF-8 bytes (é is 2 bytes).
    const wide = `${CONTACT_HEADER}\n${'é'.repeat(MAX_IMPORT_BYTES / 2)}`;
    expect(parseContactsCsv(wide, now).fatal).toMatch(/not imported/);
  });

  it('strips a UTF-8 BOM', () => {
    const r = parseContactsCsv(`\uFEFF${CONTACT_HEADER}\nZoë Brandt,specialist,,,,,,\n`, now);
    expect(r.fatal).toBeUndefined();
    expect(r.rows[0]?.record.name).toBe('Zoë Brandt');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('gives real line numbers with %s endings, quoted line breaks and blank lines', (_label, nl) => {
    const csv = [
      CONTACT_HEADER,
      `Ann Lee,teacher,,,,,,"line one${nl}line two${nl}line three"`,
      '',
      'Bob Ray,principal,,,,,,',
      `"Cy${nl}Dee",teacher,not-an-email,,,,,`,
      'Eve Moss,teacher,,,13,,,',
    ].join(nl);
    const r = parseContactsCsv(csv, now);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.rows[0]?.record.notes).toBe('line one\nline two\nline three');
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [6, 'role'],
      [7, 'email'],
      [9, 'grades'],
    ]);
    expect(r.total).toBe(4);
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])('reads a file separated by %s, with a warning', (label, d) => {
    const csv = [
      ['name', 'role', 'email', 'subjects', 'grades'].join(d),
      ['Ann Lee', 'teacher', 'ann@x.org', '"Math; Art"', 'K-2'].join(d),
    ].join('\r\n');
    const r = parseContactsCsv(csv, now);
    expect(r.warnings).toEqual([`The file separates columns with ${label}; it was read that way.`]);
    expect(r.rows[0]?.record).toMatchObject({ name: 'Ann Lee', email: 'ann@x.org', subjects: ['Math', 'Art'], grades: [0, 1, 2] });
  });

  it('reports an unquoted list in a semicolon file as a row with too many cells', () => {
    const r = parseContactsCsv('name;role;subjects\nAnn Lee;teacher;Math;Art\n', now);
    expect(r.errors).toEqual([{ line: 2, message: expect.stringMatching(/header has 3.*put lists in quotes/) }]);
    expect(r.errors[0]?.message).toMatch(/4 cells but the header has 3/);
  });

  it('lists the allowed roles for an unknown or empty role', () => {
    const r = parseContactsCsv(`${CONTACT_HEADER}\nAnn,principle,,,,,,\nBob,,,,,,,\nCy,Public Librarian,,,,,,\n`, now);
    expect(r.errors).toEqual([
      { line: 2, field: 'role', message: `role "principle" is not one of the roles: use ${ROLES.join(', ')}` },
      { line: 3, field: 'role', message: `role is empty: use ${ROLES.join(', ')}` },
    ]);
    expect(r.rows[0]?.record.role).toBe('public-librarian');
  });

  it('rejects empty names, bad emails, bad grades and bad check-in days, each on its line', () => {
    const csv = [
      CONTACT_HEADER,
      ',teacher,,,,,,',
      'Ann,teacher,Ann Lee <ann@x.org>,,,,,',
      'Bob,teacher,,,3-1,,,',
      'Cy,teacher,,,Grade 14,,,',
      'Dee,teacher,,,,,-3,',
      'Eve,teacher,,,,,two weeks,',
    ].join('\n');
    const r = parseContactsCsv(csv, now);
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([
      { line: 2, field: 'name', message: 'name is empty' },
      { line: 3, field: 'email', message: 'email "Ann Lee <ann@x.org>" is not an email address' },
      { line: 4, field: 'grades', message: 'grades: "3-1" is not a grade range (use e.g. 3-5 or K-2)' },
      { line: 5, field: 'grades', message: 'grades: "Grade 14" is not a grade (use K or 1 to 12)' },
      { line: 6, field: 'check_in_days', message: 'check_in_days "-3" is not a whole number of days (0 = never remind)' },
      { line: 7, field: 'check_in_days', message: 'check_in_days "two weeks" is not a whole number of days (0 = never remind)' },
    ]);
  });

  it('reports duplicate rows by email (any case) and by name and role', () => {
    const csv = [
      CONTACT_HEADER,
      'Ann Lee,teacher,ann@x.org,,,,,',
      'Ann Lee,parent,ANN@X.ORG,,,,,',
      'ann  lee,teacher,,,,,,',
      'Ann Lee,parent,,,,,,',
    ].join('\n');
    const r = parseContactsCsv(csv, now);
    // Line 5 is kept: the only earlier "Ann Lee, parent" (line 3) was itself refused.
    expect(r.rows.map((x) => x.line)).toEqual([2, 5]);
    expect(r.errors).toEqual([
      { line: 3, message: 'Duplicate of line 2 (same email).' },
      { line: 4, message: 'Duplicate of line 2 (same name and role).' },
    ]);
  });

  it('keeps formula-looking cells and HTML as plain text, and removes the exporter\'s quote prefix', () => {
    const csv = [
      CONTACT_HEADER,
      '=HYPERLINK("http://evil.example"),teacher,,,,,,<b>bold</b><script>alert(1)</script>',
      `"'=1+1",teacher,,,,,,'@ not a formula`,
      `"''=2",teacher,,,,,,'plain`,
    ].join('\n');
    const r = parseContactsCsv(csv, now);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.record.name, x.record.notes])).toEqual([
      ['=HYPERLINK("http://evil.example")', '<b>bold</b><script>alert(1)</script>'],
      ['=1+1', '@ not a formula'],
      ["'=2", "'plain"],
    ]);
  });

  it('reports an unclosed quote on the line where it opens', () => {
    const r = parseContactsCsv(`${CONTACT_HEADER}\nAnn,teacher,,,,,,ok\nBob,teacher,,,,,,"never closed\nCy,teacher,,,,,,\n`, now);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.errors).toEqual([{ line: 3, message: expect.stringMatching(/never closed/) }]);
  });

  it('parses 10,000 rows well under a second', () => {
    const lines = [CONTACT_HEADER];
    for (let i = 0; i < 10_000; i++) {
      lines.push(`Teacher ${i},teacher,t${i}@school.org,"Science; Math",3-5,Springfield,21,"Notes, with a comma ${i}"`);
    }
    const text = lines.join('\r\n');
    // Best of three: the machine is shared, and the minimum is what the code costs.
    let best = Infinity;
    let r: ReturnType<typeof parseContactsCsv> | undefined;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      r = parseContactsCsv(text, now);
      best = Math.min(best, performance.now() - t0);
    }
    console.log(`parseContactsCsv: 10,000 rows (${(text.length / 1024).toFixed(0)} KB), best of 3: ${best.toFixed(0)} ms`);
    expect(r?.rows).toHaveLength(10_000);
    expect(r?.rows[9999]?.line).toBe(10_001);
    expect(best).toBeLessThan(1000);
  });
});

describe('parseUnitsCsv', () => {
  it('reads a unit with dates, lists and teacher references', () => {
    const csv = `${UNIT_HEADER}\nEcosystem Dynamics,Science,7,2026-10-05,2026-11-13,Maria Lopez; dan@x.org,food web; biome,MS-LS2-3; MS-LS2-1,"Energy flow, <i>cycles</i>"\n`;
    const r = parseUnitsCsv(csv, now);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.record).toEqual({
      title: 'Ecosystem Dynamics',
      subject: 'Science',
      grades: [7],
      start: '2026-10-05',
      end: '2026-11-13',
      teacherRefs: ['Maria Lopez', 'dan@x.org'],
      keywords: ['food web', 'biome'],
      standards: ['MS-LS2-3', 'MS-LS2-1'],
      description: 'Energy flow, <i>cycles</i>',
      createdAt,
    });
  });

  it('rejects unreal dates, other date formats, end before start, empty titles', () => {
    const csv = [
      UNIT_HEADER,
      'A,,,2026-02-30,,,,,',
      'B,,,9/3/2026,,,,,',
      'C,,,2026-13-01,,,,,',
      'D,,,2026-03-01,2026-02-01,,,,',
      ',Math,,,,,,,',
      'E,,,2028-02-29,2028-02-29,,,,',
    ].join('\n');
    const r = parseUnitsCsv(csv, now);
    expect(r.errors).toEqual([
      { line: 2, field: 'start', message: 'start "2026-02-30" is not a real date' },
      { line: 3, field: 'start', message: 'start "9/3/2026" is not a date written YYYY-MM-DD (for example 2026-09-14)' },
      { line: 4, field: 'start', message: 'start "2026-13-01" is not a real date' },
      { line: 5, field: 'end', message: 'end 2026-02-01 is before start 2026-03-01' },
      { line: 6, field: 'title', message: 'title is empty' },
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([7]);
  });

  it('reports the same title and dates twice as a duplicate', () => {
    const r = parseUnitsCsv(`${UNIT_HEADER}\nPoetry,ELA,4,2026-01-05,,,,,\nPOETRY,ELA,5,2026-01-05,,,,,\nPoetry,ELA,4,2026-03-05,,,,,\n`, now);
    expect(r.rows.map((x) => x.line)).toEqual([2, 4]);
    expect(r.errors).toEqual([{ line: 3, message: 'Duplicate of line 2 (same title and dates).' }]);
  });

  it('needs only the title column', () => {
    const r = parseUnitsCsv('Title\nPoetry\n', now);
    expect(r.rows[0]?.record).toEqual({ title: 'Poetry', subject: '', grades: [], teacherRefs: [], keywords: [], standards: [], description: '', createdAt });
  });
});

describe('parseResourcesCsv', () => {
  it('reads a resource and lists the allowed kinds for an unknown one', () => {
    const csv = [
      RESOURCE_HEADER,
      'Wild Ecosystems,book,,Ann Author,577 WIL,Science,6-8,biome,,Ecosystem Dynamics',
      'Britannica,encyclopedia,,,,,,,,',
      'Gale,E-Book,www.gale.com/x,,,,,,,',
      'Bad link,website,javascript:alert(1),,,,,,,',
      ',video,,,,,,,,',
    ].join('\n');
    const r = parseResourcesCsv(csv, now);
    expect(r.rows[0]).toEqual({
      line: 2,
      record: {
        title: 'Wild Ecosystems',
        kind: 'book',
        author: 'Ann Author',
        callNumber: '577 WIL',
        subjects: ['Science'],
        grades: [6, 7, 8],
        keywords: ['biome'],
        description: '',
        unitRefs: ['Ecosystem Dynamics'],
        createdAt,
      },
    });
    expect(r.rows[1]).toMatchObject({ line: 4, record: { kind: 'ebook', url: 'https://www.gale.com/x' }, warnings: ['url "www.gale.com/x" was read as https://www.gale.com/x'] });
    expect(r.errors).toEqual([
      { line: 3, field: 'kind', message: `kind "encyclopedia" is not one of the kinds: use ${RESOURCE_KINDS.join(', ')}` },
      { line: 5, field: 'url', message: 'url "javascript:alert(1)" is not a web address (only http and https links are kept)' },
      { line: 6, field: 'title', message: 'title is empty' },
    ]);
  });

  it('reports duplicates and missing kind column', () => {
    const r = parseResourcesCsv('title,kind,author\nHatchet,book,Paulsen\nhatchet,Book,paulsen\nHatchet,ebook,Paulsen\n', now);
    expect(r.errors).toEqual([{ line: 3, message: 'Duplicate of line 2 (same title, kind, author, call number and url).' }]);
    expect(parseResourcesCsv('title,author\nHatchet,Paulsen\n', now).fatal).toMatch(/^Missing required column: kind\./);
  });
});

describe('resolving references', () => {
  const contacts: Stored<Contact>[] = [
    { id: 1, name: 'Maria Lopez', role: 'teacher', email: 'mlopez@x.org', subjects: [], grades: [], archived: false, createdAt },
    { id: 2, name: 'Sam Park', role: 'teacher', email: 'spark1@x.org', subjects: [], grades: [], archived: false, createdAt },
    { id: 3, name: 'Sam Park', role: 'specialist', email: 'spark2@x.org', subjects: [], grades: [], archived: false, createdAt },
  ];

  it('maps teacher names and emails to ids, and moves rows with unknown or ambiguous teachers to errors', () => {
    const parsed = parseUnitsCsv(
      `${UNIT_HEADER}\nA,,,,,maria lopez; SPARK2@x.org,,,\nB,,,,,Sam Park,,,\nC,,,,,Nobody Here,,,\nD,,,,,,,,\n`,
      now,
    );
    const r = resolveUnitRefs(parsed, contacts);
    expect(r.rows.map((x) => [x.line, x.record.teacherIds])).toEqual([
      [2, [1, 3]],
      [5, []],
    ]);
    expect(r.rows[0]?.record).not.toHaveProperty('teacherRefs');
    expect(r.errors).toEqual([
      { line: 3, field: 'teachers', message: 'teacher "Sam Park" matches 2 contacts: write their email instead' },
      { line: 4, field: 'teachers', message: 'teacher "Nobody Here" is not one of your contacts (import or add them first, or fix the spelling)' },
    ]);
    expect(r.total).toBe(4);
    expect(r.warnings).toEqual([]);
  });

  it('maps unit titles to ids, including units from the same import given temporary ids', () => {
    const parsed = parseResourcesCsv(`${RESOURCE_HEADER}\nHatchet,book,,,,,,,,survival; NEW UNIT\nAtlas,book,,,,,,,,Oceans\n`, now);
    const r = resolveResourceRefs(parsed, [
      { id: 7, title: 'Survival' },
      { id: -1, title: 'New unit' },
    ]);
    expect(r.rows.map((x) => x.record.unitIds)).toEqual([[7, -1]]);
    expect(r.errors).toEqual([{ line: 3, field: 'units', message: 'unit "Oceans" is not one of your units (import or add it first, or fix the title)' }]);
  });
});

describe('detectCsvKind', () => {
  it('recognises the three formats, LinkedIn and unknown files', () => {
    expect(detectCsvKind(`\uFEFF${CONTACT_HEADER}\n`)).toBe('contacts');
    expect(detectCsvKind(`${UNIT_HEADER}\r\n`)).toBe('units');
    expect(detectCsvKind('Title;Kind;URL\n')).toBe('resources');
    expect(detectCsvKind('First Name,Last Name,E-mail 1 - Value,Labels\n')).toBe('google-contacts');
    expect(detectCsvKind('First Name,Last Name,E-mail Address,Company,Job Title\n')).toBe('outlook-contacts');
    expect(detectCsvKind('Notes:\n"When exporting your connection data, you may notice..."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n')).toBe('linkedin-contacts');
    expect(detectCsvKind('Display Name;First Name;Last Name;Primary Email\n')).toBe('unknown');
    expect(detectCsvKind('')).toBe('unknown');
  });

  const contactsDir = `${external}contacts/`;
  it.skipIf(!existsSync(contactsDir))('recognises the real Google and Outlook exports (skipped: /work/shared/external absent)', () => {
    expect(detectCsvKind(readFileSync(`${contactsDir}google-contacts-legacy-export.csv`, 'utf8'))).toBe('google-contacts');
    expect(detectCsvKind(readFileSync(`${contactsDir}outlook-style-export-bom.csv`, 'utf8'))).toBe('outlook-contacts');
  });
});

describe('csv export', () => {
  it('writes the documented header, a BOM, CRLF, and quotes only where needed', () => {
    const csv = contactsToCsv([
      { name: 'Ann, Lee', role: 'teacher', subjects: ['Math', 'Art'], grades: [0, 1, 2, 5], archived: false, createdAt, notes: 'said "hi"\nbye' },
    ]);
    expect(csv).toBe(`\uFEFF${CONTACT_HEADER}\r\n"Ann, Lee",teacher,,"Math; Art","K-2; 5",,,"said ""hi""\nbye"\r\n`);
  });

  it.each(['=cmd|calc', '+1 555', '-2', '@SUM(A1)', "'=quoted"])('protects a cell starting with %j against formula injection', (value) => {
    const csv = contactsToCsv([{ name: value, role: 'teacher', subjects: [], grades: [], archived: false, createdAt }]);
    const cell = csv.split('\r\n')[1]!.split(',')[0]!;
    expect(cell).toBe(`'${value}`);
    expect(parseContactsCsv(csv, now).rows[0]?.record.name).toBe(value);
  });
});

// ---------------------------------------------------------------------------
// Round trips: export → import gives the same records back.

/** Any text a cell can hold after import: trimmed, no CR (line ends are read as LF). */
const text = fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/\r/g, '').trim());
const nonEmpty = text.filter((s) => s !== '');
const listItem = nonEmpty.map((s) => s.replace(/;/g, ',')).filter((s) => s.trim() === s && s !== '');
const list = fc.array(listItem, { maxLength: 4 });
const grades = fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 6 }).map((g) => [...g].sort((a, b) => a - b));
const isoDate = fc.integer({ min: 0, max: 3650 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));

const contactArb = fc.record(
  {
    name: nonEmpty,
    role: fc.constantFrom(...ROLES),
    email: fc.emailAddress(),
    subjects: list,
    grades,
    organization: nonEmpty,
    checkInDays: fc.integer({ min: 0, max: 9999 }),
    notes: nonEmpty,
    archived: fc.constant(false),
    createdAt: fc.constant(createdAt),
  },
  { requiredKeys: ['name', 'role', 'subjects', 'grades', 'archived', 'createdAt'] },
);

describe('round trips (fast-check)', () => {
  it('contacts', () => {
    const unique = fc.uniqueArray(contactArb, {
      maxLength: 8,
      comparator: (a, b) =>
        (nameKey(a.name) === nameKey(b.name) && a.role === b.role) ||
        (a.email !== undefined && b.email !== undefined && a.email.toLowerCase() === b.email.toLowerCase()),
    });
    fc.assert(
      fc.property(unique, (contacts) => {
        const r = parseContactsCsv(contactsToCsv(contacts), now);
        expect(r.errors).toEqual([]);
        expect(r.rows.map((x) => x.record)).toEqual(contacts);
      }),
      { numRuns: 200 },
    );
  });

  /** Contacts to point at: every one has an email, names may clash (then the email is written). */
  const pool = fc
    .uniqueArray(
      fc.record({ name: nonEmpty.filter((s) => !s.includes('@')), email: fc.emailAddress() }),
      { minLength: 1, maxLength: 5, selector: (c) => c.email.toLowerCase() },
    )
    .map((cs) =>
      cs.map((c, i): Stored<Contact> => ({ ...c, id: i + 1, role: 'teacher', subjects: [], grades: [], archived: false, createdAt })),
    );

  it('units, with teachers resolved back to the same ids', () => {
    const unitArb = (ids: number[]) =>
      fc
        .record(
          {
            title: nonEmpty,
            subject: text,
            grades,
            start: isoDate,
            end: isoDate,
            teacherIds: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
            keywords: list,
            standards: list,
            description: fc.string({ unit: 'binary', maxLength: 80 }).map((s) => s.replace(/\r/g, '').trim()),
            createdAt: fc.constant(createdAt),
          },
          { requiredKeys: ['title', 'subject', 'grades', 'teacherIds', 'keywords', 'standards', 'description', 'createdAt'] },
        )
        .map((u): Unit => (u.start && u.end && u.end < u.start ? { ...u, start: u.end, end: u.start } : u));
    const world = pool.chain((contacts) =>
      fc.tuple(
        fc.constant(contacts),
        fc.uniqueArray(unitArb(contacts.map((c) => c.id)), {
          maxLength: 6,
          selector: (u) => `${nameKey(u.title)}|${u.start ?? ''}|${u.end ?? ''}`,
        }),
      ),
    );
    fc.assert(
      fc.property(world, ([contacts, units]) => {
        const r = resolveUnitRefs(parseUnitsCsv(unitsToCsv(units, contacts), now), contacts);
        expect(r.errors).toEqual([]);
        expect(r.rows.map((x) => x.record)).toEqual(units);
      }),
      { numRuns: 200 },
    );
  });

  it('resources, with units resolved back to the same ids', () => {
    const unitPool = fc
      .uniqueArray(listItem, { minLength: 1, maxLength: 5, selector: nameKey })
      .map((titles) =>
        titles.map((title, i): Stored<Unit> => ({ id: 10 + i, title, subject: '', grades: [], teacherIds: [], keywords: [], standards: [], description: '', createdAt })),
      );
    const resourceArb = (ids: number[]) =>
      fc.record(
        {
          title: nonEmpty,
          kind: fc.constantFrom(...RESOURCE_KINDS),
          url: fc.webUrl(),
          author: nonEmpty,
          callNumber: nonEmpty,
          subjects: list,
          grades,
          keywords: list,
          description: text,
          unitIds: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
          createdAt: fc.constant(createdAt),
        },
        { requiredKeys: ['title', 'kind', 'subjects', 'grades', 'keywords', 'description', 'unitIds', 'createdAt'] },
      );
    const world = unitPool.chain((units) =>
      fc.tuple(
        fc.constant(units),
        fc.uniqueArray(resourceArb(units.map((u) => u.id)), {
          maxLength: 6,
          selector: (r) => [r.title, r.kind, r.author ?? '', r.callNumber ?? '', r.url ?? ''].map(nameKey).join('|'),
        }),
      ),
    );
    fc.assert(
      fc.property(world, ([units, resources]) => {
        const r = resolveResourceRefs(parseResourcesCsv(resourcesToCsv(resources, units), now), units);
        expect(r.errors).toEqual([]);
        expect(r.rows.map((x) => x.record)).toEqual(resources satisfies Resource[]);
      }),
      { numRuns: 200 },
    );
  });
});
