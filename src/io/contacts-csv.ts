/**
 * Contacts from the CSV files people already have: Google Contacts (the legacy
 * `Name,Given Name,…,E-mail 1 - Value` export and the current `First Name,…,Labels`
 * one), Outlook (`First Name,Last Name,E-mail Address,Company,Job Title,…`),
 * LinkedIn connections (a `Notes:` preamble before the header), Thunderbird
 * (semicolon-separated), and any other CSV by its header names.
 *
 * All of them go through one guessed column {@link Mapping}, which the UI shows and
 * lets the librarian correct before the import runs: `guessMapping(headers)` →
 * (edit) → `applyMapping(text, mapping, now)`.
 */
import { parseGrades } from '../core/grades';
import type { Contact } from '../core/types';
import { collectContacts, contactFromFacts, type FactsOutcome } from './contact-facts';
import { DELIMITERS, chooseDelimiter, readCsv, splitHeaderLine } from './csv-core';
import { detectCsvKind, parseContactsCsv, type CsvKind } from './csv-formats';
import { splitList } from './fields';
import { normaliseNewlines, stripBom } from './text';
import type { ImportResult } from './types';

/** Which column (by its header text, as written in the file) feeds which contact field. */
export interface Mapping {
  /** The whole name ("Name", "Display Name"). Used when the cell is not empty. */
  name?: string;
  /** Otherwise the name is these cells joined: first, middle, last. */
  nameParts: string[];
  /** Email columns in order of preference; the first valid address wins. */
  email: string[];
  organization?: string;
  /** A job title or position: kept in notes, and used to guess the role. */
  jobTitle?: string;
  /** A column already holding one of our roles. */
  role?: string;
  notes?: string;
  subjects?: string;
  grades?: string;
  /** Labels, groups or categories: kept in notes, and used to guess the role. */
  groups?: string;
}

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s_]+/g, ' ');

/** Header aliases, most specific first. Compared after trimming, lower-casing and collapsing spaces. */
const ALIASES = {
  name: ['name', 'full name', 'display name', 'displayname', 'contact name', 'formatted name'],
  first: ['first name', 'given name', 'firstname', 'first', 'vorname', 'prénom'],
  middle: ['middle name', 'additional name', 'middlename'],
  last: ['last name', 'family name', 'surname', 'lastname', 'last', 'nachname', 'nom'],
  organization: ['company', 'organization', 'organisation', 'organization 1 - name', 'organization name', 'school', 'employer', 'org'],
  jobTitle: ['job title', 'organization 1 - title', 'organization title', 'position', 'occupation', 'jobtitle'],
  role: ['role'],
  notes: ['notes', 'note', 'comments', 'comment'],
  subjects: ['subjects', 'subjects taught'],
  grades: ['grades', 'grade', 'grade level', 'grade levels'],
  groups: ['labels', 'group membership', 'categories', 'groups', 'category'],
} as const;

/** Email columns in the order to try them; others that mention e-mail come after. */
const EMAIL_ORDER = [
  'email',
  'e-mail',
  'email address',
  'e-mail address',
  'primary email',
  'e-mail 1 - value',
  'email work',
  'work email',
  'business email',
  'e-mail 2 address',
  'e-mail 2 - value',
  'email home',
  'home email',
  'secondary email',
  'e-mail 3 address',
  'e-mail 3 - value',
  'email other',
];

function isEmailColumn(h: string): boolean {
  const n = norm(h);
  return /e-?mail/.test(n) && !/type|label|display|sensitivity/.test(n);
}

/** A first guess at the mapping from a header row; unknown headers are left out. */
export function guessMapping(headers: readonly string[]): Mapping {
  const find = (aliases: readonly string[]) => {
    for (const alias of aliases) {
      const hit = headers.find((h) => norm(h) === alias);
      if (hit !== undefined) return hit.trim();
    }
    return undefined;
  };
  const emailColumns = headers.filter(isEmailColumn).map((h) => h.trim());
  const rank = (h: string) => {
    const i = EMAIL_ORDER.indexOf(norm(h));
    return i === -1 ? EMAIL_ORDER.length : i;
  };
  const mapping: Mapping = {
    nameParts: [find(ALIASES.first), find(ALIASES.middle), find(ALIASES.last)].filter((h): h is string => h !== undefined),
    email: emailColumns.map((h, i) => ({ h, i })).sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i).map(({ h }) => h),
  };
  for (const field of ['name', 'organization', 'jobTitle', 'role', 'notes', 'subjects', 'grades', 'groups'] as const) {
    const hit = find(ALIASES[field]);
    if (hit !== undefined) mapping[field] = hit;
  }
  return mapping;
}

/** Every column the mapping reads. */
function mappedColumns(m: Mapping): string[] {
  const single = [m.name, m.organization, m.jobTitle, m.role, m.notes, m.subjects, m.grades, m.groups];
  return [...single.filter((c): c is string => c !== undefined), ...m.nameParts, ...m.email];
}

/** Google writes several values in one cell: `a@x.org ::: b@y.org`. */
function splitMulti(cell: string): string[] {
  return cell.split(':::').map((s) => s.trim());
}

/** Reads a contacts CSV with a mapping (from {@link guessMapping}, possibly edited). */
export function applyMapping(text: string, mapping: Mapping, now: Date): ImportResult<Contact> {
  const columns = mappedColumns(mapping);
  if (mapping.name === undefined && mapping.nameParts.length === 0 && mapping.email.length === 0) {
    return { rows: [], errors: [], fatal: 'Choose at least one column for the name or the email.', total: 0 };
  }
  // The header is the first line naming every mapped column: this skips preambles like LinkedIn's.
  const read = readCsv(text, {
    isHeaderLine: (line) => columns.every((c) => line.includes(c)),
    scoreHeader: (cells) => cells.filter((c) => columns.includes(c.trim())).length * 1000 + cells.length,
  });
  if (!read.ok) {
    const fatal = read.fatal === 'No header line was found in the file.' ? `No header line with the columns ${columns.join(', ')} was found.` : read.fatal;
    return { rows: [], errors: [], fatal, total: 0 };
  }
  const { header, rows, errors: csvErrors } = read.table;
  const index = new Map(header.map((h, i) => [h.trim(), i] as const));
  const missing = columns.filter((c) => !index.has(c));
  if (missing.length > 0) return { rows: [], errors: [], fatal: `The file has no column ${missing.map((c) => `"${c}"`).join(', ')}.`, total: 0 };

  const createdAt = now.toISOString();
  const outcomes = rows.map(({ line, cells }) => {
    const get = (column: string | undefined) => (column === undefined ? '' : (cells[index.get(column)!] ?? '').trim());
    const warnings: string[] = [];
    let grades: number[] = [];
    if (get(mapping.grades) !== '') {
      const parsed = parseGrades(get(mapping.grades));
      if (parsed.ok) grades = parsed.grades;
      else warnings.push(`grades left out: ${parsed.error}`);
    }
    const outcome: FactsOutcome = contactFromFacts(
      {
        name: get(mapping.name),
        nameParts: mapping.nameParts.map(get),
        emails: mapping.email.flatMap((c) => splitMulti(get(c))),
        organization: get(mapping.organization),
        jobTitle: get(mapping.jobTitle),
        roleText: get(mapping.role) || undefined,
        notes: get(mapping.notes),
        groups: splitMulti(get(mapping.groups)).flatMap((g) => g.split(/[;,]/)),
        subjects: splitList(get(mapping.subjects)),
        grades,
      },
      createdAt,
    );
    outcome.warnings.unshift(...warnings);
    return { line, outcome };
  });
  const result = collectContacts(outcomes);
  result.errors.push(...csvErrors);
  result.errors.sort((a, b) => a.line - b.line);
  result.total += csvErrors.length;
  return result;
}

/**
 * The header cells of a CSV (after a LinkedIn-style preamble, with the delimiter
 * guessed), for showing the mapping editor.
 */
export function csvHeaders(text: string): string[] {
  const lines = normaliseNewlines(stripBom(text.slice(0, 64 * 1024))).split('\n');
  const isAlias = (cell: string) => isEmailColumn(cell) || Object.values(ALIASES).some((list) => (list as readonly string[]).includes(norm(cell)));
  const score = (cells: string[]) => cells.filter(isAlias).length * 1000 + cells.length;
  // The header is the first of the first few lines where a known column appears.
  const candidates = lines.slice(0, 20).filter((l) => l.trim() !== '');
  const header = candidates.find((l) => DELIMITERS.some((d) => splitHeaderLine(l, d).filter(isAlias).length >= 2)) ?? candidates[0] ?? '';
  return splitHeaderLine(header, chooseDelimiter(header, score)).map((h) => h.trim());
}

export interface ContactsFileResult {
  kind: CsvKind;
  /** The mapping used, when the file is not in our own contacts format. */
  mapping?: Mapping;
  result: ImportResult<Contact>;
}

/** One call for any contacts CSV: our format as is, anything else through a guessed mapping. */
export function parseAnyContactsCsv(text: string, now: Date): ContactsFileResult {
  const kind = detectCsvKind(text);
  if (kind === 'contacts') return { kind, result: parseContactsCsv(text, now) };
  if (kind === 'units' || kind === 'resources') {
    return { kind, result: { rows: [], errors: [], fatal: `This is a ${kind} file, not a contacts file.`, total: 0 } };
  }
  const mapping = guessMapping(csvHeaders(text));
  return { kind, mapping, result: applyMapping(text, mapping, now) };
}
