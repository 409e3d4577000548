/**
 * The three documented CSV formats (contacts, units, resources): reading, checking
 * every row, and resolving the names that link them.
 *
 * Rules (documented in the README):
 * - Headers are matched case-insensitively, trimmed, with spaces or hyphens read as `_`
 *   (`Check-in days` = `check_in_days`); columns may come in any order; unknown columns
 *   are ignored with a warning; a missing required column is fatal.
 * - Files separated by `;` or tabs (Excel in many European locales writes `;`) are
 *   read as such: the delimiter is the one that makes the header line match the format
 *   best, and a warning says so. Lists inside such files must be quoted, as Excel does.
 * - List fields are separated by `;`. Grades are `K`, `1`..`12` or ranges (`3-5`).
 *   Dates are real `YYYY-MM-DD` dates. Every cell is trimmed.
 * - Cell text is kept as text: formulas are never evaluated and HTML is never
 *   interpreted. A leading `'` added by our exporter before `= + - @` is removed.
 * - Line numbers are the file's real lines (header = 1), even after quoted line breaks.
 */
import { parseGrades } from '../core/grades';
import type { Contact, Resource, Stored, Unit } from '../core/types';
import { chooseDelimiter, delimiterName, readCsv, splitHeaderLine, unprotectCell } from './csv-core';
import { isEmail, nameKey, parseIsoDate, parseKind, parseRole, parseWebUrl, splitList } from './fields';
import { normaliseNewlines, stripBom } from './text';
import type { ImportResult, ParsedRow, RowError } from './types';

/** A unit as read from CSV: teachers are still names or emails, resolved by {@link resolveUnitRefs}. */
export type UnitDraft = Omit<Unit, 'teacherIds'> & { teacherRefs: string[] };
/** A resource as read from CSV: units are still titles, resolved by {@link resolveResourceRefs}. */
export type ResourceDraft = Omit<Resource, 'unitIds'> & { unitRefs: string[] };

/** An import result plus remarks about the file as a whole (ignored columns, delimiter). */
export type CsvImportResult<T> = ImportResult<T> & { warnings: string[] };

export const CONTACT_COLUMNS = ['name', 'role', 'email', 'subjects', 'grades', 'organization', 'check_in_days', 'notes'] as const;
export const UNIT_COLUMNS = ['title', 'subject', 'grades', 'start', 'end', 'teachers', 'keywords', 'standards', 'description'] as const;
export const RESOURCE_COLUMNS = [
  'title',
  'kind',
  'url',
  'author',
  'call_number',
  'subjects',
  'grades',
  'keywords',
  'description',
  'units',
] as const;

type Get<C extends string> = (column: C) => string;

interface RowOutcome<T> {
  record?: T;
  errors: { field?: string; message: string }[];
  warnings: string[];
}

/** What differs between the three formats. */
interface FormatSpec<C extends string, T> {
  label: 'contacts' | 'units' | 'resources';
  columns: readonly C[];
  required: readonly C[];
  build(get: Get<C>, createdAt: string): RowOutcome<T>;
  /** Keys under which two rows count as the same record, with a phrase for the message. */
  identity(record: T): { key: string; why: string }[];
}

/** `Check-in Days ` → `check_in_days`. */
export function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** Collects field errors for one row. */
function fieldErrors() {
  const errors: { field?: string; message: string }[] = [];
  return {
    errors,
    add: (field: string, message: string) => errors.push({ field, message }),
  };
}

function readGrades(get: Get<'grades'>, add: (f: string, m: string) => void): number[] {
  const parsed = parseGrades(get('grades'));
  if (parsed.ok) return parsed.grades;
  add('grades', `grades: ${parsed.error}`);
  return [];
}

const contactSpec: FormatSpec<(typeof CONTACT_COLUMNS)[number], Contact> = {
  label: 'contacts',
  columns: CONTACT_COLUMNS,
  required: ['name', 'role'],
  build(get, createdAt) {
    const { errors, add } = fieldErrors();
    const name = get('name');
    if (name === '') add('name', 'name is empty');
    const role = parseRole(get('role'));
    if (!role.ok) add('role', role.error);
    const email = get('email');
    if (email !== '' && !isEmail(email)) add('email', `email "${email}" is not an email address`);
    const grades = readGrades(get, add);
    const daysText = get('check_in_days');
    let checkInDays: number | undefined;
    if (daysText !== '') {
      if (/^\d{1,4}$/.test(daysText)) checkInDays = Number(daysText);
      else add('check_in_days', `check_in_days "${daysText}" is not a whole number of days (0 = never remind)`);
    }
    if (errors.length > 0 || !role.ok) return { errors, warnings: [] };
    const record: Contact = {
      name,
      role: role.value,
      subjects: splitList(get('subjects')),
      grades,
      archived: false,
      createdAt,
    };
    if (email !== '') record.email = email;
    const organization = optional(get('organization'));
    if (organization !== undefined) record.organization = organization;
    if (checkInDays !== undefined) record.checkInDays = checkInDays;
    const notes = optional(get('notes'));
    if (notes !== undefined) record.notes = notes;
    return { record, errors, warnings: [] };
  },
  identity(c) {
    const keys = [{ key: `name:${nameKey(c.name)}|${c.role}`, why: 'same name and role' }];
    if (c.email) keys.unshift({ key: `email:${c.email.toLowerCase()}`, why: 'same email' });
    return keys;
  },
};

const unitSpec: FormatSpec<(typeof UNIT_COLUMNS)[number], UnitDraft> = {
  label: 'units',
  columns: UNIT_COLUMNS,
  required: ['title'],
  build(get, createdAt) {
    const { errors, add } = fieldErrors();
    const title = get('title');
    if (title === '') add('title', 'title is empty');
    const grades = readGrades(get, add);
    const dates: { start?: string; end?: string } = {};
    for (const field of ['start', 'end'] as const) {
      const text = get(field);
      if (text === '') continue;
      const d = parseIsoDate(text, field);
      if (d.ok) dates[field] = d.value;
      else add(field, d.error);
    }
    if (dates.start && dates.end && dates.end < dates.start) {
      add('end', `end ${dates.end} is before start ${dates.start}`);
    }
    if (errors.length > 0) return { errors, warnings: [] };
    const record: UnitDraft = {
      title,
      subject: get('subject'),
      grades,
      teacherRefs: splitList(get('teachers')),
      keywords: splitList(get('keywords')),
      standards: splitList(get('standards')),
      description: get('description'),
      createdAt,
    };
    if (dates.start) record.start = dates.start;
    if (dates.end) record.end = dates.end;
    return { record, errors, warnings: [] };
  },
  identity(u) {
    return [{ key: `${nameKey(u.title)}|${u.start ?? ''}|${u.end ?? ''}`, why: 'same title and dates' }];
  },
};

const resourceSpec: FormatSpec<(typeof RESOURCE_COLUMNS)[number], ResourceDraft> = {
  label: 'resources',
  columns: RESOURCE_COLUMNS,
  required: ['title', 'kind'],
  build(get, createdAt) {
    const { errors, add } = fieldErrors();
    const warnings: string[] = [];
    const title = get('title');
    if (title === '') add('title', 'title is empty');
    const kind = parseKind(get('kind'));
    if (!kind.ok) add('kind', kind.error);
    const grades = readGrades(get, add);
    let url: string | undefined;
    const urlText = get('url');
    if (urlText !== '') {
      const parsed = parseWebUrl(urlText);
      if (!parsed.ok) add('url', parsed.error);
      else {
        url = parsed.value;
        if (parsed.warning) warnings.push(parsed.warning);
      }
    }
    if (errors.length > 0 || !kind.ok) return { errors, warnings: [] };
    const record: ResourceDraft = {
      title,
      kind: kind.value,
      subjects: splitList(get('subjects')),
      grades,
      keywords: splitList(get('keywords')),
      description: get('description'),
      unitRefs: splitList(get('units')),
      createdAt,
    };
    if (url !== undefined) record.url = url;
    const author = optional(get('author'));
    if (author !== undefined) record.author = author;
    const callNumber = optional(get('call_number'));
    if (callNumber !== undefined) record.callNumber = callNumber;
    return { record, errors, warnings };
  },
  identity(r) {
    const key = [r.title, r.kind, r.author ?? '', r.callNumber ?? '', r.url ?? ''].map(nameKey).join('|');
    return [{ key, why: 'same title, kind, author, call number and url' }];
  },
};

/** Score of a header split for one format: recognised columns weigh most, then column count. */
function headerScore(columns: readonly string[]): (cells: string[]) => number {
  const known = new Set(columns);
  return (cells) => cells.filter((c) => known.has(normaliseHeader(c))).length * 1000 + cells.length;
}

function parseTable<C extends string, T>(text: string, spec: FormatSpec<C, T>, now: Date): CsvImportResult<T> {
  const read = readCsv(text, { scoreHeader: headerScore(spec.columns) });
  if (!read.ok) return { rows: [], errors: [], fatal: read.fatal, total: 0, warnings: [] };
  const table = read.table;
  const warnings: string[] = [];
  const createdAt = now.toISOString();

  const index = new Map<string, number>();
  for (const [i, cell] of table.header.entries()) {
    const name = normaliseHeader(cell);
    if (name === '') continue;
    if (!(spec.columns as readonly string[]).includes(name)) {
      warnings.push(`Column "${cell.trim()}" is not part of the ${spec.label} format and was ignored.`);
      continue;
    }
    if (index.has(name)) {
      return fatal(`The column "${name}" appears twice in the header. Keep one of them.`);
    }
    index.set(name, i);
  }
  const missing = spec.required.filter((c) => !index.has(c));
  if (missing.length > 0) {
    const other = detectCsvKind(text);
    const hint = other !== 'unknown' && other !== spec.label ? ` This looks like a ${kindLabel(other)} file.` : '';
    return fatal(
      `Missing required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. ` +
        `The ${spec.label} format has the columns ${spec.columns.join(',')}.${hint}`,
    );
  }
  if (table.delimiter !== ',') warnings.push(`The file separates columns with ${delimiterName(table.delimiter)}; it was read that way.`);

  const width = table.header.length;
  const rows: ParsedRow<T>[] = [];
  const errors: RowError[] = [...table.errors];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const extra = cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      const hint = table.delimiter === ',' ? '' : ` In a file separated by ${delimiterName(table.delimiter)}, put lists in quotes.`;
      errors.push({ line, message: `This row has ${cells.length} cells but the header has ${width}: check for an unquoted ${JSON.stringify(table.delimiter)}.${hint}` });
      continue;
    }
    const get = (column: C): string => {
      const i = index.get(column);
      return i === undefined ? '' : unprotectCell(cells[i] ?? '').trim();
    };
    const outcome = spec.build(get, createdAt);
    for (const e of outcome.errors) errors.push({ line, ...e });
    if (!outcome.record) continue;
    const keys = spec.identity(outcome.record);
    const duplicate = keys.find((k) => seen.has(k.key));
    if (duplicate) {
      errors.push({ line, message: `Duplicate of line ${seen.get(duplicate.key)} (${duplicate.why}).` });
      continue;
    }
    for (const k of keys) seen.set(k.key, line);
    rows.push(outcome.warnings.length > 0 ? { line, record: outcome.record, warnings: outcome.warnings } : { line, record: outcome.record });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors, total: table.rows.length + table.errors.length, warnings };

  function fatal(message: string): CsvImportResult<T> {
    return { rows: [], errors: [], fatal: message, total: 0, warnings: [] };
  }
}

export function parseContactsCsv(text: string, now: Date): CsvImportResult<Contact> {
  return parseTable(text, contactSpec, now);
}

export function parseUnitsCsv(text: string, now: Date): CsvImportResult<UnitDraft> {
  return parseTable(text, unitSpec, now);
}

export function parseResourcesCsv(text: string, now: Date): CsvImportResult<ResourceDraft> {
  return parseTable(text, resourceSpec, now);
}

// ---------------------------------------------------------------------------
// Kind detection

export type CsvKind = 'contacts' | 'units' | 'resources' | 'google-contacts' | 'outlook-contacts' | 'linkedin-contacts' | 'unknown';

function kindLabel(kind: CsvKind): string {
  return kind.replace('-contacts', ' contacts').replace(/^google/, 'Google').replace(/^outlook/, 'Outlook').replace(/^linkedin/, 'LinkedIn');
}

/**
 * Which format a CSV file is, from its header line alone (cheap: call it on the first
 * few kilobytes). Unknown files can still be read as contacts with a column mapping
 * (see contacts-csv.ts).
 */
export function detectCsvKind(text: string): CsvKind {
  const lines = normaliseNewlines(stripBom(text.slice(0, 64 * 1024))).split('\n');
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined) return 'unknown';
  if (/^notes:?\s*$/i.test(first.trim()) && lines.some((l) => /^first name,last name,url/i.test(l))) return 'linkedin-contacts';
  const delimiter = chooseDelimiter(first, headerScore([...CONTACT_COLUMNS, ...UNIT_COLUMNS, ...RESOURCE_COLUMNS, 'e_mail_1_value']));
  const raw = splitHeaderLine(first, delimiter).map((c) => c.trim().toLowerCase());
  const h = new Set(raw.map(normaliseHeader));
  if (h.has('e_mail_1_value') && (h.has('given_name') || h.has('first_name') || h.has('name'))) return 'google-contacts';
  if (/^first name,last name,url,email address/i.test(first)) return 'linkedin-contacts';
  if (raw.some((c) => /^e-?mail( address|\s+(home|work|other))$/.test(c)) && h.has('first_name')) return 'outlook-contacts';
  if (h.has('title') && h.has('kind')) return 'resources';
  if (h.has('title') && ['start', 'end', 'teachers', 'standards'].some((c) => h.has(c))) return 'units';
  if (h.has('name') && h.has('role')) return 'contacts';
  return 'unknown';
}

// ---------------------------------------------------------------------------
// Resolving names to ids

/** What a teacher reference can match: a stored contact (or one written in the same import). */
export type ContactTarget = Pick<Stored<Contact>, 'id' | 'name' | 'email'>;
/** What a unit reference can match. */
export type UnitTarget = Pick<Stored<Unit>, 'id' | 'title'>;

/**
 * Builds a lookup from reference text to ids. A reference matching more than one
 * target is ambiguous and reported, never guessed.
 */
function indexTargets<T>(targets: readonly T[], keys: (t: T) => string[], id: (t: T) => number): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const t of targets) {
    for (const k of new Set(keys(t))) {
      const list = map.get(k);
      if (list) list.push(id(t));
      else map.set(k, [id(t)]);
    }
  }
  return map;
}

function resolve<D, R>(
  result: ImportResult<D>,
  lookup: Map<string, number[]>,
  refsOf: (d: D) => string[],
  build: (d: D, ids: number[]) => R,
  describe: { field: string; unknown: (ref: string) => string; ambiguous: (ref: string, n: number) => string },
): { rows: ParsedRow<R>[]; errors: RowError[] } {
  const rows: ParsedRow<R>[] = [];
  const errors: RowError[] = [...result.errors];
  for (const row of result.rows) {
    const ids: number[] = [];
    const rowErrors: RowError[] = [];
    for (const ref of refsOf(row.record)) {
      const found = lookup.get(nameKey(ref)) ?? [];
      if (found.length === 1) {
        if (!ids.includes(found[0]!)) ids.push(found[0]!);
      } else {
        rowErrors.push({
          line: row.line,
          field: describe.field,
          message: found.length === 0 ? describe.unknown(ref) : describe.ambiguous(ref, found.length),
        });
      }
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else rows.push({ ...row, record: build(row.record, ids) });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

/**
 * Replaces each unit's teacher names or emails by contact ids. Emails match
 * case-insensitively, names after Unicode and space normalisation. A row with an
 * unknown or ambiguous teacher moves to `errors` (nothing is half-imported).
 *
 * To preview a combined import (contacts and units from the same batch) before
 * anything is written, pass the new contacts with temporary ids, then call again
 * with the real ids inside the write transaction.
 */
export function resolveUnitRefs<R extends ImportResult<UnitDraft>>(
  result: R,
  contacts: readonly ContactTarget[],
): Omit<R, 'rows' | 'errors'> & ImportResult<Unit> {
  const lookup = indexTargets(
    contacts,
    (c) => (c.email ? [nameKey(c.name), nameKey(c.email)] : [nameKey(c.name)]),
    (c) => c.id,
  );
  const { rows, errors } = resolve(
    result,
    lookup,
    (d) => d.teacherRefs,
    ({ teacherRefs: _refs, ...unit }, teacherIds) => ({ ...unit, teacherIds }),
    {
      field: 'teachers',
      unknown: (ref) => `teacher "${ref}" is not one of your contacts (import or add them first, or fix the spelling)`,
      ambiguous: (ref, n) => `teacher "${ref}" matches ${n} contacts: write their email instead`,
    },
  );
  return { ...result, rows, errors };
}

/**
 * Replaces each resource's unit titles by unit ids (titles match case-insensitively).
 * Same rules and preview advice as {@link resolveUnitRefs}.
 */
export function resolveResourceRefs<R extends ImportResult<ResourceDraft>>(
  result: R,
  units: readonly UnitTarget[],
): Omit<R, 'rows' | 'errors'> & ImportResult<Resource> {
  const lookup = indexTargets(units, (u) => [nameKey(u.title)], (u) => u.id);
  const { rows, errors } = resolve(
    result,
    lookup,
    (d) => d.unitRefs,
    ({ unitRefs: _refs, ...resource }, unitIds) => ({ ...resource, unitIds }),
    {
      field: 'units',
      unknown: (ref) => `unit "${ref}" is not one of your units (import or add it first, or fix the title)`,
      ambiguous: (ref, n) => `unit "${ref}" matches ${n} units with that title: rename one of them`,
    },
  );
  return { ...result, rows, errors };
}
