/**
 * Every real contacts file in /work/shared/external/contacts (see its MANIFEST.md) must
 * import with sensible names and emails, or be refused with a clear reason. Files
 * without an entry below still get the general checks, so a new file is never ignored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/core/types';
import { parseAnyContactsCsv } from '../../../src/io/contacts-csv';
import { decodeText } from '../../../src/io/text';
import type { ImportResult } from '../../../src/io/types';
import { parseVcardBytes } from '../../../src/io/vcard';

const dir = fileURLToPath(new URL('../../../../shared/external/contacts/', import.meta.url));
const present = existsSync(dir);
const files = present ? readdirSync(dir).filter((f) => /\.(vcf|csv)$/i.test(f)).sort() : [];
const now = new Date('2026-09-01T12:00:00.000Z');

function importFile(file: string): ImportResult<Contact> {
  const bytes = new Uint8Array(readFileSync(dir + file));
  return file.toLowerCase().endsWith('.vcf') ? parseVcardBytes(bytes, now) : parseAnyContactsCsv(decodeText(bytes), now).result;
}

type Check = (r: ImportResult<Contact>) => void;
const names = (r: ImportResult<Contact>) => r.rows.map((x) => x.record.name);
const emails = (r: ImportResult<Contact>) => r.rows.map((x) => x.record.email);

const expected: Record<string, Check> = {
  'android-vcard21-multi-qp-utf8.vcf': (r) => {
    expect(names(r)).toEqual(['john.doe@company.com', 'jane.doe@company.com', 'Ñ Ñ Ñ Ñ Ñ', 'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ', 'Ñ Ñ Ñ Ñ', 'ÑÑÑÑ']);
    expect(emails(r)).toEqual(['john.doe@company.com', 'jane.doe@company.com', undefined, undefined, 'bob@company.com', 'henry@company.com']);
    // The ORG after a soft break followed by a blank line is its own property, not part of the previous one.
    expect(r.rows[5]?.record.organization).toBe('Ñ'.repeat(44));
  },
  'cropped-vcard21-qp-broken-softbreaks.vcf': (r) => {
    expect(names(r)).toEqual(['Maxl']);
    expect(r.rows[0]?.record.organization).toBe('Firma, Führungsetage');
    expect(r.rows[0]?.record.notes).toBe('Job title: Position\nKommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüü');
    expect(r.rows[0]?.warnings?.[0]).toMatch(/no END:VCARD/);
  },
  'gmail-vcard30-itemgroups.vcf': (r) => {
    expect(names(r)).toEqual(['VCard Test']);
    expect(emails(r)).toEqual(['email@example.com']);
    expect(r.rows[0]?.record.notes).toContain('note line 1\nnote line 2\nCustomField: field value');
  },
  'outlook-vcard21-qp-photo.vcf': (r) => {
    expect(names(r)).toEqual(['Mr. John Richter James Doe Sr.']);
    expect(emails(r)).toEqual(['john.doe@ibm.cm']);
    expect(r.rows[0]?.record.organization).toBe('IBM, Accounting');
    expect(r.rows[0]?.record.notes).not.toMatch(/\/9j\/|X-MS|Cresent/);
  },
  'thunderbird-cardbook-vcard40-umlauts-invalid-bday.vcf': (r) => {
    expect(names(r)).toEqual(['Möhrke Gerda', 'Dr. Max Horst Mustermann jr. Maxl SED']);
    expect(names(r)[0]).toBe('Möhrke Gerda'.normalize('NFC'));
    expect(r.rows[0]?.record.organization).toBe('KiTa Öhrdingen');
    expect(emails(r)).toEqual(['info@kinderland-blubblub.de', 'privat@freenet.de']);
    expect(JSON.stringify(r.rows)).not.toContain('19723101');
  },
  'vcard30-utf16be-nobom.vcf': (r) => {
    expect(names(r)).toEqual(['Ǽgean ĽdaMonté']);
  },
  'vcard30-utf16le-bom-multi.vcf': (r) => {
    expect(names(r)).toEqual(['Folker Kinzel', 'KMS Außenstelle']);
    expect(emails(r)).toEqual(['email1@wumms.de', 'blablö@blub.com']);
  },
  'google-contacts-legacy-export.csv': (r) => {
    expect(names(r)).toEqual(['Prefix Firstname Middle Lastname Suffix']);
    expect(emails(r)).toEqual(['home@aaa.pl']);
    expect(r.rows[0]?.record.organization).toBe('company');
    expect(r.rows[0]?.record.notes).toContain('note"note');
  },
  'outlook-style-export-bom.csv': (r) => {
    expect(names(r)).toEqual(['Display Name']);
    expect(emails(r)).toEqual(['work@example.com']);
  },
  'thunderbird-semicolon-delimited.csv': (r) => {
    expect(names(r)).toEqual(['John Doe', 'Jane Doe']);
    expect(emails(r)).toEqual(['john@doe.invalid', 'jane@doe.invalid']);
  },
};

const table: Record<string, string | number>[] = [];

describe.skipIf(!present)('real contacts files (skipped when /work/shared/external/contacts is absent)', () => {
  it('the folder holds contact files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(file, () => {
      const r = importFile(file);
      table.push({
        file,
        contacts: r.rows.length,
        errors: r.errors.length,
        first: r.fatal ?? `${r.rows[0]?.record.name ?? ''} <${r.rows[0]?.record.email ?? ''}>`,
      });
      if (r.fatal) {
        expect(r.fatal.length).toBeGreaterThan(20);
        return;
      }
      expect(r.rows.length).toBeGreaterThan(0);
      for (const { record } of r.rows) {
        expect(record.name.trim()).not.toBe('');
        expect(record.name).not.toMatch(/=[0-9A-F]{2}|\uFFFD|\u0000|BEGIN:|;;/);
        expect(record.name).toBe(record.name.normalize('NFC'));
      }
      expected[file]?.(r);
    });
  }

  afterAll(() => {
    if (table.length > 0) console.table(table);
  });
});
