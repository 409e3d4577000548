/**
 * Fuzzing the CSV importers (our three formats and anyone's contacts export):
 * random text, and valid exports damaged the way real files are. Nothing may
 * throw; every record that comes out must be one the database can hold.
 */
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
import { applyMapping, csvHeaders, guessMapping, parseAnyContactsCsv } from '../../../src/io/contacts-csv';
import { nameKey } from '../../../src/io/fields';
import { readImportFile, type Importable } from '../../../src/io/import-file';
import {
  CREATED_AT,
  ENCODINGS,
  NOW,
  RUNS,
  anyBytes,
  anyText,
  applyAll,
  encode,
  expectValidContact,
  expectValidResourceDraft,
  expectValidUnitDraft,
  expectWellFormedResult,
  mutations,
} from './support';

/** Cell text: any Unicode (no lone surrogates, which no encoding can carry), trimmed, no CR. */
const text = fc.string({ unit: 'grapheme', maxLength: 24 }).map((s) => s.replace(/\r/g, '').trim());
const nonEmpty = text.filter((s) => s !== '');
const listItem = nonEmpty.map((s) => s.replace(/;/g, ',')).filter((s) => s.trim() === s && s !== '');
const list = fc.array(listItem, { maxLength: 3 });
const grades = fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 5 }).map((g) => [...g].sort((a, b) => a - b));
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
    createdAt: fc.constant(CREATED_AT),
  },
  { requiredKeys: ['name', 'role', 'subjects', 'grades', 'archived', 'createdAt'] },
);
const contactsArb = fc.uniqueArray(contactArb, {
  maxLength: 6,
  comparator: (a, b) =>
    (nameKey(a.name) === nameKey(b.name) && a.role === b.role) || (a.email !== undefined && b.email !== undefined && a.email.toLowerCase() === b.email.toLowerCase()),
});

const stored = <T extends object>(items: T[], base = 1): (T & { id: number })[] => items.map((x, i) => ({ ...x, id: base + i }));

const unitsArb = fc.array(
  fc
    .record({ title: nonEmpty, subject: text, grades, start: isoDate, end: isoDate, keywords: list, standards: list, description: text })
    .map(({ start, end, ...u }): Unit => ({ ...u, start: start <= end ? start : end, end: start <= end ? end : start, teacherIds: [], createdAt: CREATED_AT })),
  { maxLength: 5 },
);

const resourcesArb = fc.array(
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
      unitIds: fc.constant([] as number[]),
      createdAt: fc.constant(CREATED_AT),
    },
    { requiredKeys: ['title', 'kind', 'subjects', 'grades', 'keywords', 'description', 'unitIds', 'createdAt'] },
  ),
  { maxLength: 5 },
);

/** A valid file of one of our formats, as our exporter writes it. */
const validCsv = fc.oneof(
  contactsArb.map((cs) => contactsToCsv(cs)),
  unitsArb.map((us) => unitsToCsv(us, [])),
  resourcesArb.map((rs) => resourcesToCsv(rs, [])),
  // Someone else's export: Google (legacy) and Outlook headers with our contacts in them.
  contactsArb.map((cs) =>
    ['Name,Given Name,Family Name,E-mail 1 - Value,Organization 1 - Name,Group Membership', ...cs.map((c) => `"${c.name.replace(/"/g, '""')}",,,${c.email ?? ''},"${(c.organization ?? '').replace(/"/g, '""')}",* myContacts ::: Teachers`)].join('\r\n'),
  ),
  contactsArb.map((cs) => ['First Name,Last Name,E-mail Address,Company,Job Title', ...cs.map((c) => `"${c.name.replace(/"/g, '""')}",,${c.email ?? ''},,Teacher`)].join('\n')),
);

function expectImportable(item: Importable): void {
  if (item.kind === 'contacts') expectWellFormedResult(item.result, expectValidContact);
  else if (item.kind === 'units') expectWellFormedResult(item.result, expectValidUnitDraft);
  else expectWellFormedResult(item.result, expectValidResourceDraft);
}

/** Every parser of this module on one text: none throws, all results are well-formed. */
function parseEveryWay(input: string): void {
  expectWellFormedResult(parseContactsCsv(input, NOW), expectValidContact);
  expectWellFormedResult(parseUnitsCsv(input, NOW), expectValidUnitDraft);
  expectWellFormedResult(parseResourcesCsv(input, NOW), expectValidResourceDraft);
  expectWellFormedResult(parseAnyContactsCsv(input, NOW).result, expectValidContact);
  expect(typeof detectCsvKind(input)).toBe('string');
  const headers = csvHeaders(input);
  const mapping = guessMapping(headers);
  expectWellFormedResult(applyMapping(input, mapping, NOW), expectValidContact);
}

describe('CSV importers on any text', () => {
  it('never throw and return only well-formed records', () => {
    fc.assert(fc.property(anyText, parseEveryWay), { numRuns: RUNS.normal });
  });
});

describe('CSV importers on damaged valid files', () => {
  it('truncation, inserted quotes and separators, NUL, BOM, CR/CRLF, huge fields: never throw, records stay valid', () => {
    fc.assert(fc.property(validCsv, mutations, (csv, ms) => parseEveryWay(applyAll(csv, ms))), { numRuns: RUNS.quick });
  });

  it('resolving references of damaged units and resources against stored records never throws', () => {
    const teachers: Stored<Contact>[] = stored([
      { name: 'Maria Lopez', role: 'teacher', email: 'maria@school.org', subjects: [], grades: [], archived: false, createdAt: CREATED_AT },
      { name: 'maria lopez', role: 'parent', subjects: [], grades: [], archived: false, createdAt: CREATED_AT },
    ]);
    const units: Stored<Unit>[] = stored([{ title: 'Ecosystems', subject: '', grades: [], teacherIds: [], keywords: [], standards: [], description: '', createdAt: CREATED_AT }]);
    const refs = fc.array(fc.constantFrom('Maria Lopez', 'maria@school.org', 'MARIA@SCHOOL.ORG', 'Ecosystems', 'nobody', ' ', '"'), { maxLength: 3 }).map((r) => r.join(';'));
    fc.assert(
      fc.property(refs, mutations, (ref, ms) => {
        const unitCsv = applyAll(`title,teachers\nA unit,"${ref}"\n`, ms);
        const u = resolveUnitRefs(parseUnitsCsv(unitCsv, NOW), teachers);
        expectWellFormedResult(u, (x) => expect(x.teacherIds.every((id) => id === 1 || id === 2)).toBe(true));
        const resCsv = applyAll(`title,kind,units\nA book,book,"${ref}"\n`, ms);
        const r = resolveResourceRefs(parseResourcesCsv(resCsv, NOW), units);
        expectWellFormedResult(r, (x) => expect(x.unitIds.every((id) => id === 1)).toBe(true));
      }),
      { numRuns: RUNS.quick },
    );
  });
});

describe('readImportFile on any bytes', () => {
  const names = fc.constantFrom('data.csv', 'staff.CSV', 'cards.vcf', 'book.bib', 'catalog.mrc', 'catalog.xml', 'noext', 'a.txt', '.vcard');
  const kinds = fc.constantFrom('auto' as const, 'contacts' as const, 'units' as const, 'resources' as const);

  it('never throws, whatever the name, kind or bytes', () => {
    fc.assert(
      fc.property(kinds, names, anyBytes, (kind, name, bytes) => expectImportable(readImportFile(kind, name, bytes, NOW).item)),
      { numRuns: RUNS.normal },
    );
  });

  it('a damaged export in any encoding (UTF-8 with or without BOM, UTF-16 LE/BE, Latin-1) never throws', () => {
    fc.assert(
      fc.property(kinds, validCsv, mutations, fc.constantFrom(...ENCODINGS), (kind, csv, ms, enc) => {
        expectImportable(readImportFile(kind, 'file.csv', encode(applyAll(csv, ms), enc), NOW).item);
      }),
      { numRuns: RUNS.quick },
    );
  });
});

describe('round trips through an encoding', () => {
  const unicode = ['utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'utf16le', 'utf16be'] as const;
  const lineEnds = fc.constantFrom('crlf' as const, 'lf' as const, 'cr' as const);
  /** The exporter writes CRLF; a spreadsheet saving it again may write LF or CR. Quoted cells keep their own line breaks. */
  const reLine = (csv: string, style: 'crlf' | 'lf' | 'cr') => (style === 'crlf' ? csv : csv.replace(/\r\n/g, style === 'lf' ? '\n' : '\r'));

  it('contacts: export, encode, read back gives the same contacts', () => {
    fc.assert(
      fc.property(contactsArb, fc.constantFrom(...unicode), lineEnds, (contacts, enc, style) => {
        // Cells with line breaks change with the line ends (CR → LF), so they are kept out of this property.
        fc.pre(style === 'crlf' || contacts.every((c) => !/[\n\r]/.test(c.notes ?? '')));
        const { item } = readImportFile('auto', 'contacts.csv', encode(reLine(contactsToCsv(contacts), style), enc), NOW);
        expect(item.kind).toBe('contacts');
        expect(item.result.errors).toEqual([]);
        expect(item.result.rows.map((r) => r.record)).toEqual(contacts);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('units and resources: export, encode, read back gives the same records', () => {
    const world = unitsArb.chain((us) => {
      const units = stored(us).filter((u, i, all) => all.findIndex((x) => nameKey(x.title) === nameKey(u.title)) === i);
      const linked = resourcesArb.map((rs) =>
        rs.map((r, i) => ({ ...r, unitIds: units.length > 0 ? [units[i % units.length]!.id] : [] })),
      );
      return fc.tuple(fc.constant(units), linked);
    });
    fc.assert(
      fc.property(world, fc.constantFrom(...unicode), ([units, resources], enc) => {
        const seen = new Set<string>();
        // Repeats within one file are refused by design; keep one of each.
        const uniqueUnits = units.filter((u) => !seen.has(`${nameKey(u.title)}|${u.start}|${u.end}`) && !!seen.add(`${nameKey(u.title)}|${u.start}|${u.end}`));
        const u = readImportFile('units', 'units.csv', encode(unitsToCsv(uniqueUnits, []), enc), NOW).item;
        expect(u.kind).toBe('units');
        if (u.kind !== 'units') return;
        expect(u.result.errors).toEqual([]);
        expect(resolveUnitRefs(u.result, []).rows.map((r) => r.record)).toEqual(uniqueUnits.map(({ id: _id, ...rest }) => rest));

        const keys = new Set<string>();
        const uniqueRes = resources.filter((r) => {
          const k = [r.title, r.kind, r.author ?? '', r.callNumber ?? '', r.url ?? ''].map(nameKey).join('|');
          return !keys.has(k) && !!keys.add(k);
        });
        const r = readImportFile('resources', 'resources.csv', encode(resourcesToCsv(uniqueRes, units), enc), NOW).item;
        expect(r.kind).toBe('resources');
        if (r.kind !== 'resources') return;
        expect(r.result.errors).toEqual([]);
        expect(resolveResourceRefs(r.result, units).rows.map((x) => x.record)).toEqual(uniqueRes satisfies Resource[]);
      }),
      { numRuns: RUNS.quick },
    );
  });
});

describe('line numbers', () => {
  /** Notes with line breaks inside quoted cells move every later row down by as many lines. */
  const noteArb = fc.array(fc.constantFrom('plain', 'two\nlines', 'three\n\nlines', 'quote "x"\r\nand CRLF', ''), { minLength: 1, maxLength: 8 });

  it('a bad row is reported at the line where it starts in the file, after quoted line breaks, blank lines and any line ends', () => {
    fc.assert(
      fc.property(noteArb, fc.nat(), fc.constantFrom('\n', '\r\n', '\r'), fc.nat(3), (notes, at, eol, blanks) => {
        const bad = at % (notes.length + 1);
        const rows = notes.map((n, i) => `Person ${i},teacher,p${i}@school.org,,,,,"${n.replace(/"/g, '""')}"`);
        rows.splice(bad, 0, 'Bad Role,principle,bad@school.org,,,,,');
        const text = `${eol.repeat(blanks)}name,role,email,subjects,grades,organization,check_in_days,notes${eol}${rows.join(eol)}${eol}`;
        // Physical lines before the bad row: the blank lines, the header, and every line of the rows above it.
        const linesOf = (row: string) => row.split(/\r\n|\r|\n/).length;
        const expected = blanks + 2 + rows.slice(0, bad).reduce((n, r) => n + linesOf(r), 0);
        const r = parseContactsCsv(text, NOW);
        expect(r.errors.map((e) => e.line)).toEqual([expected]);
        expect(r.rows).toHaveLength(notes.length);
      }),
      { numRuns: RUNS.normal },
    );
  });
});
