import { describe, expect, it } from 'vitest';
import { decodeText, parseVcardBytes, parseVcards } from '../../../src/io/vcard';
import { MAX_IMPORT_BYTES } from '../../../src/io/types';

const now = new Date('2026-09-01T12:00:00.000Z');

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

describe('decodeText', () => {
  const sample = 'BEGIN:VCARD\r\nFN:Jürgen Ødegård 日本\r\nEND:VCARD\r\n';
  it.each([
    ['UTF-16LE with BOM', utf16(sample, 'le', true)],
    ['UTF-16LE without BOM', utf16(sample, 'le', false)],
    ['UTF-16BE with BOM', utf16(sample, 'be', true)],
    ['UTF-16BE without BOM', utf16(sample, 'be', false)],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)])],
    ['UTF-8', new TextEncoder().encode(sample)],
  ])('decodes %s', (_label, bytes) => {
    expect(decodeText(bytes)).toBe(sample);
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    // "Müller – café" as Windows-1252: ü = FC, en dash = 96, é = E9.
    const bytes = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(bytes)).toBe('Müller – café');
  });
});

describe('parseVcards', () => {
  it('reads vCard 2.1 quoted-printable values with soft line breaks and charsets', () => {
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen',
      'TITLE;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:Librarian =96 =93Media=94',
      'ORG;CHARSET=UTF-8;QUOTED-PRINTABLE:Gr=C3=BCnwald=20Elementary=',
      ' School;Library',
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Line one=0D=0A=',
      'Line two =E2=80=93 dash',
      'EMAIL;INTERNET:jm@gruenwald.edu',
      'X-NOTE;ENCODING=QUOTED-PRINTABLE:ends in a soft break=',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEAYABgAAD',
      ' 2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQY',
      '',
      'LABEL;ENCODING=QUOTED-PRINTABLE:cut before the end=',
      'END:VCARD',
    ].join('\r\n');
    const r = parseVcards(vcf, now);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.record).toEqual({
      name: 'Jürgen Müller',
      role: 'specialist',
      email: 'jm@gruenwald.edu',
      organization: 'Grünwald Elementary School, Library',
      notes: 'Job title: Librarian – “Media”\nLine one\r\nLine two – dash',
      subjects: [],
      grades: [],
      archived: false,
      createdAt: now.toISOString(),
    });
    expect(r.rows[0]?.warnings).toBeUndefined();
  });

  it('reads vCard 3.0 folded lines, item groups and escapes', () => {
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ann Lee\\, PhD',
      'N:Lee;Ann;;;',
      'item1.EMAIL;type=INTERNET;type=pref:ann.lee@',
      ' school.org',
      'item1.X-ABLabel:Work',
      'TITLE:Grade 4 Teacher',
      'NOTE:Likes graphic novels\\nRuns the chess club\\; Tuesdays',
      'CATEGORIES:Staff,Book Club',
      'END:VCARD',
    ].join('\n');
    const r = parseVcards(vcf, now);
    expect(r.rows[0]?.record).toMatchObject({
      name: 'Ann Lee, PhD',
      role: 'teacher',
      email: 'ann.lee@school.org',
      notes: 'Job title: Grade 4 Teacher\nGroups: Staff, Book Club\nLikes graphic novels\nRuns the chess club; Tuesdays',
    });
    expect(r.rows[0]?.warnings).toBeUndefined();
  });

  it('prefers the PREF email (4.0 PREF=1), then INTERNET, and keeps the others in notes', () => {
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Sam Park',
      'EMAIL;TYPE=home:sam@home.net',
      'EMAIL;PREF=2:second@school.org',
      'EMAIL;PREF=1;TYPE=work:sam.park@school.org',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Kim Doe',
      'EMAIL;HOME:kim@home.net',
      'EMAIL;INTERNET:kim@school.org',
      'EMAIL:not an email',
      'END:VCARD',
    ].join('\r\n');
    const r = parseVcards(vcf, now);
    expect(r.rows.map((x) => x.record.email)).toEqual(['sam.park@school.org', 'kim@school.org']);
    expect(r.rows[0]?.record.notes).toBe('Other email: second@school.org, sam@home.net');
    expect(r.rows[1]?.warnings).toContain('"not an email" is not an email address and was left out');
  });

  it('builds the name from N when FN is missing, and from the email when both are', () => {
    const vcf = 'BEGIN:VCARD\nVERSION:3.0\nN:Ortiz;Dan;M.;Mr.;\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nEMAIL:x@y.org\nEND:VCARD\n';
    const r = parseVcards(vcf, now);
    expect(r.rows.map((x) => x.record.name)).toEqual(['Dan M. Ortiz', 'x@y.org']);
    expect(r.rows[1]?.warnings).toContain('no name given: the email address is used as the name');
  });

  it('guesses the role from title, organisation and groups', () => {
    const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\n');
    const vcf = [
      card(['FN:A', 'TITLE:Assistant Principal']),
      card(['FN:B', 'TITLE:Youth Services Librarian', 'ORG:Springfield Public Library']),
      card(['FN:C', 'TITLE:Teacher Librarian', 'ORG:Lincoln Middle School']),
      card(['FN:D', 'CATEGORIES:Parents,PTA']),
      card(['FN:E', 'ORG:Springfield Science Museum']),
      card(['FN:F']),
    ].join('\n');
    const r = parseVcards(vcf, now);
    expect(r.rows.map((x) => x.record.role)).toEqual(['administrator', 'public-librarian', 'specialist', 'parent', 'community-partner', 'teacher']);
    expect(r.rows[5]?.warnings).toEqual(['role not known: set to teacher']);
  });

  it('reads a card cut off before END:VCARD, with a warning, and reports empty cards by line', () => {
    const vcf = [
      'BEGIN:VCARD', // 1
      'VERSION:3.0',
      'TEL:555-1234',
      'END:VCARD',
      'BEGIN:VCARD', // 5
      'VERSION:3.0',
      'FN:First Card',
      'BEGIN:VCARD', // 8: the previous card never ended
      'FN:Last Card',
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 =C3=',
    ].join('\n');
    const r = parseVcards(vcf, now);
    expect(r.errors).toEqual([{ line: 1, message: 'this contact has neither a name nor an email address' }]);
    expect(r.rows.map((x) => [x.line, x.record.name])).toEqual([
      [5, 'First Card'],
      [8, 'Last Card'],
    ]);
    expect(r.rows[0]?.warnings?.[0]).toMatch(/no END:VCARD/);
    expect(r.rows[1]?.record.notes).toBe('Café');
    expect(r.rows[1]?.warnings).toContain('NOTE on line 10 ends in the middle of a character; the last letter was dropped');
    expect(r.total).toBe(3);
  });

  it('refuses a repeated card (same email) with the line of the first', () => {
    const vcf = 'BEGIN:VCARD\nFN:Ann\nEMAIL:ann@x.org\nEND:VCARD\nBEGIN:VCARD\nFN:Ann Lee\nEMAIL:ANN@x.org\nEND:VCARD\n';
    const r = parseVcards(vcf, now);
    expect(r.rows).toHaveLength(1);
    expect(r.errors).toEqual([{ line: 5, message: 'Duplicate of the contact at line 1 (same email).' }]);
  });

  it('keeps HTML as text and never reads PHOTO or unknown properties', () => {
    const vcf = 'BEGIN:VCARD\nFN:<img src=x onerror=alert(1)>\nX-CUSTOM:secret\nPHOTO;VALUE=uri:https://example.org/p.jpg\nEND:VCARD\n';
    const r = parseVcards(vcf, now);
    expect(r.rows[0]?.record.name).toBe('<img src=x onerror=alert(1)>');
    expect(JSON.stringify(r.rows[0]?.record)).not.toMatch(/secret|p\.jpg/);
  });

  it('is fatal for a file without cards or over the size limit', () => {
    expect(parseVcards('name,email\nAnn,a@b.org\n', now).fatal).toMatch(/not a vCard file/);
    expect(parseVcardBytes(new Uint8Array(MAX_IMPORT_BYTES + 1), now).fatal).toMatch(/not imported/);
  });

  it('reads UTF-16 bytes through parseVcardBytes', () => {
    const r = parseVcardBytes(utf16('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ærø\r\nEND:VCARD\r\n', 'be', false), now);
    expect(r.rows[0]?.record.name).toBe('Zoë Ærø');
  });
});
