import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/io/import-file';

const now = new Date('2026-11-23T10:00:00');
const bytes = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

describe('readImportFile: what a chosen file holds', () => {
  it('reads our contacts CSV as contacts, and units and resources CSV by their headers', () => {
    expect(readImportFile('auto', 'staff.csv', bytes('name,role,email\nAnn,teacher,ann@x.org'), now).item.kind).toBe('contacts');
    expect(readImportFile('auto', 'map.csv', bytes('title,subject,grades,start,end,teachers,keywords,standards,description\nA,Science,7,,,,,,'), now).item.kind).toBe('units');
    expect(readImportFile('auto', 'r.csv', bytes('title,kind,url,author,call_number,subjects,grades,keywords,description,units\nA,book,,,,,,,,'), now).item.kind).toBe('resources');
  });

  it('reads a Google Contacts export through a guessed mapping, and says so', () => {
    const r = readImportFile('auto', 'contacts.csv', bytes('First Name,Last Name,E-mail 1 - Value,Organization Name\nMaria,Lopez,maria@x.org,Springfield'), now);
    expect(r.item.kind).toBe('contacts');
    expect(r.mapping?.email).toContain('E-mail 1 - Value');
    expect(r.item.result.rows[0]?.record).toMatchObject({ name: 'Maria Lopez', email: 'maria@x.org' });
  });

  it('reads a UTF-16 vCard by its content, whatever the file is called', () => {
    const r = readImportFile('auto', 'export.txt', utf16le('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Groß\r\nEMAIL:jg@x.de\r\nEND:VCARD\r\n'), now);
    expect(r.source).toBe('vCard');
    expect(r.item.result.rows[0]?.record).toMatchObject({ name: 'Jürgen Groß', email: 'jg@x.de' });
  });

  it('reads BibTeX and MARCXML as resources', () => {
    const bib = readImportFile('auto', 'library.bib', bytes('@book{paulsen1987, title={Hatchet}, author={Paulsen, Gary}, year={1987}}'), now);
    expect(bib.item.kind).toBe('resources');
    expect(bib.item.result.rows[0]?.record).toMatchObject({ title: 'Hatchet', kind: 'book' });
    const xml = readImportFile(
      'auto',
      'catalogue.xml',
      bytes('<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader><datafield tag="245" ind1="1" ind2="0"><subfield code="a">Flatland :</subfield></datafield></record>'),
      now,
    );
    expect(xml.item.kind).toBe('resources');
    expect(xml.item.result.rows[0]?.record).toMatchObject({ title: expect.stringMatching(/^Flatland/) });
  });
});
