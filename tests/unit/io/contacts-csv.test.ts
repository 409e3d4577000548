import { describe, expect, it } from 'vitest';
import { applyMapping, csvHeaders, guessMapping, parseAnyContactsCsv } from '../../../src/io/contacts-csv';

const now = new Date('2026-09-01T12:00:00.000Z');

/** The current Google Contacts export header (2023 on). */
const GOOGLE_CURRENT =
  'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value';
/** Desktop Outlook's export header (abridged to the columns around the ones read). */
const OUTLOOK =
  'Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Categories,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,Notes';

describe('guessMapping', () => {
  it('maps the current Google Contacts header', () => {
    expect(guessMapping(GOOGLE_CURRENT.split(','))).toEqual({
      nameParts: ['First Name', 'Middle Name', 'Last Name'],
      email: ['E-mail 1 - Value', 'E-mail 2 - Value'],
      organization: 'Organization Name',
      jobTitle: 'Organization Title',
      notes: 'Notes',
      groups: 'Labels',
    });
  });

  it('maps the Outlook header, leaving out e-mail type and display-name columns', () => {
    expect(guessMapping(OUTLOOK.split(','))).toEqual({
      nameParts: ['First Name', 'Middle Name', 'Last Name'],
      email: ['E-mail Address', 'E-mail 2 Address'],
      organization: 'Company',
      jobTitle: 'Job Title',
      notes: 'Notes',
      groups: 'Categories',
    });
  });

  it('maps an arbitrary sheet by its header names', () => {
    expect(guessMapping([' Full Name ', 'School', 'Work Email', 'Personal email', 'Grade Level', 'Role'])).toEqual({
      name: 'Full Name',
      nameParts: [],
      email: ['Work Email', 'Personal email'],
      organization: 'School',
      grades: 'Grade Level',
      role: 'Role',
    });
  });
});

describe('applyMapping', () => {
  it('reads a current-format Google export: labels, multi-value cells, job title', () => {
    const row =
      'Maria,,Lopez,,,,,,,,Lincoln MS,Science Teacher,,,"Met at PD day",,* myContacts ::: Teachers,* Work,mlopez@lincoln.k12.us ::: maria@old.org,Home,maria@home.net,Mobile,555';
    const r = applyMapping(`${GOOGLE_CURRENT}\n${row}\n`, guessMapping(GOOGLE_CURRENT.split(',')), now);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toEqual({
      line: 2,
      record: {
        name: 'Maria Lopez',
        role: 'teacher',
        email: 'mlopez@lincoln.k12.us',
        organization: 'Lincoln MS',
        notes: 'Job title: Science Teacher\nGroups: Teachers\nOther email: maria@old.org, maria@home.net\nMet at PD day',
        subjects: [],
        grades: [],
        archived: false,
        createdAt: now.toISOString(),
      },
    });
  });

  it('uses an edited mapping (another email column first, a role column)', () => {
    const csv = 'Name,Home,Work,Kind\nAnn Lee,ann@home.net,ann@school.org,parent\nBob Ray,,bob@school.org,principal\n';
    const mapping = { ...guessMapping(['Name', 'Home', 'Work', 'Kind']), email: ['Work', 'Home'], role: 'Kind' };
    const r = applyMapping(csv, mapping, now);
    expect(r.rows.map((x) => [x.record.name, x.record.email, x.record.role])).toEqual([
      ['Ann Lee', 'ann@school.org', 'parent'],
      ['Bob Ray', 'bob@school.org', 'teacher'],
    ]);
    expect(r.rows[1]?.warnings).toEqual(['role "principal" is not known: set to teacher']);
  });

  it('is fatal when a mapped column is not in the file, or nothing names the person', () => {
    expect(applyMapping('Name,Email\nA,a@b.org\n', { nameParts: [], email: ['E-mail'] }, now).fatal).toMatch(/E-mail/);
    expect(applyMapping('Name,Email\nA,a@b.org\n', { nameParts: [], email: [] }, now).fatal).toMatch(/Choose at least one column/);
  });

  it('reports rows with neither name nor email, duplicates, and bad grades', () => {
    const csv = 'Name,Email,Grades\nAnn,ann@x.org,3-5\n,,\n ,  ,4\nAnn B,ANN@x.org,\nCy,,14\n';
    const r = applyMapping(csv, guessMapping(['Name', 'Email', 'Grades']), now);
    expect(r.rows.map((x) => [x.line, x.record.grades])).toEqual([
      [2, [3, 4, 5]],
      [6, []],
    ]);
    expect(r.rows[1]?.warnings).toContain('grades left out: "14" is not a grade (use K or 1 to 12)');
    expect(r.errors).toEqual([
      { line: 4, message: 'this contact has neither a name nor an email address' },
      { line: 5, message: 'Duplicate of the contact at line 2 (same email).' },
    ]);
  });
});

describe('parseAnyContactsCsv', () => {
  it('reads a LinkedIn export after its Notes preamble, with real line numbers', () => {
    const csv = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Ann,Lee,https://www.linkedin.com/in/annlee,,Springfield Public Library,Youth Services Librarian,12 Mar 2024',
      'Bob,Ray,https://www.linkedin.com/in/bobray,bob@ray.org,Lincoln Middle School,Principal,01 Jan 2023',
    ].join('\r\n');
    expect(csvHeaders(csv)).toEqual(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']);
    const { kind, result } = parseAnyContactsCsv(csv, now);
    expect(kind).toBe('linkedin-contacts');
    expect(result.rows.map((x) => [x.line, x.record.name, x.record.role, x.record.email])).toEqual([
      [5, 'Ann Lee', 'public-librarian', undefined],
      [6, 'Bob Ray', 'administrator', 'bob@ray.org'],
    ]);
  });

  it('reads a semicolon-separated Thunderbird export', () => {
    const { result } = parseAnyContactsCsv('Display Name;First Name;Last Name;Primary Email\r\nJohn Doe;John;Doe;john@doe.invalid\r\n', now);
    expect(result.rows[0]?.record).toMatchObject({ name: 'John Doe', email: 'john@doe.invalid' });
  });

  it('reads our own format directly and refuses units or resources files', () => {
    const own = parseAnyContactsCsv('name,role,email\nAnn,parent,a@b.org\n', now);
    expect(own.kind).toBe('contacts');
    expect(own.mapping).toBeUndefined();
    expect(own.result.rows[0]?.record.role).toBe('parent');
    expect(parseAnyContactsCsv('title,kind\nHatchet,book\n', now).result.fatal).toBe('This is a resources file, not a contacts file.');
  });
});
